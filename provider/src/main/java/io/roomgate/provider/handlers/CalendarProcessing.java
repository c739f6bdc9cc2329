package io.roomgate.provider.handlers;

import io.roomgate.exchange.CalendarProcessingSettings;
import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.exchange.ExchangeException;
import io.roomgate.provider.framework.Change;
import io.roomgate.provider.framework.Created;
import io.roomgate.provider.framework.Operation;
import io.roomgate.provider.framework.Property;
import io.roomgate.provider.framework.ResourceHandler;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A room's calendar processing settings. Only the settings the program declares are written or compared; a room
 * always has calendar processing, so delete only stops managing it.
 */
public final class CalendarProcessing implements ResourceHandler<CalendarProcessing.Settings> {

    public record Settings(
            @Property(description = "The room's address (its id).", required = true, change = Change.REPLACE,
                    format = ExchangeFormats.Smtp.class, ignoreCase = true)
            String identity,
            @Property(description = "How meeting requests are processed.", allowed = {"None", "AutoUpdate", "AutoAccept"})
            String automateProcessing,
            @Property(description = "Replace the subject with the organizer's name.")
            Boolean addOrganizerToSubject,
            @Property(description = "Remove the subject of incoming requests.")
            Boolean deleteSubject,
            @Property(description = "Remove the body of incoming requests.")
            Boolean deleteComments,
            @Property(description = "Clear the private flag of incoming requests.")
            Boolean removePrivateProperty,
            @Property(description = "Remove attachments of incoming requests.")
            Boolean deleteAttachments,
            @Property(description = "Remove messages that are not calendar items.")
            Boolean deleteNonCalendarItems,
            @Property(description = "Process meeting requests from outside the organization.")
            Boolean processExternalMeetingMessages,
            @Property(description = "Accept conflicting meeting requests.")
            Boolean allowConflicts,
            @Property(description = "Accept recurring meetings.")
            Boolean allowRecurringMeetings,
            @Property(description = "How far ahead the room can be booked, in days.", min = 0, max = 1080)
            Integer bookingWindowInDays,
            @Property(description = "Longest meeting accepted, in minutes.", min = 0, max = Integer.MAX_VALUE)
            Integer maximumDurationInMinutes,
            @Property(description = "Delegates who approve requests, by address.", set = true, ignoreCase = true,
                    format = ExchangeFormats.Smtp.class)
            List<String> resourceDelegates) {

        CalendarProcessingSettings settings() {
            return new CalendarProcessingSettings(automateProcessing, addOrganizerToSubject, deleteSubject,
                    deleteComments, removePrivateProperty, deleteAttachments, deleteNonCalendarItems,
                    processExternalMeetingMessages, allowConflicts, allowRecurringMeetings, bookingWindowInDays,
                    maximumDurationInMinutes, resourceDelegates);
        }

        static Settings of(String identity, CalendarProcessingSettings s) {
            return new Settings(identity, s.automateProcessing(), s.addOrganizerToSubject(), s.deleteSubject(),
                    s.deleteComments(), s.removePrivateProperty(), s.deleteAttachments(), s.deleteNonCalendarItems(),
                    s.processExternalMeetingMessages(), s.allowConflicts(), s.allowRecurringMeetings(),
                    s.bookingWindowInDays(), s.maximumDurationInMinutes(), s.resourceDelegates());
        }
    }

    private final Supplier<ExchangeAdmin> exchange;

    public CalendarProcessing(Supplier<ExchangeAdmin> exchange) {
        this.exchange = exchange;
    }

    @Override
    public String token() {
        return "exchangeonline:index:CalendarProcessing";
    }

    @Override
    public String description() {
        return "A room's calendar processing (Set-CalendarProcessing); only declared settings are managed.";
    }

    @Override
    public Class<Settings> type() {
        return Settings.class;
    }

    @Override
    public Created<Settings> create(Settings inputs, Operation operation) {
        return new Created<>(inputs.identity(), apply(inputs, null, operation));
    }

