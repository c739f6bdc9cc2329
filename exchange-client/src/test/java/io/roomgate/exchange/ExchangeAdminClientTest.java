package io.roomgate.exchange;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.roomgate.exchange.ExchangeException.Kind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The typed operations over the settling layer (lost creates, replication lag, mapping), over a scripted invoker. */
class ExchangeAdminClientTest {

    /** Answers each call with the next scripted outcome and records the cmdlets it was given. */
    private static final class ScriptedInvoker implements CmdletInvoker {
        final List<Cmdlet> calls = new ArrayList<>();
        final Deque<Object> outcomes = new ArrayDeque<>();

        ScriptedInvoker then(Object... next) {
            outcomes.addAll(List.of(next));
            return this;
        }

        @Override
        public CmdletResult invoke(Cmdlet cmdlet) {
            calls.add(cmdlet);
            Object outcome = outcomes.poll();
            if (outcome instanceof ExchangeException failure) {
                throw failure;
            }
            return outcome == null ? result() : (CmdletResult) outcome;
        }

        List<String> names() {
            return calls.stream().map(Cmdlet::name).toList();
        }
    }

    private static CmdletResult result(String... objects) {
        List<JsonObject> values = new ArrayList<>();
        for (String object : objects) {
            values.add(JsonParser.parseString(object).getAsJsonObject());
        }
        return new CmdletResult(values, Warnings.none());
    }

    private static ExchangeException failure(Kind kind) {
        return new ExchangeException(kind, "scripted", kind.name());
    }

    private static ExchangeAdminClient client(ScriptedInvoker invoker) {
        return new ExchangeAdminClient(invoker, ExchangeClientOptions.builder(StubTenant.TENANT_ID,
                        new CredentialSource.Supplied(new StubTenant.CountingCredential(), "scripted"))
                .replicationWait(Duration.ofSeconds(5)).retryBaseDelay(Duration.ofMillis(10))
                .maxRetryDelay(Duration.ofMillis(40)).maxRetries(3).build());
    }

    private static final String SCOPE = "{\"Name\":\"rooms\",\"Identity\":\"rooms\",\"RecipientFilter\":"
            + "\"RecipientTypeDetails -eq 'RoomMailbox'\",\"ScopeRestrictionType\":\"RecipientScope\",\"Exclusive\":false}";

    @Test
    void aCreateWhoseResponseWasLostIsLookedUpAndAdoptedNotDuplicated() {
        ScriptedInvoker invoker = new ScriptedInvoker().then(failure(Kind.OUTCOME_UNKNOWN), result(SCOPE));

        ManagementScope scope = client(invoker).newManagementScope("rooms", "RecipientTypeDetails -eq 'RoomMailbox'");

        assertEquals("RecipientTypeDetails -eq 'RoomMailbox'", scope.recipientFilter());
        assertEquals(List.of("New-ManagementScope", "Get-ManagementScope"), invoker.names());
    }

    @Test
    void aLostCreateNotYetVisibleIsSentAgainAndAlreadyExistsAdoptsTheFirstOne() {
        ScriptedInvoker invoker = new ScriptedInvoker().then(
                failure(Kind.OUTCOME_UNKNOWN),     // New: response lost
                failure(Kind.NOT_FOUND),           // Get: not replicated yet, and not known as created
                failure(Kind.ALREADY_EXISTS),      // New again: so the first one did land
                failure(Kind.NOT_FOUND),           // Get: still replicating, now waited out
                result(SCOPE));

        ManagementScope scope = client(invoker).newManagementScope("rooms", "RecipientTypeDetails -eq 'RoomMailbox'");

        assertEquals("rooms", scope.name());
        assertEquals(List.of("New-ManagementScope", "Get-ManagementScope", "New-ManagementScope",
                "Get-ManagementScope", "Get-ManagementScope"), invoker.names());
    }

    @Test
    void alreadyExistsOnAFirstCreateIsLeftToTheCallerToAdopt() {
        ScriptedInvoker invoker = new ScriptedInvoker().then(failure(Kind.ALREADY_EXISTS));

        ExchangeException e = assertThrows(ExchangeException.class,
                () -> client(invoker).newManagementScope("rooms", "x"));

        assertTrue(e.meansPresent());
    }

    @Test
    void aLostMemberAddIsReplayedAndAlreadyAMemberMeansItLanded() {
        ScriptedInvoker invoker = new ScriptedInvoker().then(failure(Kind.OUTCOME_UNKNOWN), failure(Kind.ALREADY_MEMBER));

        Warnings warnings = client(invoker).addDistributionGroupMember("Rooms", "room1@contoso.com");

        assertTrue(warnings.isEmpty());
        assertEquals(2, invoker.calls.size());
        assertEquals(true, invoker.calls.get(0).parameters().get("BypassSecurityGroupManagerCheck"));
    }

