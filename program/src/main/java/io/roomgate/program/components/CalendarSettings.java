package io.roomgate.program.components;

import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
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

    public record Args(List<String> rooms, CalendarProcessingSettings settings) {}

    private final List<CalendarProcessing> rooms = new ArrayList<>();

    public CalendarSettings(String name, Args args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
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
            rooms.add(new CalendarProcessing(name + "-" + room.toLowerCase(Locale.ROOT), builder.build(), child));
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
