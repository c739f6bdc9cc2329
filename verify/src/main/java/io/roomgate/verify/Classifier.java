package io.roomgate.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns probe outcomes into conclusions an admin can act on. Pure: no I/O, no clock.
 *
 * <p>The distinction that matters is between Graph (which sees Exchange's caches) and the admin test (which
 * bypasses them): when they disagree, a change is on its way and the answer is {@link Status#PENDING}; when they
 * agree on a denial, the room is {@link Status#NOT_COVERED}.
 */
final class Classifier {
    private final AccessModel model;

    Classifier(AccessModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /** Calendar permissions among the app's Entra application permissions ({@code Calendars.*}), sorted. */
    static Set<String> calendarPermissions(Set<String> permissions) {
        var calendars = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        permissions.stream().filter(p -> p.toLowerCase(Locale.ROOT).startsWith("calendars.")).forEach(calendars::add);
        return calendars;
    }

    /** Findings about the app as a whole that are breaches whatever any single mailbox answers. */
    List<String> tenantWideBreaches(Set<String> appPermissions, List<String> organizationWideAssignments) {
        var breaches = new ArrayList<String>();
        if (model == AccessModel.UNRESTRICTED) {
            breaches.add("The stack's access model is 'unrestricted': the app holds a tenant-wide calendar permission"
                    + " that nothing restricts, by the stack's own choice. verify cannot prove rooms-only access;"
                    + " set roomgate:accessModel to rbac and run pulumi up.");
        }
        Set<String> calendars = calendarPermissions(appPermissions);
        if (model == AccessModel.RBAC && !calendars.isEmpty()) {
            breaches.add("The app's token carries the Entra application permission " + String.join(", ", calendars)
                    + ". With RBAC for Applications the app must hold no Entra calendar permission: role assignments"
                    + " add to Entra grants, so this unscoped grant reaches every mailbox in the tenant and defeats"
                    + " the room scope. Remove the Calendars app role assignment (admin consent) from the app in"
                    + " Entra ID, then run verify again.");
        }
        for (String assignment : organizationWideAssignments) {
            breaches.add(assignment + " over the whole organization: no management scope limits it to rooms."
                    + " Give the assignment a -CustomResourceScope over the rooms, or remove it.");
        }
        return breaches;
    }

    TargetResult classify(Target target, ProbeResult read, ProbeResult write, AdminResult admin,
                          boolean unscopedGrantFound) {
        if (model == AccessModel.SERVICE_ACCOUNT) {
            return serviceAccount(target, read, write, admin);
        }
        return target.isCanary()
                ? canary(target, read, admin, unscopedGrantFound)
                : room(target, read, write, admin);
    }

    private TargetResult canary(Target target, ProbeResult read, AdminResult admin, boolean unscopedGrantFound) {
        String mailbox = target.address();
        return switch (read.outcome()) {
            case DENIED -> result(target, read, ProbeResult.SKIPPED, admin, Status.OK,
                    "denied as it should be: " + mailbox + " is not a room");
            case NOT_FOUND -> result(target, read, ProbeResult.SKIPPED, admin, Status.ERROR,
                    "the canary " + mailbox + " was not found, so verify cannot show the app is kept out of"
                            + " mailboxes that are not rooms; name an existing user mailbox as the stack's canary");
            case FAILED, SKIPPED -> result(target, read, ProbeResult.SKIPPED, admin, Status.ERROR,
                    "could not probe the canary " + mailbox + ": " + read.detail());
            case ALLOWED -> canaryReadable(target, read, admin, unscopedGrantFound);
        };
    }

    private TargetResult canaryReadable(Target target, ProbeResult read, AdminResult admin, boolean unscopedGrant) {
        String opening = "the app read the calendar of " + target.address() + ", which is not a room";
        if (unscopedGrant) {
            return result(target, read, ProbeResult.SKIPPED, admin, Status.BREACH,
                    opening + ", through a grant no scope limits (see the breaches above)");
        }
        if (admin.read().is(Outcome.DENIED)) {
            return result(target, read, ProbeResult.SKIPPED, admin, Status.PENDING,
                    opening + ", although " + model.adminTest() + " already denies it (" + admin.read().detail()
                            + "): Exchange has not applied the restriction to Microsoft Graph yet, which takes "
                            + model.propagationText() + ". Until then the app CAN read this mailbox.");
        }
        if (admin.read().is(Outcome.ALLOWED)) {
            return result(target, read, ProbeResult.SKIPPED, admin, Status.BREACH,
                    opening + ", and " + model.adminTest() + " grants it too (" + admin.read().detail()
                            + "): the restriction does not cover it. Check the access policy or management scope.");
        }
        return result(target, read, ProbeResult.SKIPPED, admin, Status.BREACH,
                opening + "; the admin test was not available (" + admin.read().detail()
                        + "), so verify cannot tell a change in flight from a missing restriction");
    }

    private TargetResult room(Target target, ProbeResult read, ProbeResult write, AdminResult admin) {
        String mailbox = target.address();
        return switch (read.outcome()) {
            case NOT_FOUND -> result(target, read, write, admin, Status.ERROR,
                    mailbox + " was not found in Microsoft Graph; check the stack's room addresses");
            case FAILED, SKIPPED -> result(target, read, write, admin, Status.ERROR,
                    "could not read the calendar of " + mailbox + ": " + read.detail());
            case DENIED -> unreachable(target, read, write, admin, "read", admin.read());
            case ALLOWED -> switch (write.outcome()) {
                case SKIPPED -> result(target, read, write, admin, Status.OK, "calendar readable");
                case ALLOWED -> result(target, read, write, admin, Status.OK,
                        "calendar readable and writable (probe event created and deleted)");
                case DENIED -> unreachable(target, read, write, admin, "write to", admin.write());
                case NOT_FOUND, FAILED -> result(target, read, write, admin, Status.ERROR,
                        "the write probe on " + mailbox + " failed: " + write.detail());
            };
        };
    }

    private TargetResult unreachable(Target target, ProbeResult read, ProbeResult write, AdminResult admin,
                                     String action, ProbeResult adminAnswer) {
        String opening = "the app cannot " + action + " the calendar of " + target.address();
        if (adminAnswer.is(Outcome.ALLOWED)) {
            return result(target, read, write, admin, Status.PENDING, opening + ", but " + model.adminTest()
                    + " already grants it (" + adminAnswer.detail() + "): Exchange applies changes to Microsoft"
                    + " Graph after " + model.propagationText() + ". Run verify again later, or with --wait.");
        }
        if (adminAnswer.is(Outcome.DENIED)) {
            return result(target, read, write, admin, Status.NOT_COVERED, opening + ", and " + model.adminTest()
                    + " agrees (" + adminAnswer.detail() + "): the room is outside the app's access. Add it to"
                    + " the stack's rooms and run pulumi up.");
        }
        return result(target, read, write, admin, Status.NOT_COVERED, opening + "; the admin test was not available ("
                + adminAnswer.detail() + "), so this may also be a change Exchange has not applied yet");
    }

    /**
     * A stack without an app: only the admin side speaks. Its read is whether the service account holds anything on
     * the mailbox, its write whether it holds the stack's folder role. Exchange applies folder permissions as it
     * records them, so a denial is not a change in flight.
     */
    private TargetResult serviceAccount(Target target, ProbeResult read, ProbeResult write, AdminResult admin) {
        String mailbox = target.address();
        if (target.isCanary()) {
            return switch (admin.read().outcome()) {
                case DENIED -> result(target, read, write, admin, Status.OK, "as it should be: " + admin.read().detail()
                        + " (" + mailbox + " is not a room)");
                case ALLOWED -> result(target, read, write, admin, Status.BREACH, admin.read().detail() + ", which is"
                        + " not a room: the platform's service account reaches it. Remove that permission"
                        + " (Remove-MailboxFolderPermission / Remove-MailboxPermission).");
                default -> result(target, read, write, admin, Status.ERROR, "could not check the canary " + mailbox
                        + ": " + admin.read().detail());
            };
        }
        return switch (admin.write().outcome()) {
            case ALLOWED -> result(target, read, write, admin, Status.OK, admin.write().detail());
            case DENIED -> result(target, read, write, admin, Status.NOT_COVERED, admin.write().detail()
                    + ": the platform cannot book " + mailbox + ". Add it to the stack's rooms and run pulumi up.");
            default -> result(target, read, write, admin, Status.ERROR, "could not check " + mailbox + ": "
                    + admin.write().detail());
        };
    }

    /** The verdict over every mailbox's status and the tenant-wide breaches. */
    static Verdict verdict(List<TargetResult> results, List<String> breaches) {
        Verdict verdict = breaches.isEmpty() ? Verdict.PASS : Verdict.BREACH;
        if (results.stream().noneMatch(result -> !result.target().isCanary())) {
            verdict = verdict.and(Verdict.ERROR);
        }
        for (TargetResult result : results) {
            verdict = verdict.and(Verdict.of(result.status()));
        }
        return verdict;
    }

    private static TargetResult result(Target target, ProbeResult read, ProbeResult write, AdminResult admin,
                                       Status status, String explanation) {
        return new TargetResult(target, read, write, admin, status, explanation);
    }
}
