package io.roomgate.localtenant.access;

import java.util.Objects;

/**
 * A group that mailboxes (and other groups) are members of.
 *
 * @param id                its directory object id, as {@link Membership} and {@link AccessPolicy#scopeId()} name it
 * @param name              what an admin calls it, for messages
 * @param distinguishedName what {@code MemberOfGroup -eq '<DN>'} scope filters compare with
 */
public record Group(String id, String name, String distinguishedName) {
    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(distinguishedName, "distinguishedName");
    }
}
