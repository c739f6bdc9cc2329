package io.roomgate.localtenant.exchange;

import io.roomgate.localtenant.tenant.Recipient;
import io.roomgate.localtenant.tenant.RecipientKind;
import io.roomgate.localtenant.tenant.Tenant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Get-/Set-CalendarProcessing with Exchange Online's defaults. A mailbox stores only the settings that differ
 * from its defaults, so seeding thousands of rooms costs nothing here.
 */
final class CalendarProcessingCmdlets {
    /** One setting: its parameter, and its default for resource (room, equipment) and other mailboxes. */
    private record Setting(Parameter parameter, Object resourceDefault, Object userDefault) {
        String name() {
            return parameter.name();
        }

        boolean isRecipientList() {
            return parameter.kind() == Parameter.Kind.STRINGS;
        }
    }

    private static final List<Setting> SETTINGS = List.of(
            new Setting(Parameter.enumeration("AutomateProcessing",
                    "Microsoft.Exchange.Data.Storage.CalendarProcessingFlags", List.of("None", "AutoUpdate", "AutoAccept")),
                    "AutoAccept", "AutoUpdate"),
            flag("AllowConflicts", false),
            flag("AllowRecurringMeetings", true),
            number("BookingWindowInDays", 180),
            number("MaximumDurationInMinutes", 1440),
            number("MinimumDurationInMinutes", 0),
            number("ConflictPercentageAllowed", 0),
            number("MaximumConflictInstances", 0),
            flag("EnforceSchedulingHorizon", true),
            flag("EnforceCapacity", false),
            flag("EnforceAdjacencyAsOverlap", false),
            flag("ScheduleOnlyDuringWorkHours", false),
            flag("AllBookInPolicy", true),
            flag("AllRequestInPolicy", false),
            flag("AllRequestOutOfPolicy", false),
            recipients("BookInPolicy"),
            recipients("RequestInPolicy"),
            recipients("RequestOutOfPolicy"),
            recipients("ResourceDelegates"),
            flag("AddOrganizerToSubject", true),
            flag("DeleteSubject", true),
            flag("DeleteComments", true),
            flag("RemovePrivateProperty", true),
            flag("DeleteAttachments", true),
            flag("DeleteNonCalendarItems", true),
            flag("ProcessExternalMeetingMessages", false),
            flag("AddAdditionalResponse", false),
            new Setting(Parameter.string("AdditionalResponse"), null, null),
            flag("AddNewRequestsTentatively", true),
            flag("OrganizerInfo", true),
            flag("ForwardRequestsToDelegates", true),
            flag("RemoveOldMeetingMessages", true),
            flag("RemoveForwardedMeetingNotifications", false),
            flag("RemoveCanceledMeetings", false),
            flag("TentativePendingApproval", true),
            flag("EnableResponseDetails", true),
            new Setting(Parameter.enumeration("BookingType", "Microsoft.Exchange.Data.Storage.ResourceBookingType",
                    List.of("Standard", "Reserved")), "Standard", "Standard"));

    private static Setting flag(String name, boolean defaultValue) {
        return new Setting(Parameter.bool(name), defaultValue, defaultValue);
    }

    private static Setting number(String name, int defaultValue) {
        return new Setting(Parameter.integer(name), defaultValue, defaultValue);
    }

    private static Setting recipients(String name) {
        return new Setting(Parameter.strings(name), List.of(), List.of());
    }

    List<Cmdlet> cmdlets() {
        List<Parameter> setParameters = new ArrayList<>();
        setParameters.add(Parameter.string("Identity").required());
        SETTINGS.forEach(s -> setParameters.add(s.parameter()));
        return List.of(
                Cmdlet.read("Get-CalendarProcessing", this::get, Parameter.string("Identity").required()),
                new Cmdlet("Set-CalendarProcessing", true, List.copyOf(setParameters), this::set));
    }

    private static boolean isResource(Recipient mailbox) {
        return mailbox.kind == RecipientKind.RoomMailbox || mailbox.kind == RecipientKind.EquipmentMailbox;
    }

    private static Object effective(Recipient mailbox, Setting setting) {
        Map<String, Object> overrides = mailbox.calendarProcessing;
        if (overrides != null && overrides.containsKey(setting.name())) {
            Object value = overrides.get(setting.name());
            // A tenant read back from JSON holds numbers as doubles.
            return value instanceof Number number && setting.parameter().kind() == Parameter.Kind.INTEGER
                    ? Integer.valueOf(number.intValue()) : value;
        }
        return isResource(mailbox) ? setting.resourceDefault() : setting.userDefault();
    }

    private Cmdlet.Result get(CmdletCall call) throws CmdletException {
        Tenant tenant = call.tenant();
        Recipient mailbox = call.identity(call.args().string("Identity"), CmdletCall.MAILBOX);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("Identity", mailbox.name);
        view.put("MailboxOwnerId", mailbox.name);
        for (Setting setting : SETTINGS) {
            Object value = effective(mailbox, setting);
            if (setting.isRecipientList()) {
                @SuppressWarnings("unchecked")
                List<String> guids = (List<String>) value;
                value = guids.stream().map(guid -> tenant.recipientByGuid(guid).map(r -> r.name).orElse(guid)).toList();
            }
            view.put(setting.name(), value);
        }
        return Cmdlet.Result.one(view);
    }

    private Cmdlet.Result set(CmdletCall call) throws CmdletException {
        Arguments args = call.args();
        Recipient mailbox = call.identity(args.string("Identity"), CmdletCall.MAILBOX);
        if (args.has("BookingWindowInDays")) {
            int days = args.integer("BookingWindowInDays");
            if (days < 0 || days > 1080) {
                throw CmdletException.parameterBinding("Cannot validate argument on parameter 'BookingWindowInDays'. "
                        + "The " + days + " argument is greater than the maximum allowed range of 1080. Supply an "
                        + "argument that is less than or equal to 1080 and then try the command again.");
            }
        }
        if ("AutoAccept".equals(args.string("AutomateProcessing")) && !isResource(mailbox)) {
            throw CmdletException.task("Microsoft.Exchange.Data.DataValidationException",
                    "AutomateProcessing can be set to AutoAccept only on resource mailboxes; '" + mailbox.name
                            + "' is a " + mailbox.kind.name() + ".");
        }
        boolean changed = false;
        for (Setting setting : SETTINGS) {
            if (!args.all().containsKey(setting.name())) {
                continue;
            }
            Object value = args.raw(setting.name());
            if (setting.isRecipientList()) {
                List<String> guids = new ArrayList<>();
                for (String identity : args.strings(setting.name())) {
                    guids.add(call.reference(identity).guid);
                }
                value = guids;
            }
            if (!Objects.equals(value, effective(mailbox, setting))) {
                boolean isDefault = Objects.equals(value, isResource(mailbox) ? setting.resourceDefault()
                        : setting.userDefault());
                if (isDefault) {
                    mailbox.calendarProcessingOverrides().remove(setting.name());
                } else {
                    mailbox.calendarProcessingOverrides().put(setting.name(), value);
                }
                changed = true;
            }
        }
        if (!changed) {
            return Cmdlet.Result.warning(Listing.noChangeWarning(mailbox.name));
        }
        call.changed();
        return Cmdlet.Result.none();
    }
}