    @Test
    void aLostRemovalIsReplayedAndNotFoundMeansItLanded() {
        ScriptedInvoker invoker = new ScriptedInvoker().then(failure(Kind.OUTCOME_UNKNOWN), failure(Kind.NOT_FOUND));

        client(invoker).removeManagementRoleAssignment("app-rooms");

        assertEquals(List.of("Remove-ManagementRoleAssignment", "Remove-ManagementRoleAssignment"), invoker.names());
        assertEquals(false, invoker.calls.get(0).parameters().get("Confirm"));
    }

    @Test
    void aLostRemovalOfAJustCreatedObjectIsNotWaitedOutAsReplicationLag() {
        ScriptedInvoker invoker = new ScriptedInvoker().then(result(SCOPE), failure(Kind.OUTCOME_UNKNOWN),
                failure(Kind.NOT_FOUND), failure(Kind.NOT_FOUND));
        ExchangeAdminClient client = client(invoker);
        client.newManagementScope("rooms", "x");

        client.removeManagementScope("rooms");

        assertEquals(List.of("New-ManagementScope", "Remove-ManagementScope", "Remove-ManagementScope"),
                invoker.names(), "the replay's 'not found' means the first removal landed");
    }

    @Test
    void aCallNamingAJustCreatedObjectWaitsOutReplicationLag() {
        ScriptedInvoker invoker = new ScriptedInvoker().then(
                result("{\"Identity\":\"sp-1\",\"AppId\":\"app-1\",\"ObjectId\":\"obj-1\",\"DisplayName\":\"PlaceOS\"}"),
                failure(Kind.NOT_FOUND), failure(Kind.NOT_FOUND),
                result("{\"Name\":\"placeos-rooms\",\"Role\":\"Application Calendars.ReadWrite\",\"RoleAssigneeType\":"
                        + "\"ServicePrincipal\",\"CustomResourceScope\":\"rooms\"}"));
        ExchangeAdminClient client = client(invoker);

        client.newServicePrincipal("app-1", "obj-1", "PlaceOS");
        ManagementRoleAssignment assignment = client.newManagementRoleAssignment(
                new NewManagementRoleAssignment("placeos-rooms", "Application Calendars.ReadWrite", "app-1", "rooms"));

        assertEquals("rooms", assignment.customResourceScope());
        assertEquals(4, invoker.calls.size());
    }

    @Test
    void notFoundForAnObjectThisClientDidNotCreateIsAnsweredAtOnce() {
        ScriptedInvoker invoker = new ScriptedInvoker().then(failure(Kind.NOT_FOUND));

        assertEquals(Optional.empty(), client(invoker).findManagementScope("rooms"));
        assertEquals(1, invoker.calls.size());
    }

    @Test
    void afterARemovalTheObjectsNotFoundIsNotMistakenForLag() {
        ScriptedInvoker invoker = new ScriptedInvoker().then(result(SCOPE), result(), failure(Kind.NOT_FOUND));
        ExchangeAdminClient client = client(invoker);

        client.newManagementScope("rooms", "x");
        client.removeManagementScope("rooms");

        assertEquals(Optional.empty(), client.findManagementScope("rooms"));
        assertEquals(3, invoker.calls.size());
    }

    @Test
    void aThrottledReadIsAnErrorNeverAnAbsentObject() {
        ScriptedInvoker invoker = new ScriptedInvoker().then(failure(Kind.THROTTLED));

        ExchangeException e = assertThrows(ExchangeException.class,
                () -> client(invoker).findDistributionGroup("Rooms"));

        assertEquals(Kind.THROTTLED, e.kind());
    }

    @Test
    void aRemovalOfAPermissionEntryThatIsNotThereFailsAsAbsentAtTheMailboxsServer() {
        ScriptedInvoker invoker = new ScriptedInvoker().then(failure(Kind.PERMISSION_ENTRY_NOT_FOUND));

        ExchangeException e = assertThrows(ExchangeException.class, () -> client(invoker)
                .removeMailboxPermission("room1@contoso.com", "svc@contoso.com", List.of("FullAccess"), null));

        assertTrue(e.meansAbsent());
        assertEquals("room1@contoso.com", invoker.calls.get(0).anchorMailbox());
    }

