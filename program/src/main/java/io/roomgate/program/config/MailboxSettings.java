package io.roomgate.program.config;

import io.roomgate.program.config.StackConfig.CalendarProcessingSettings;
import io.roomgate.program.config.StackConfig.NewServiceAccount;
import io.roomgate.program.config.StackConfig.ServiceAccount;

import java.util.Optional;
import java.util.Set;

/**
 * What the stack sets on the rooms' mailboxes: calendar processing, and a service account's folder role (and
 * whether roomgate creates the account).
 */
final class MailboxSettings {
    static final Set<String> AUTOMATE_PROCESSING = Set.of("None", "AutoUpdate", "AutoAccept");

    private MailboxSettings() {}

    static Optional<CalendarProcessingSettings> calendarProcessing(StackValues values) {
        Optional<Settings> maybe = values.object("calendarProcessing");
        if (maybe.isEmpty() || maybe.get().isEmpty()) {
            return Optional.empty();
        }
        Settings cp = maybe.get();
        cp.allowOnly("automateProcessing", "addOrganizerToSubject", "deleteSubject", "deleteComments", "removePrivateProperty",
                "deleteAttachments", "deleteNonCalendarItems", "processExternalMeetingMessages", "allowConflicts",
                "allowRecurringMeetings", "bookingWindowInDays", "maximumDurationInMinutes", "resourceDelegates");
        String automate = cp.string("automateProcessing").map(value -> AUTOMATE_PROCESSING.stream()
                .filter(v -> v.equalsIgnoreCase(value)).findFirst().orElseGet(() -> {
                    cp.problem("automateProcessing", "'" + value + "' is not a processing mode. Write AutoAccept (rooms book themselves), AutoUpdate or None.");
                    return null;
                })).orElse(null);
        Integer window = cp.integer("bookingWindowInDays").orElse(null);
        if (window != null && (window < 0 || window > 1080)) {
            cp.problem("bookingWindowInDays", "is " + window + "; Exchange accepts 0 to 1080 days. Write e.g. 180 (Exchange's default).");
        }
        Integer maxDuration = cp.integer("maximumDurationInMinutes").orElse(null);
        if (maxDuration != null && maxDuration < 0) {
            cp.problem("maximumDurationInMinutes", "is " + maxDuration + "; write 0 or more minutes, e.g. 1440 (Exchange's default).");
        }
        return Optional.of(new CalendarProcessingSettings(automate,
                cp.bool("addOrganizerToSubject").orElse(null), cp.bool("deleteSubject").orElse(null),
                cp.bool("deleteComments").orElse(null), cp.bool("removePrivateProperty").orElse(null),
                cp.bool("deleteAttachments").orElse(null), cp.bool("deleteNonCalendarItems").orElse(null),
                cp.bool("processExternalMeetingMessages").orElse(null), cp.bool("allowConflicts").orElse(null),
                cp.bool("allowRecurringMeetings").orElse(null), window, maxDuration,
                StackValues.addresses(cp, "resourceDelegates", "the delegate's mailbox address, e.g. facilities@contoso.com")));
    }

    static Optional<ServiceAccount> serviceAccount(StackValues values) {
        boolean passwordGiven = values.secretGiven("serviceAccountPassword");
        Optional<ServiceAccount> read = values.object("serviceAccount").map(account -> {
            account.allowOnly("address", "folderRole", "existing", "name", "displayName");
            Optional<String> address = account.string("address");
            if (address.isEmpty()) {
                account.problem("address", "is missing. Write the service account's mailbox address, e.g. alexaforbusiness@contoso.com.");
            } else if (!Names.isSmtpAddress(address.get())) {
                account.problem("address", "'" + address.get() + "' is not an email address. Write e.g. alexaforbusiness@contoso.com.");
            }
            String roleName = account.string("folderRole").orElse("Editor");
            Optional<FolderRole> role = FolderRole.parse(roleName);
            if (role.isEmpty()) {
                account.problem("folderRole", "'" + roleName + "' is not a calendar folder role. Write one of: " + String.join(", ", FolderRole.names())
                        + " (Alexa for Business needs Editor).");
            }
            // Only the alexa-delegate profile creates the account (its preset says existing: false).
            boolean existing = account.bool("existing").orElse(true);
            if (existing && passwordGiven) {
                values.problem("serviceAccountPassword", "is set but roomgate:serviceAccount.existing is true: roomgate "
                        + "does not create or change that account. Remove roomgate:serviceAccountPassword, or write existing: false.");
            }
            String name = account.string("name").orElse(address.map(a -> a.substring(0, Math.max(0, a.indexOf('@'))))
                    .orElse(""));
            if (name.length() > Names.EXCHANGE_NAME_LIMIT) {
                account.problem("name", "is " + name.length() + " characters; Exchange allows " + Names.EXCHANGE_NAME_LIMIT
                        + " for a mailbox name. Shorten it.");
            }
            Optional<NewServiceAccount> create = existing ? Optional.empty()
                    : Optional.of(new NewServiceAccount(name, account.string("displayName"), passwordGiven));
            return new ServiceAccount(address.orElse(""), role.orElse(FolderRole.Editor), create);
        });
        if (read.isEmpty() && passwordGiven) {
            values.problem("serviceAccountPassword", "is set but there is no roomgate:serviceAccount. Remove the secret, or "
                    + "declare the account: roomgate:serviceAccount: {address: alexaforbusiness@contoso.com}.");
        }
        return read;
    }

    /** The connector's conference type ({@code roomgate:connector.conferenceType}), Teams unless the stack says. */
    static String conferenceType(StackValues values) {
        return values.object("connector").map(connector -> {
            connector.allowOnly("conferenceType");
            return connector.string("conferenceType").orElse("teamsForBusiness");
        }).orElse("teamsForBusiness");
    }
}
