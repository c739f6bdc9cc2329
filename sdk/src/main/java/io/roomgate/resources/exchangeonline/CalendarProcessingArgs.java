package io.roomgate.resources.exchangeonline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Inputs of `exchangeonline:index:CalendarProcessing`. */
public final class CalendarProcessingArgs extends ResourceArgs {
    public static final CalendarProcessingArgs Empty = new CalendarProcessingArgs();

    @Import(name = "addOrganizerToSubject", required = false)
    private @Nullable Output<Boolean> addOrganizerToSubject;

    @Import(name = "allowConflicts", required = false)
    private @Nullable Output<Boolean> allowConflicts;

    @Import(name = "allowRecurringMeetings", required = false)
    private @Nullable Output<Boolean> allowRecurringMeetings;

    @Import(name = "automateProcessing", required = false)
    private @Nullable Output<String> automateProcessing;

    @Import(name = "bookingWindowInDays", required = false)
    private @Nullable Output<Integer> bookingWindowInDays;

    @Import(name = "deleteAttachments", required = false)
    private @Nullable Output<Boolean> deleteAttachments;

    @Import(name = "deleteComments", required = false)
    private @Nullable Output<Boolean> deleteComments;

    @Import(name = "deleteNonCalendarItems", required = false)
    private @Nullable Output<Boolean> deleteNonCalendarItems;

    @Import(name = "deleteSubject", required = false)
    private @Nullable Output<Boolean> deleteSubject;

    @Import(name = "identity", required = true)
    private Output<String> identity;

    @Import(name = "maximumDurationInMinutes", required = false)
    private @Nullable Output<Integer> maximumDurationInMinutes;

    @Import(name = "processExternalMeetingMessages", required = false)
    private @Nullable Output<Boolean> processExternalMeetingMessages;

    @Import(name = "removePrivateProperty", required = false)
    private @Nullable Output<Boolean> removePrivateProperty;

    @Import(name = "resourceDelegates", required = false)
    private @Nullable Output<List<String>> resourceDelegates;

    public Optional<Output<Boolean>> addOrganizerToSubject() { return Optional.ofNullable(this.addOrganizerToSubject); }
    public Optional<Output<Boolean>> allowConflicts() { return Optional.ofNullable(this.allowConflicts); }
    public Optional<Output<Boolean>> allowRecurringMeetings() { return Optional.ofNullable(this.allowRecurringMeetings); }
    public Optional<Output<String>> automateProcessing() { return Optional.ofNullable(this.automateProcessing); }
    public Optional<Output<Integer>> bookingWindowInDays() { return Optional.ofNullable(this.bookingWindowInDays); }
    public Optional<Output<Boolean>> deleteAttachments() { return Optional.ofNullable(this.deleteAttachments); }
    public Optional<Output<Boolean>> deleteComments() { return Optional.ofNullable(this.deleteComments); }
    public Optional<Output<Boolean>> deleteNonCalendarItems() { return Optional.ofNullable(this.deleteNonCalendarItems); }
    public Optional<Output<Boolean>> deleteSubject() { return Optional.ofNullable(this.deleteSubject); }
    public Output<String> identity() { return this.identity; }
    public Optional<Output<Integer>> maximumDurationInMinutes() { return Optional.ofNullable(this.maximumDurationInMinutes); }
    public Optional<Output<Boolean>> processExternalMeetingMessages() { return Optional.ofNullable(this.processExternalMeetingMessages); }
    public Optional<Output<Boolean>> removePrivateProperty() { return Optional.ofNullable(this.removePrivateProperty); }
    public Optional<Output<List<String>>> resourceDelegates() { return Optional.ofNullable(this.resourceDelegates); }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final CalendarProcessingArgs $ = new CalendarProcessingArgs();

