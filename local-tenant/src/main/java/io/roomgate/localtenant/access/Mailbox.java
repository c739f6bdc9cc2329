package io.roomgate.localtenant.access;

import io.roomgate.opath.RecipientView;
import java.util.Objects;

/**
 * A mailbox an app wants to reach.
 *
 * @param id         its directory object id; what {@link Membership#memberId()} and a policy's scope refer to
 * @param address    its primary SMTP address, for messages
 * @param properties its recipient properties for management-scope filters; {@code MemberOfGroup} is supplied from
 *                   the {@link Membership} facts instead, so that group changes lag like the rest of RBAC
 */
public record Mailbox(String id, String address, RecipientView properties) {
    public Mailbox {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(properties, "properties");
    }
}