    @Test
    void outputPropertiesBecomeRecordsWhateverFormExchangeUsed() {
        ScriptedInvoker invoker = new ScriptedInvoker().then(
                result("{\"Identity\":\"room1\",\"User\":\"svc@contoso.com\",\"AccessRights\":\"FullAccess, ReadPermission\","
                        + "\"IsInherited\":\"False\",\"Deny\":false,\"InheritanceType\":\"All\"}"),
                result("{\"RoleName\":\"Application Calendars.ReadWrite\",\"GrantedPermissions\":\"Calendars.ReadWrite\","
                        + "\"AllowedResourceScope\":\"rooms\",\"ScopeType\":\"CustomRecipientScope\",\"InScope\":\"Not Run\"}"),
                result("{\"Guid\":\"9f1e\",\"Name\":\"Rooms\",\"Alias\":\"rooms\",\"PrimarySmtpAddress\":\"rooms@contoso.com\","
                        + "\"DistinguishedName\":\"CN=Rooms,OU=contoso\",\"ManagedBy\":[\"admin\"],"
                        + "\"RecipientTypeDetails\":\"MailUniversalSecurityGroup\",\"ResourceCapacity\":null}"));
        ExchangeAdminClient client = client(invoker);

        MailboxPermission permission = client.getMailboxPermissions("room1@contoso.com", "svc@contoso.com").get(0);
        ServicePrincipalAuthorization check = client.testServicePrincipalAuthorization("sp-1", null).get(0);
        DistributionGroup group = client.findDistributionGroup("Rooms").orElseThrow();

        assertEquals(List.of("FullAccess", "ReadPermission"), permission.accessRights());
        assertEquals(Boolean.FALSE, permission.isInherited());
        assertNull(check.inScope());
        assertEquals("CN=Rooms,OU=contoso", group.distinguishedName());
        assertEquals(List.of("admin"), group.managedBy());
        assertTrue(group.isSecurityGroup());
    }

    @Test
    void aTenantWithoutAccessPoliciesListsNone() {
        ScriptedInvoker invoker = new ScriptedInvoker().then(failure(Kind.NOT_FOUND));

        assertEquals(List.of(), client(invoker).listApplicationAccessPolicies());
    }

    @Test
    void roomsByBuildingAndRoomListAreFilteredIntersectedAndSorted() {
        ScriptedInvoker invoker = new ScriptedInvoker().then(
                result("{\"PrimarySmtpAddress\":\"room-b@contoso.com\",\"Office\":\"O'Hare\",\"RecipientTypeDetails\":\"RoomMailbox\"}",
                        "{\"PrimarySmtpAddress\":\"Room-A@contoso.com\",\"Office\":\"O'Hare\",\"ResourceCapacity\":\"12\"}",
                        "{\"PrimarySmtpAddress\":\"room-c@contoso.com\",\"Office\":\"O'Hare\"}"),
                result("{\"PrimarySmtpAddress\":\"room-a@contoso.com\"}", "{\"PrimarySmtpAddress\":\"room-b@contoso.com\"}"));

        List<Mailbox> rooms = client(invoker).listRoomMailboxes(new RoomQuery("ResourceCapacity -gt 4", "Floor 1", "O'Hare"));

        assertEquals(List.of("Room-A@contoso.com", "room-b@contoso.com"),
                rooms.stream().map(Mailbox::primarySmtpAddress).toList());
        assertEquals(12, rooms.get(0).resourceCapacity());
        Cmdlet getMailbox = invoker.calls.get(0);
        assertEquals("(ResourceCapacity -gt 4) -and (Office -eq 'O''Hare')", getMailbox.parameters().get("Filter"));
        assertEquals("RoomMailbox", getMailbox.parameters().get("RecipientTypeDetails"));
        assertEquals("Unlimited", getMailbox.parameters().get("ResultSize"));
        assertEquals("Get-DistributionGroupMember", invoker.calls.get(1).name());
    }

    @Test
    void calendarProcessingSendsOnlyTheDeclaredSettings() {
        ScriptedInvoker invoker = new ScriptedInvoker();
        ExchangeAdminClient client = client(invoker);

        client.setCalendarProcessing("room1@contoso.com", CalendarProcessingSettings.builder().build());
        client.setCalendarProcessing("room1@contoso.com", CalendarProcessingSettings.builder()
                .automateProcessing("AutoAccept").deleteSubject(false).bookingWindowInDays(365).build());

        assertEquals(1, invoker.calls.size(), "nothing declared, nothing sent");
        Cmdlet set = invoker.calls.get(0);
        assertEquals(List.of("Identity", "AutomateProcessing", "DeleteSubject", "BookingWindowInDays"),
                List.copyOf(set.parameters().keySet()));
        assertEquals(false, set.parameters().get("DeleteSubject"));
        assertEquals("room1@contoso.com", set.anchorMailbox());
    }

    @Test
    void aLostFolderPermissionAddIsReplayedAndAnExistingEntryMeansItLanded() {
        ScriptedInvoker invoker = new ScriptedInvoker().then(failure(Kind.OUTCOME_UNKNOWN),
                failure(Kind.PERMISSION_ENTRY_EXISTS));

        client(invoker).addMailboxFolderPermission(new FolderPermissionGrant("room1@contoso.com:\\Calendar",
                "svc@contoso.com", List.of("Editor"), List.of("Delegate", "CanViewPrivateItems")));

        assertEquals(List.of("Add-MailboxFolderPermission", "Add-MailboxFolderPermission"), invoker.names());
        assertEquals("Delegate,CanViewPrivateItems", invoker.calls.get(1).parameters().get("SharingPermissionFlags"));
        assertEquals("room1@contoso.com", invoker.calls.get(1).anchorMailbox());
    }

