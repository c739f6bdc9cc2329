package io.roomgate.exchange;

import java.util.List;

/**
 * A room's calendar processing settings (Get-/Set-CalendarProcessing). A null field is "not managed": Get leaves it
 * null only if Exchange did not report it, and Set does not send it. Property names match the cmdlet's parameters.
 */
public record CalendarProcessingSettings(
        String automateProcessing,
        Boolean addOrganizerToSubject,
        Boolean deleteSubject,
        Boolean deleteComments,
        Boolean removePrivateProperty,
        Boolean deleteAttachments,
        Boolean deleteNonCalendarItems,
        Boolean processExternalMeetingMessages,
        Boolean allowConflicts,
        Boolean allowRecurringMeetings,
        Integer bookingWindowInDays,
        Integer maximumDurationInMinutes,
        List<String> resourceDelegates) {

    public CalendarProcessingSettings {
        resourceDelegates = resourceDelegates == null ? null : List.copyOf(resourceDelegates);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds the settings to send: set only what is declared. */
    public static final class Builder {
        private String automateProcessing;
        private Boolean addOrganizerToSubject;
        private Boolean deleteSubject;
        private Boolean deleteComments;
        private Boolean removePrivateProperty;
        private Boolean deleteAttachments;
        private Boolean deleteNonCalendarItems;
        private Boolean processExternalMeetingMessages;
        private Boolean allowConflicts;
        private Boolean allowRecurringMeetings;
        private Integer bookingWindowInDays;
        private Integer maximumDurationInMinutes;
        private List<String> resourceDelegates;

        private Builder() {
        }

        /** {@code None}, {@code AutoUpdate} or {@code AutoAccept}. */
        public Builder automateProcessing(String value) {
            automateProcessing = value;
            return this;
        }

        public Builder addOrganizerToSubject(Boolean value) {
            addOrganizerToSubject = value;
            return this;
        }

        public Builder deleteSubject(Boolean value) {
            deleteSubject = value;
            return this;
        }

        public Builder deleteComments(Boolean value) {
            deleteComments = value;
            return this;
        }

        public Builder removePrivateProperty(Boolean value) {
            removePrivateProperty = value;
            return this;
        }

        public Builder deleteAttachments(Boolean value) {
            deleteAttachments = value;
            return this;
        }

        public Builder deleteNonCalendarItems(Boolean value) {
            deleteNonCalendarItems = value;
            return this;
        }

        public Builder processExternalMeetingMessages(Boolean value) {
            processExternalMeetingMessages = value;
            return this;
        }

        public Builder allowConflicts(Boolean value) {
            allowConflicts = value;
            return this;
        }

        public Builder allowRecurringMeetings(Boolean value) {
            allowRecurringMeetings = value;
            return this;
        }

        /** 0–1080. */
        public Builder bookingWindowInDays(Integer value) {
            bookingWindowInDays = value;
            return this;
        }

        public Builder maximumDurationInMinutes(Integer value) {
            maximumDurationInMinutes = value;
            return this;
        }

        /** Replaces the whole delegate list when set. */
        public Builder resourceDelegates(List<String> value) {
            resourceDelegates = value;
            return this;
        }

        public CalendarProcessingSettings build() {
            return new CalendarProcessingSettings(automateProcessing, addOrganizerToSubject, deleteSubject,
                    deleteComments, removePrivateProperty, deleteAttachments, deleteNonCalendarItems,
                    processExternalMeetingMessages, allowConflicts, allowRecurringMeetings, bookingWindowInDays,
                    maximumDurationInMinutes, resourceDelegates);
        }
    }
}