        public Builder addOrganizerToSubject(Output<Boolean> addOrganizerToSubject) { $.addOrganizerToSubject = addOrganizerToSubject; return this; }
        public Builder addOrganizerToSubject(Boolean addOrganizerToSubject) { return addOrganizerToSubject(Output.of(addOrganizerToSubject)); }
        public Builder allowConflicts(Output<Boolean> allowConflicts) { $.allowConflicts = allowConflicts; return this; }
        public Builder allowConflicts(Boolean allowConflicts) { return allowConflicts(Output.of(allowConflicts)); }
        public Builder allowRecurringMeetings(Output<Boolean> allowRecurringMeetings) { $.allowRecurringMeetings = allowRecurringMeetings; return this; }
        public Builder allowRecurringMeetings(Boolean allowRecurringMeetings) { return allowRecurringMeetings(Output.of(allowRecurringMeetings)); }
        public Builder automateProcessing(Output<String> automateProcessing) { $.automateProcessing = automateProcessing; return this; }
        public Builder automateProcessing(String automateProcessing) { return automateProcessing(Output.of(automateProcessing)); }
        public Builder bookingWindowInDays(Output<Integer> bookingWindowInDays) { $.bookingWindowInDays = bookingWindowInDays; return this; }
        public Builder bookingWindowInDays(Integer bookingWindowInDays) { return bookingWindowInDays(Output.of(bookingWindowInDays)); }
        public Builder deleteAttachments(Output<Boolean> deleteAttachments) { $.deleteAttachments = deleteAttachments; return this; }
        public Builder deleteAttachments(Boolean deleteAttachments) { return deleteAttachments(Output.of(deleteAttachments)); }
        public Builder deleteComments(Output<Boolean> deleteComments) { $.deleteComments = deleteComments; return this; }
        public Builder deleteComments(Boolean deleteComments) { return deleteComments(Output.of(deleteComments)); }
        public Builder deleteNonCalendarItems(Output<Boolean> deleteNonCalendarItems) { $.deleteNonCalendarItems = deleteNonCalendarItems; return this; }
        public Builder deleteNonCalendarItems(Boolean deleteNonCalendarItems) { return deleteNonCalendarItems(Output.of(deleteNonCalendarItems)); }
        public Builder deleteSubject(Output<Boolean> deleteSubject) { $.deleteSubject = deleteSubject; return this; }
        public Builder deleteSubject(Boolean deleteSubject) { return deleteSubject(Output.of(deleteSubject)); }
        public Builder identity(Output<String> identity) { $.identity = identity; return this; }
        public Builder identity(String identity) { return identity(Output.of(identity)); }
        public Builder maximumDurationInMinutes(Output<Integer> maximumDurationInMinutes) { $.maximumDurationInMinutes = maximumDurationInMinutes; return this; }
        public Builder maximumDurationInMinutes(Integer maximumDurationInMinutes) { return maximumDurationInMinutes(Output.of(maximumDurationInMinutes)); }
        public Builder processExternalMeetingMessages(Output<Boolean> processExternalMeetingMessages) { $.processExternalMeetingMessages = processExternalMeetingMessages; return this; }
        public Builder processExternalMeetingMessages(Boolean processExternalMeetingMessages) { return processExternalMeetingMessages(Output.of(processExternalMeetingMessages)); }
        public Builder removePrivateProperty(Output<Boolean> removePrivateProperty) { $.removePrivateProperty = removePrivateProperty; return this; }
        public Builder removePrivateProperty(Boolean removePrivateProperty) { return removePrivateProperty(Output.of(removePrivateProperty)); }
        public Builder resourceDelegates(Output<List<String>> resourceDelegates) { $.resourceDelegates = resourceDelegates; return this; }
        public Builder resourceDelegates(List<String> resourceDelegates) { return resourceDelegates(Output.of(resourceDelegates)); }
        public Builder resourceDelegates(String... resourceDelegates) { return resourceDelegates(List.of(resourceDelegates)); }

        public CalendarProcessingArgs build() {
            if ($.identity == null) throw new IllegalArgumentException("CalendarProcessingArgs: identity is required");
            return $;
        }
    }
}
