package io.roomgate.resources.exchangeonline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import javax.annotation.Nullable;

/** `exchangeonline:index:CalendarProcessing`: A room's calendar processing settings; only the declared settings are managed. */
@ResourceType(type = "exchangeonline:index:CalendarProcessing")
public class CalendarProcessing extends CustomResource {
    public static final String TYPE = "exchangeonline:index:CalendarProcessing";

    @Export(name = "addOrganizerToSubject", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> addOrganizerToSubject;

    @Export(name = "allowConflicts", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> allowConflicts;

    @Export(name = "allowRecurringMeetings", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> allowRecurringMeetings;

    @Export(name = "automateProcessing", refs = {String.class}, tree = "[0]")
    private Output<String> automateProcessing;

    @Export(name = "bookingWindowInDays", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> bookingWindowInDays;

    @Export(name = "deleteAttachments", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> deleteAttachments;

    @Export(name = "deleteComments", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> deleteComments;

    @Export(name = "deleteNonCalendarItems", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> deleteNonCalendarItems;

    @Export(name = "deleteSubject", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> deleteSubject;

    @Export(name = "identity", refs = {String.class}, tree = "[0]")
    private Output<String> identity;

    @Export(name = "maximumDurationInMinutes", refs = {Integer.class}, tree = "[0]")
    private Output<Integer> maximumDurationInMinutes;

    @Export(name = "processExternalMeetingMessages", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> processExternalMeetingMessages;

    @Export(name = "removePrivateProperty", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> removePrivateProperty;

    @Export(name = "resourceDelegates", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> resourceDelegates;

    public Output<Boolean> addOrganizerToSubject() { return this.addOrganizerToSubject; }
    public Output<Boolean> allowConflicts() { return this.allowConflicts; }
    public Output<Boolean> allowRecurringMeetings() { return this.allowRecurringMeetings; }
    public Output<String> automateProcessing() { return this.automateProcessing; }
    public Output<Integer> bookingWindowInDays() { return this.bookingWindowInDays; }
    public Output<Boolean> deleteAttachments() { return this.deleteAttachments; }
    public Output<Boolean> deleteComments() { return this.deleteComments; }
    public Output<Boolean> deleteNonCalendarItems() { return this.deleteNonCalendarItems; }
    public Output<Boolean> deleteSubject() { return this.deleteSubject; }
    public Output<String> identity() { return this.identity; }
    public Output<Integer> maximumDurationInMinutes() { return this.maximumDurationInMinutes; }
    public Output<Boolean> processExternalMeetingMessages() { return this.processExternalMeetingMessages; }
    public Output<Boolean> removePrivateProperty() { return this.removePrivateProperty; }
    public Output<List<String>> resourceDelegates() { return this.resourceDelegates; }

    public CalendarProcessing(String name, CalendarProcessingArgs args) { this(name, args, null); }

    public CalendarProcessing(String name, CalendarProcessingArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, ExchangeOnline.withDefaults(options));
    }
}
