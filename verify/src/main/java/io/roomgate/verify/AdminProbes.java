package io.roomgate.verify;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The Exchange admin side: the Test-* cmdlets, which answer as Exchange will once its caches have caught up. */
public interface AdminProbes {

    /**
     * Whether the app's calendar access to {@code mailbox} is granted under {@code model}. For application access
     * policies the policy alone says nothing of a grant, so {@code entraPermissions} (the app's token roles) count.
     */
    AdminResult test(String mailbox, AccessModel model, Set<String> entraPermissions);

    /**
     * RBAC role assignments of the app that grant a calendar permission over the whole organization, described.
     *
     * @throws RuntimeException when Exchange cannot say; verify reports the check as not made and goes on
     */
    List<String> organizationWideCalendarAssignments();

    /** Every room mailbox in the tenant (Get-Mailbox -RecipientTypeDetails RoomMailbox), or empty if not available. */
    Optional<List<String>> listRooms();

    /** For a run without admin credentials: every answer is "skipped". */
    AdminProbes NONE = new AdminProbes() {
        @Override
        public AdminResult test(String mailbox, AccessModel model, Set<String> entraPermissions) {
            return AdminResult.SKIPPED;
        }

        @Override
        public List<String> organizationWideCalendarAssignments() {
            return List.of();
        }

        @Override
        public Optional<List<String>> listRooms() {
            return Optional.empty();
        }
    };
}
