package io.roomgate.verify;

import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.exchange.ExchangeException;
import io.roomgate.exchange.MailboxFolderPermission;
import io.roomgate.exchange.MailboxPermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link AdminProbes} for a stack without an app, whose platform signs in as a service account holding a calendar
 * folder role on each room: Exchange's own records answer, {@code Get-MailboxFolderPermission} on the mailbox's
 * Calendar folder and {@code Get-MailboxPermission} on the mailbox (FullAccess reaches every folder).
 *
 * <p>Read: whether the account holds anything on the mailbox at all. Write: whether it holds the stack's folder role
 * (or FullAccess), which is what booking the room takes.
 */
public final class ServiceAccountProbes implements AdminProbes {
    private static final String FULL_ACCESS = "FullAccess";

    private final ExchangeAdmin admin;
    private final StackOutputs.ServiceAccount account;

    public ServiceAccountProbes(ExchangeAdmin admin, StackOutputs.ServiceAccount account) {
        this.admin = Objects.requireNonNull(admin, "admin");
        this.account = Objects.requireNonNull(account, "account");
    }

    @Override
    public AdminResult test(String mailbox, AccessModel model, Set<String> entraPermissions) {
        String folder = mailbox + ":\\Calendar";
        Optional<MailboxFolderPermission> folderEntry;
        List<MailboxPermission> mailboxEntries;
        try {
            folderEntry = admin.findMailboxFolderPermission(folder, account.address());
        } catch (ExchangeException e) {
            return AdminResult.failed("Get-MailboxFolderPermission " + folder + ": " + e.getMessage());
        }
        try {
            mailboxEntries = admin.getMailboxPermissions(mailbox, account.address()).stream()
                    .filter(entry -> !Boolean.TRUE.equals(entry.deny())).toList();
        } catch (ExchangeException e) {
            return AdminResult.failed("Get-MailboxPermission " + mailbox + ": " + e.getMessage());
        }
        var held = new ArrayList<String>();
        folderEntry.filter(entry -> !entry.accessRights().isEmpty() && !entry.accessRights().contains("None"))
                .ifPresent(entry -> held.add(String.join(", ", entry.accessRights()) + " on " + folder));
        mailboxEntries.forEach(entry -> held.add(String.join(", ", entry.accessRights()) + " on " + mailbox));
        if (held.isEmpty()) {
            String none = account.address() + " holds no folder permission on " + folder + " and no mailbox permission";
            return new AdminResult(ProbeResult.denied(none), ProbeResult.denied(none));
        }
        String holds = account.address() + " holds " + String.join("; ", held);
        boolean role = folderEntry.map(entry -> entry.accessRights().stream().anyMatch(account.folderRole()::equalsIgnoreCase))
                .orElse(false)
                || mailboxEntries.stream().anyMatch(entry -> entry.accessRights().stream().anyMatch(FULL_ACCESS::equalsIgnoreCase));
        return new AdminResult(ProbeResult.allowed(holds), role ? ProbeResult.allowed(holds)
                : ProbeResult.denied(holds + ", not " + account.folderRole() + " on " + folder));
    }

    /** Only app access has organization-wide role assignments. */
    @Override
    public List<String> organizationWideCalendarAssignments() {
        return List.of();
    }

    @Override
    public Optional<List<String>> listRooms() {
        return ExchangeAdminProbes.roomMailboxes(admin);
    }
}
