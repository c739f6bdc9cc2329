package io.roomgate.program.components;

import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import io.roomgate.program.config.StackConfig.CalendarProcessingSettings;
import io.roomgate.resources.exchangeonline.CalendarProcessing;
import io.roomgate.resources.exchangeonline.CalendarProcessingArgs;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** The same calendar processing settings on every room: one CalendarProcessing per room, only the set fields managed. */
public final class CalendarSettings extends ComponentResource {
    public static final String TYPE = "roomgate:index:CalendarSettings";

    /** @param dependencies the rooms the stack creates: a room's settings wait for its creation */
    public record Args(List<String> rooms, CalendarProcessingSettings settings, RoomDependencies dependencies) {}

    private final List<CalendarProcessing> rooms = new ArrayList<>();

    public CalendarSettings(String name, Args args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        CalendarProcessingSettings s = args.settings();
        for (String room : args.rooms()) {
            var builder = CalendarProcessingArgs.builder().identity(room);
            set(s.automateProcessing(), builder::automateProcessing);
            set(s.addOrganizerToSubject(), builder::addOrganizerToSubject);
            set(s.deleteSubject(), builder::deleteSubject);
            set(s.deleteComments(), builder::deleteComments);
            set(s.removePrivateProperty(), builder::removePrivateProperty);
            set(s.deleteAttachments(), builder::deleteAttachments);
            set(s.deleteNonCalendarItems(), builder::deleteNonCalendarItems);
            set(s.processExternalMeetingMessages(), builder::processExternalMeetingMessages);
            set(s.allowConflicts(), builder::allowConflicts);
            set(s.allowRecurringMeetings(), builder::allowRecurringMeetings);
            set(s.bookingWindowInDays(), builder::bookingWindowInDays);
            set(s.maximumDurationInMinutes(), builder::maximumDurationInMinutes);
            if (!s.resourceDelegates().isEmpty()) {
                builder.resourceDelegates(s.resourceDelegates());
            }
            rooms.add(new CalendarProcessing(name + "-" + room.toLowerCase(Locale.ROOT), builder.build(),
                    args.dependencies().childOf(this, List.of(room))));
        }
        registerOutputs(Map.of());
    }

    /** A setting the stack leaves out is not declared, so the provider neither writes nor diffs it. */
    private static <T> void set(@Nullable T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    public List<CalendarProcessing> rooms() {
        return List.copyOf(rooms);
    }
}
