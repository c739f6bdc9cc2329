package io.roomgate.provider.handlers;

import com.google.protobuf.Struct;
import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.provider.codec.Unknown;
import io.roomgate.provider.framework.ResourceEndpoint;
import io.roomgate.provider.framework.ResourceHandler;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.CheckFailure;
import pulumirpc.Provider.CheckRequest;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static io.roomgate.provider.Wire.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input fails at preview (rule 6): Check names the property path and the fix, and calls no Exchange. */
class CheckRejectsBadInputTest {
    private static final Supplier<ExchangeAdmin> NO_EXCHANGE = () -> {
        throw new AssertionError("Check must not call Exchange");
    };

    private static Map<String, String> check(ResourceHandler<?> handler, Struct news) {
        var response = new ResourceEndpoint<>(handler).check(CheckRequest.newBuilder()
                .setUrn("urn:pulumi:dev::roomgate::" + handler.token() + "::x").setNews(news).build());
        return response.getFailuresList().stream()
                .collect(Collectors.toMap(CheckFailure::getProperty, CheckFailure::getReason, (a, b) -> a + " | " + b));
    }

    @Test
    void malformedMemberAddressIsNamedByItsIndexWithAnExample() {
        var failures = check(new MailEnabledSecurityGroup(NO_EXCHANGE), struct("name", "Rooms", "alias", "rooms",
                "members", List.of("room1@contoso.com", "room2.contoso.com")));
        assertEquals(Map.of("members[1]", "'room2.contoso.com' is not an SMTP address; write it as name@domain, "
                + "e.g. room1@contoso.com"), failures);
    }

    @Test
    void groupNameAndAliasOverSixtyFourCharactersOrWithIllegalCharactersAreRefused() {
        String longName = "n".repeat(65);
        var failures = check(new MailEnabledSecurityGroup(NO_EXCHANGE), struct("name", longName, "alias", "room booking"));
        assertEquals("'" + longName + "' is 65 characters long; Exchange names take 1 to 64, shorten it", failures.get("name"));
        assertTrue(failures.get("alias").startsWith("'room booking' is not a valid alias"), failures.get("alias"));
    }

    @Test
    void requiredInputMissingSaysWhatItIs() {
        var failures = check(new MailEnabledSecurityGroup(NO_EXCHANGE), struct("name", "Rooms"));
        assertEquals("'alias' is required: The group's alias; Exchange derives the address from it.", failures.get("alias"));
    }

    @Test
    void appIdThatIsNotAGuidIsRefused() {
        var failures = check(new ApplicationAccessPolicy(NO_EXCHANGE, appId -> CalendarGrants.Check.held(List.of())),
                struct("appId", "placeos", "policyScopeGroupId", "rooms@contoso.com", "accessRight", "RestrictAccess"));
        assertEquals(Map.of("appId", "'placeos' is not a GUID; copy the id from Entra "
                + "(e.g. 00000000-0000-0000-0000-000000000000)"), failures);
    }

    @Test
    void accessRightOutsideTheEnumSuggestsTheRightSpelling() {
        var failures = check(new ApplicationAccessPolicy(NO_EXCHANGE, appId -> CalendarGrants.Check.held(List.of())),
                struct("appId", "11111111-2222-3333-4444-555555555555", "policyScopeGroupId", "rooms@contoso.com",
                        "accessRight", "restrictaccess"));
        assertEquals("'restrictaccess' is not one of RestrictAccess, DenyAccess; did you mean 'RestrictAccess'?",
                failures.get("accessRight"));
    }

    @Test
    void filterThatDoesNotParseIsRefusedWithTheParsersExplanation() {
        var failures = check(new ManagementScope(NO_EXCHANGE),
                struct("name", "rooms", "recipientRestrictionFilter", "RecipientTypeDetails -eq 'RoomMailbox"));
        assertTrue(failures.get("recipientRestrictionFilter").startsWith("filter \"RecipientTypeDetails -eq 'RoomMailbox\""),
                failures.toString());
    }

