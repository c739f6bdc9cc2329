package io.roomgate.localtenant.access;

import java.util.Objects;

/** {@code memberId} (a mailbox or a group) was a direct member of {@code groupId} while {@code validity} held. */
public record Membership(String memberId, String groupId, Validity validity) {
    public Membership {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(validity, "validity");
    }
}
