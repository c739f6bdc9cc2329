package io.roomgate.localtenant;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalendarAndPermissionCmdletsTest extends SimulatorTestBase {

    @Test
    void roomsStartWithExchangeOnlineDefaults() {
        JsonObject room = first(client.ok("Get-CalendarProcessing", Map.of("Identity", "ams-room-0002")));
        JsonObject user = first(client.ok("Get-CalendarProcessing", Map.of("Identity", "adelev")));

        assertEquals("AutoAccept", room.get("AutomateProcessing").getAsString());
        assertEquals("AutoUpdate", user.get("AutomateProcessing").getAsString());
        assertEquals(180, room.get("BookingWindowInDays").getAsInt());
        assertEquals(1440, room.get("MaximumDurationInMinutes").getAsInt());
        assertTrue(room.get("AddOrganizerToSubject").getAsBoolean());
        assertTrue(room.get("DeleteSubject").getAsBoolean());
        assertFalse(room.get("AllowConflicts").getAsBoolean());
        assertFalse(room.get("ProcessExternalMeetingMessages").getAsBoolean());
        assertEquals(0, room.getAsJsonArray("BookInPolicy").size());
    }

    @Test
    void setCalendarProcessingChangesOnlyWhatIsGivenAndWarnsOnNoOp() {
        client.ok("Set-CalendarProcessing", Map.of("Identity", "ber-room-0002", "AddOrganizerToSubject", false,
                "DeleteSubject", false, "BookingWindowInDays", 365, "ResourceDelegates", List.of("adelev")));

        JsonObject room = first(client.ok("Get-CalendarProcessing", Map.of("Identity", "ber-room-0002")));
        assertFalse(room.get("AddOrganizerToSubject").getAsBoolean());
        assertEquals(365, room.get("BookingWindowInDays").getAsInt());
        assertTrue(room.get("DeleteComments").getAsBoolean());
        assertEquals("adelev", room.getAsJsonArray("ResourceDelegates").get(0).getAsString());
        JsonObject again = client.ok("Set-CalendarProcessing", Map.of("Identity", "ber-room-0002",
                "BookingWindowInDays", 365));
        assertEquals("The command completed successfully but no settings of 'ber-room-0002' have been modified.",
                again.getAsJsonArray("@adminapi.warnings").get(0).getAsString());
        HttpResponse<String> tooFar = client.invoke("Set-CalendarProcessing", Map.of("Identity", "ber-room-0002",
                "BookingWindowInDays", 2000));
        assertEquals(400, tooFar.statusCode());
        HttpResponse<String> badEnum = client.invoke("Set-CalendarProcessing", Map.of("Identity", "ber-room-0002",
                "AutomateProcessing", "Accept"));
        assertTrue(badEnum.body().contains("None, AutoUpdate, AutoAccept"), badEnum.body());
    }

    @Test
    void fullAccessIsAddedListedAndRemoved() {
        JsonObject added = first(client.ok("Add-MailboxPermission", Map.of("Identity", "chi-room-0002",
                "User", "alexw", "AccessRights", List.of("FullAccess"), "InheritanceType", "All",
                "AutoMapping", false)));
        assertEquals("FullAccess", added.get("AccessRights").getAsString());
        assertEquals("alexw@contoso.onmicrosoft.com", added.get("User").getAsString());

        var rows = client.ok("Get-MailboxPermission", Map.of("Identity", "chi-room-0002")).getAsJsonArray("value");
        assertEquals("NT AUTHORITY\\SELF", rows.get(0).getAsJsonObject().get("User").getAsString());
        assertEquals("alexw@contoso.onmicrosoft.com", rows.get(1).getAsJsonObject().get("User").getAsString());

        client.ok("Remove-MailboxPermission", Map.of("Identity", "chi-room-0002", "User", "alexw",
                "AccessRights", List.of("FullAccess"), "InheritanceType", "All", "Confirm", false));
        JsonObject missing = client.ok("Remove-MailboxPermission", Map.of("Identity", "chi-room-0002",
                "User", "alexw", "AccessRights", List.of("FullAccess"), "Confirm", false));
        assertTrue(missing.getAsJsonArray("@adminapi.warnings").get(0).getAsString()
                .endsWith("because the ACE doesn't exist on the object."));
    }

    @Test
    void calendarFolderHasDefaultEntriesAndRefusesDuplicates() {
        var table = client.ok("Get-MailboxFolderPermission", Map.of("Identity", "den-room-0002:\\Calendar"))
                .getAsJsonArray("value");
        assertEquals("Default", table.get(0).getAsJsonObject().get("User").getAsString());
        assertEquals("AvailabilityOnly", table.get(0).getAsJsonObject().getAsJsonArray("AccessRights").get(0)
                .getAsString());
        assertEquals("Anonymous", table.get(1).getAsJsonObject().get("User").getAsString());

        client.ok("Add-MailboxFolderPermission", Map.of("Identity", "den-room-0002:\\Calendar", "User", "pattif",
                "AccessRights", List.of("Editor"), "SharingPermissionFlags", "Delegate,CanViewPrivateItems"));
        JsonObject entry = first(client.ok("Get-MailboxFolderPermission", Map.of("Identity",
                "den-room-0002:\\Calendar", "User", "pattif")));
        assertEquals("Patti Fernandez", entry.get("User").getAsString());
        assertEquals("Delegate, CanViewPrivateItems", entry.get("SharingPermissionFlags").getAsString());

        HttpResponse<String> duplicate = client.invoke("Add-MailboxFolderPermission", Map.of("Identity",
                "den-room-0002:\\Calendar", "User", "pattif", "AccessRights", List.of("Reviewer")));
        assertEquals("|Microsoft.Exchange.Management.StoreTasks.UserAlreadyExistsInPermissionEntryException|An "
                + "existing permission entry was found for user: Patti Fernandez.", SimulatorClient.detail(duplicate));

        client.ok("Set-MailboxFolderPermission", Map.of("Identity", "den-room-0002:\\Calendar", "User", "Default",
                "AccessRights", List.of("LimitedDetails")));
        client.ok("Remove-MailboxFolderPermission", Map.of("Identity", "den-room-0002:\\Calendar", "User", "pattif",
                "Confirm", false));
        HttpResponse<String> gone = client.invoke("Remove-MailboxFolderPermission", Map.of("Identity",
                "den-room-0002:\\Calendar", "User", "pattif", "Confirm", false));
        assertTrue(SimulatorClient.detail(gone).contains("UserNotFoundInPermissionEntryException|There is no existing "
                + "permission entry found for user: pattif."));
        assertEquals(List.of("LimitedDetails"), sim.tenant().read(() -> sim.tenant().resolveRecipients("den-room-0002")
                .get(0).calendarPermissions.get(0).accessRights));
    }

    @Test
    void sharingFlagsNeedEditor() {
        HttpResponse<String> response = client.invoke("Add-MailboxFolderPermission", Map.of("Identity",
                "den-room-0003:\\Calendar", "User", "leeg", "AccessRights", List.of("Reviewer"),
                "SharingPermissionFlags", "Delegate"));

        assertEquals(400, response.statusCode());
        assertTrue(SimulatorClient.detail(response).contains("only together with the Editor access right"));
    }
}
