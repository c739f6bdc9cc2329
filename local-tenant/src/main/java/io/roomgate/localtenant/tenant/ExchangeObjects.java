package io.roomgate.localtenant.tenant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Exchange-side configuration objects that are not recipients. */
public final class ExchangeObjects {
    private ExchangeObjects() {
    }

    /** New-ApplicationAccessPolicy. */
    public static final class ApplicationAccessPolicy {
        public String guid;
        public List<String> appIds = new ArrayList<>();
        /** The scope group (or user mailbox), by recipient Guid. */
        public String scopeRecipientGuid;
        public String accessRight;
        public String description;
        public String whenCreated;
        public transient Instant visibleAfter;
    }

    /** New-ServicePrincipal: Exchange's pointer to an Entra service principal. */
    public static final class ServicePrincipalPointer {
        public String guid;
        public String appId;
        /** The Entra service principal's object id. */
        public String objectId;
        public String displayName;
        public String whenCreated;
        public transient Instant visibleAfter;
    }

    /** New-ManagementScope. */
    public static final class ManagementScope {
        public String guid;
        public String name;
        public String recipientRestrictionFilter;
        public String recipientRoot;
        public boolean exclusive;
        public String whenCreated;
        public transient Instant visibleAfter;
    }

    /** New-ManagementRoleAssignment for an application. */
    public static final class ManagementRoleAssignment {
        public String guid;
        public String name;
        public String role;
        /** The Exchange service principal pointer's Guid. */
        public String servicePrincipalGuid;
        /** Name of the custom resource scope, or null for organization-wide. */
        public String customResourceScope;
        public boolean enabled = true;
        public String whenCreated;
        public transient Instant visibleAfter;
    }
}