    @Test
    void roleThatDoesNotExistIsRefused() {
        var failures = check(new ManagementRoleAssignment(NO_EXCHANGE), struct("name", "placeos-calendars",
                "role", "Application Calendar.ReadWrite", "app", "11111111-2222-3333-4444-555555555555",
                "customResourceScope", "rooms"));
        assertTrue(failures.get("role").startsWith("'Application Calendar.ReadWrite' is not one of Application Calendars.Read"),
                failures.toString());
    }

    @Test
    void mailboxRightThatDoesNotExistIsRefusedAndDefaultsAreFilledIn() {
        var endpoint = new ResourceEndpoint<>(new MailboxPermission(NO_EXCHANGE));
        var response = endpoint.check(CheckRequest.newBuilder().setNews(struct("identity", "room1@contoso.com",
                "user", "concierge@contoso.com", "accessRights", List.of("FullAccess", "SendAs"))).build());
        assertEquals("accessRights[1]", response.getFailures(0).getProperty());
        assertEquals("All", response.getInputs().getFieldsOrThrow("inheritanceType").getStringValue());
        assertEquals(false, response.getInputs().getFieldsOrThrow("autoMapping").getBoolValue());
    }

    @Test
    void folderIdentityWithoutColonBackslashIsRefusedWithAnExample() {
        var failures = check(new MailboxFolderPermission(NO_EXCHANGE), struct("identity", "room1@contoso.com/Calendar",
                "user", "svc@contoso.com", "accessRights", List.of("Reviewer")));
        assertEquals(Map.of("identity", "'room1@contoso.com/Calendar' names no folder; write <mailbox>:\\<folder>, "
                + "e.g. room1@contoso.com:\\Calendar"), failures);
    }

    @Test
    void sharingFlagsWithARoleOtherThanEditorAreRefused() {
        var failures = check(new MailboxFolderPermission(NO_EXCHANGE), struct("identity", "room1@contoso.com:\\Calendar",
                "user", "svc@contoso.com", "accessRights", List.of("Reviewer"),
                "sharingPermissionFlags", List.of("CanViewPrivateItems")));
        assertEquals("sharing flags work only with the Editor role, not Reviewer; set accessRights to [\"Editor\"] or "
                + "drop the flags | CanViewPrivateItems needs Delegate; add \"Delegate\"", failures.get("sharingPermissionFlags"));
    }

    @Test
    void folderRoleThatDoesNotExistIsRefused() {
        var failures = check(new MailboxFolderPermission(NO_EXCHANGE), struct("identity", "room1@contoso.com:\\Calendar",
                "user", "svc@contoso.com", "accessRights", List.of("Editr")));
        assertTrue(failures.get("accessRights[0]").startsWith("'Editr' is neither a folder role"), failures.toString());
    }

    @Test
    void bookingWindowOutOfRangeIsRefused() {
        var failures = check(new CalendarProcessing(NO_EXCHANGE), struct("identity", "room1@contoso.com",
                "bookingWindowInDays", 2000));
        assertEquals(Map.of("bookingWindowInDays", "'bookingWindowInDays' is 2000; it must be between 0 and 1080"), failures);
    }

    @Test
    void unknownInputsDuringPreviewAreAcceptedNotJudged() {
        var failures = check(new MailEnabledSecurityGroup(NO_EXCHANGE), struct("name", "Rooms", "alias", "rooms",
                "members", List.of("room1@contoso.com", Unknown.STRING)));
        assertEquals(Map.of(), failures);
        var flags = check(new MailboxFolderPermission(NO_EXCHANGE), struct("identity", "room1@contoso.com:\\Calendar",
                "user", "svc@contoso.com", "accessRights", Unknown.ARRAY, "sharingPermissionFlags", List.of("Delegate")));
        assertEquals(Map.of(), flags);
    }

    @Test
    void propertyThatIsNotAnInputIsNamed() {
        var failures = check(new ManagementScope(NO_EXCHANGE), struct("name", "rooms",
                "recipientRestrictionFilter", "RecipientTypeDetails -eq 'RoomMailbox'", "filter", "x"));
        assertEquals(Map.of("filter", "'filter' is not an input of this resource; its inputs are name, "
                + "recipientRestrictionFilter"), failures);
    }
}
