package io.roomgate.localtenant.access;

/** One way an app reaches a mailbox; {@code description} says it in an admin's words. */
public record AccessRoute(Kind kind, String name, String description) {

    public enum Kind {
        /** An Entra application permission that no access policy restricts: it reaches every mailbox. */
        ENTRA_GRANT_UNRESTRICTED,
        /** An Entra application permission, and a RestrictAccess policy that includes the mailbox. */
        ENTRA_GRANT_WITHIN_POLICY,
        /** An RBAC for Applications role assignment whose scope (or the organization) includes the mailbox. */
        ROLE_ASSIGNMENT
    }
}