    @Test
    void aRemovalWhoseOutcomeStaysUnknownIsReplayedUntilNotFoundSaysItLanded() {
        ScriptedInvoker invoker = new ScriptedInvoker().then(failure(Kind.OUTCOME_UNKNOWN),
                failure(Kind.OUTCOME_UNKNOWN), failure(Kind.OUTCOME_UNKNOWN), failure(Kind.PERMISSION_ENTRY_NOT_FOUND));

        Warnings warnings = client(invoker).removeMailboxFolderPermission("room1@contoso.com:\\Calendar",
                "svc@contoso.com");

        assertTrue(warnings.isEmpty());
        assertEquals(4, invoker.calls.size(), "the first attempt and three replays, the budget of maxRetries(3)");
    }

    @Test
    void aRemovalWhoseOutcomeStaysUnknownBeyondTheBudgetFailsAndSaysWhatToDo() {
        ScriptedInvoker invoker = new ScriptedInvoker().then(failure(Kind.OUTCOME_UNKNOWN),
                failure(Kind.OUTCOME_UNKNOWN), failure(Kind.OUTCOME_UNKNOWN), failure(Kind.OUTCOME_UNKNOWN),
                result());

        ExchangeException e = assertThrows(ExchangeException.class,
                () -> client(invoker).removeManagementRoleAssignment("app-rooms"));

        assertEquals(Kind.OUTCOME_UNKNOWN, e.kind());
        assertEquals(4, invoker.calls.size());
        assertTrue(e.getMessage().startsWith("Remove-ManagementRoleAssignment on 'app-rooms' was sent 4 times"),
                e.getMessage());
        assertTrue(e.getMessage().contains("then run again"), e.getMessage());
    }

    @Test
    void aRemovalInterruptedWhileWaitingToReplayStaysAnUnknownOutcome() {
        ScriptedInvoker invoker = new ScriptedInvoker().then(failure(Kind.OUTCOME_UNKNOWN), result());

        Thread.currentThread().interrupt();
        ExchangeException e;
        try {
            e = assertThrows(ExchangeException.class,
                    () -> client(invoker).removeManagementRoleAssignment("app-rooms"));
        } finally {
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        }

        assertEquals(Kind.OUTCOME_UNKNOWN, e.kind(), "not 'nothing changed': the first attempt may have landed");
        assertEquals(1, invoker.calls.size(), "no replay after the stop");
    }

    @Test
    void aFailureOtherThanAnUnknownOutcomeEndsTheReplaysAtOnce() {
        ScriptedInvoker invoker = new ScriptedInvoker().then(failure(Kind.OUTCOME_UNKNOWN), failure(Kind.FORBIDDEN));

        ExchangeException e = assertThrows(ExchangeException.class,
                () -> client(invoker).removeDistributionGroupMember("Rooms", "room1@contoso.com"));

        assertEquals(Kind.FORBIDDEN, e.kind());
        assertEquals(2, invoker.calls.size());
    }

    @Test
    void aReplayedMailboxPermissionRemovalWhoseAceIsGoneIsDoneNotAMissingEntry() {
        // The invoker reports Exchange's "the ACE doesn't exist" warning as PERMISSION_ENTRY_NOT_FOUND (ErrorParser).
        ScriptedInvoker invoker = new ScriptedInvoker().then(failure(Kind.OUTCOME_UNKNOWN),
                failure(Kind.PERMISSION_ENTRY_NOT_FOUND));

        Warnings warnings = client(invoker).removeMailboxPermission("room1@contoso.com", "svc@contoso.com",
                List.of("FullAccess"), null);

        assertTrue(warnings.isEmpty(), warnings.messages().toString());
        assertEquals(2, invoker.calls.size());
    }

    @Test
    void aLostCreateIsLookedUpBeforeEveryReplay() {
        ScriptedInvoker invoker = new ScriptedInvoker().then(
                failure(Kind.OUTCOME_UNKNOWN),     // New: 5xx
                failure(Kind.NOT_FOUND),           // Get: not there
                failure(Kind.OUTCOME_UNKNOWN),     // New again: 5xx, committed this time
                result(SCOPE));                    // Get: there, adopted

        ManagementScope scope = client(invoker).newManagementScope("rooms", "RecipientTypeDetails -eq 'RoomMailbox'");

        assertEquals("rooms", scope.name());
        assertEquals(List.of("New-ManagementScope", "Get-ManagementScope", "New-ManagementScope",
                "Get-ManagementScope"), invoker.names());
    }
}