    @Override
    public Optional<Settings> read(String id, Settings recorded, Operation operation) {
        try {
            return Optional.of(Settings.of(id, exchange.get().getCalendarProcessing(id)));
        } catch (ExchangeException e) {
            if (e.is(ExchangeException.Kind.NOT_FOUND)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public Settings update(String id, Settings state, Settings inputs, Operation operation) {
        return apply(inputs, state, operation);
    }

    /** Writes the declared settings that differ from what Exchange has (all declared ones when unknown). */
    private Settings apply(Settings inputs, Settings current, Operation operation) {
        ExchangeAdmin admin = exchange.get();
        CalendarProcessingSettings before = current != null ? current.settings()
                : admin.getCalendarProcessing(inputs.identity());
        CalendarProcessingSettings wanted = inputs.settings();
        CalendarProcessingSettings changes = CalendarProcessingSettings.builder()
                .automateProcessing(differs(wanted.automateProcessing(), before.automateProcessing()))
                .addOrganizerToSubject(differs(wanted.addOrganizerToSubject(), before.addOrganizerToSubject()))
                .deleteSubject(differs(wanted.deleteSubject(), before.deleteSubject()))
                .deleteComments(differs(wanted.deleteComments(), before.deleteComments()))
                .removePrivateProperty(differs(wanted.removePrivateProperty(), before.removePrivateProperty()))
                .deleteAttachments(differs(wanted.deleteAttachments(), before.deleteAttachments()))
                .deleteNonCalendarItems(differs(wanted.deleteNonCalendarItems(), before.deleteNonCalendarItems()))
                .processExternalMeetingMessages(differs(wanted.processExternalMeetingMessages(),
                        before.processExternalMeetingMessages()))
                .allowConflicts(differs(wanted.allowConflicts(), before.allowConflicts()))
                .allowRecurringMeetings(differs(wanted.allowRecurringMeetings(), before.allowRecurringMeetings()))
                .bookingWindowInDays(differs(wanted.bookingWindowInDays(), before.bookingWindowInDays()))
                .maximumDurationInMinutes(differs(wanted.maximumDurationInMinutes(), before.maximumDurationInMinutes()))
                .resourceDelegates(wanted.resourceDelegates() != null
                        && !sameSet(wanted.resourceDelegates(), before.resourceDelegates())
                        ? wanted.resourceDelegates() : null)
                .build();
        if (!changes.equals(CalendarProcessingSettings.builder().build())) {
            operation.info("setting calendar processing of " + inputs.identity() + ": " + describe(changes));
            Writes.relay(operation, admin.setCalendarProcessing(inputs.identity(), changes));
        }
        return Settings.of(inputs.identity(), merge(before, wanted));
    }

    @Override
    public void delete(String id, Settings state, Operation operation) {
        operation.warning("no longer managing the calendar processing of " + id
                + "; a room cannot be without it, so its settings stay as they are");
    }

    private static <V> V differs(V wanted, V current) {
        return wanted != null && !Objects.equals(wanted, current) ? wanted : null;
    }

    private static boolean sameSet(List<String> a, List<String> b) {
        return b != null && a.stream().map(String::toLowerCase).sorted().toList()
                .equals(b.stream().map(String::toLowerCase).sorted().toList());
    }

    private static CalendarProcessingSettings merge(CalendarProcessingSettings before, CalendarProcessingSettings wanted) {
        return new CalendarProcessingSettings(
                or(wanted.automateProcessing(), before.automateProcessing()),
                or(wanted.addOrganizerToSubject(), before.addOrganizerToSubject()),
                or(wanted.deleteSubject(), before.deleteSubject()),
                or(wanted.deleteComments(), before.deleteComments()),
                or(wanted.removePrivateProperty(), before.removePrivateProperty()),
                or(wanted.deleteAttachments(), before.deleteAttachments()),
                or(wanted.deleteNonCalendarItems(), before.deleteNonCalendarItems()),
                or(wanted.processExternalMeetingMessages(), before.processExternalMeetingMessages()),
                or(wanted.allowConflicts(), before.allowConflicts()),
                or(wanted.allowRecurringMeetings(), before.allowRecurringMeetings()),
                or(wanted.bookingWindowInDays(), before.bookingWindowInDays()),
                or(wanted.maximumDurationInMinutes(), before.maximumDurationInMinutes()),
                or(wanted.resourceDelegates(), before.resourceDelegates()));
    }

    private static <V> V or(V wanted, V before) {
        return wanted != null ? wanted : before;
    }

    private static String describe(CalendarProcessingSettings changes) {
        Settings named = Settings.of("", changes);
        StringBuilder text = new StringBuilder();
        io.roomgate.provider.framework.RecordShape.of(Settings.class).toMap(named).forEach((name, value) -> {
            if (!name.equals("identity")) {
                text.append(text.length() == 0 ? "" : ", ").append(name).append('=').append(value);
            }
        });
        return text.toString();
    }
}
