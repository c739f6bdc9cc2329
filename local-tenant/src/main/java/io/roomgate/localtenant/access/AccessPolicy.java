package io.roomgate.localtenant.access;

import java.util.Objects;

/**
 * An application access policy ({@code New-ApplicationAccessPolicy}).
 *
 * @param identity    the policy's identity, for messages
 * @param appId       the app it constrains, or {@code "*"} for every app
 * @param scopeId     object id of the mailbox or group it is scoped to; a group includes its nested groups' members
 * @param accessRight {@link AccessRight#RestrictAccess} or {@link AccessRight#DenyAccess}
 */
public record AccessPolicy(String identity, String appId, String scopeId, AccessRight accessRight, Validity validity) {

    /** The {@code -AppId} value meaning "every application". */
    public static final String ALL_APPS = "*";

    public AccessPolicy {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(scopeId, "scopeId");
        Objects.requireNonNull(accessRight, "accessRight");
        Objects.requireNonNull(validity, "validity");
    }

    boolean appliesTo(String app) {
        return ALL_APPS.equals(appId) || appId.equalsIgnoreCase(app);
    }
}
