package io.roomgate.exchange;

import io.roomgate.exchange.ExchangeException.Kind;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every error shape of reference/exchange-admin-api.md 1.7, mapped to one kind an admin (and the provider) can act on. */
class ErrorParserTest {
    private static final String SECRET = "Zq8~verysecretvalue";
    private final ErrorParser parser = new ErrorParser("tenant-guid", "client secret of app app-guid",
            new Redactor(List.of(SECRET)));
    private final Cmdlet newGroup = Cmdlet.named("New-DistributionGroup").with("Name", "Rooms").build();

    private ExchangeException parse(int status, String body, Map<String, String> headers) {
        return parser.fromResponse(newGroup, status, name -> headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst().orElse(null),
                body.getBytes(StandardCharsets.UTF_8), "req-1");
    }

    private ExchangeException parse(int status, String body) {
        return parse(status, body, Map.of());
    }

    private static String details(String code, String detailMessage) {
        return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"Error executing cmdlet\",\"details\":[{\"code\":"
                + "\"Context\",\"target\":\"\",\"message\":" + new com.google.gson.Gson().toJson(detailMessage) + "}],"
                + "\"innererror\":{\"message\":\"Error executing cmdlet\",\"type\":"
                + "\"Microsoft.Exchange.Admin.OData.Core.ODataServiceException\"}}}";
    }

    @Test
    void pipeDelimitedNotFoundFromTheRealPayload() {
        ExchangeException e = parse(404, details("NotFound", "Ex6F9304|Microsoft.Exchange.Configuration.Tasks."
                + "ManagementObjectNotFoundException|The operation couldn't be performed because object"
                + " 'OU=abc.onmicrosoft.com,OU=Microsoft Exchange Hosted Organizations,DC=x\\\\*' couldn't be found on"
                + " 'SYYP282A05DC002.PROD.OUTLOOK.COM'."));

        assertEquals(Kind.NOT_FOUND, e.kind());
        assertEquals("Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException", e.exchangeErrorType());
        assertTrue(e.getMessage().startsWith("New-DistributionGroup on 'Rooms' failed: The operation couldn't be performed"),
                e.getMessage());
    }

    @Test
    void notFoundAnsweredAs400IsStillNotFound() {
        assertEquals(Kind.NOT_FOUND, parse(400, details("BadRequest", "|Microsoft.Exchange.Configuration.Tasks."
                + "ManagementObjectNotFoundException|The operation couldn't be performed because object 'x' couldn't"
                + " be found on 'dc'.")).kind());
    }

    @Test
    void jsonInStringAlreadyExists() {
        ExchangeException e = parse(400, details("BadRequest", "{\"Message\":\"The object 'CN=rg,OU=x' already"
                + " exists.\",\"TypeName\":\"Microsoft.Exchange.Data.Directory.ADObjectAlreadyExistsException\","
                + "\"StackTrace\":null,\"InnerError\":null}"));

        assertEquals(Kind.ALREADY_EXISTS, e.kind());
        assertEquals("Microsoft.Exchange.Data.Directory.ADObjectAlreadyExistsException", e.exchangeErrorType());
        assertTrue(e.getMessage().contains("The object 'CN=rg,OU=x' already exists."));
    }

    @Test
    void proxyAddressCollisionIsAlreadyExists() {
        assertEquals(Kind.ALREADY_EXISTS, parse(400, details("BadRequest", "|Microsoft.Exchange.Data.Directory."
                + "ProxyAddressExistsException|The proxy address \"SMTP:rooms@contoso.com\" is already being used by the"
                + " proxy addresses or LegacyExchangeDN of \"Rooms\". Please choose another proxy address.")).kind());
    }

    @Test
    void innerErrorInternalExceptionWinsOverTheGenericMessage() {
        ExchangeException e = parse(400, "{\"error\":{\"code\":\"BadRequest\",\"message\":\"Invalid Operation\","
                + "\"innererror\":{\"internalexception\":{\"message\":\"|Microsoft.Exchange.Management.Tasks."
                + "MemberAlreadyExistsException|The recipient \\\"room1@contoso.com\\\" is already a member of the"
                + " group \\\"Rooms\\\".\"}}}}");

        assertEquals(Kind.ALREADY_MEMBER, e.kind());
        assertTrue(e.getMessage().contains("is already a member of the group"), e.getMessage());
    }

    @Test
    void notAMemberIsRecognisable() {
        assertEquals(Kind.NOT_MEMBER, parse(400, details("BadRequest", "|Microsoft.Exchange.Management.Tasks."
                + "MemberNotFoundException|The recipient \"room1@contoso.com\" isn't a member of the group"
                + " \"Rooms\".")).kind());
    }

    @Test
    void folderPermissionEntryExistsAndMissingAreRecognisable() {
        assertEquals(Kind.PERMISSION_ENTRY_EXISTS, parse(400, details("BadRequest", "|Microsoft.Exchange.Management."
                + "StoreTasks.UserAlreadyExistsInPermissionEntryException|An existing permission entry was found for"
                + " user: svc.")).kind());
        assertEquals(Kind.PERMISSION_ENTRY_NOT_FOUND, parse(400, details("BadRequest", "|Microsoft.Exchange."
                + "Management.StoreTasks.UserNotFoundInPermissionEntryException|There is no existing permission entry"
                + " found for user: svc.")).kind());
        assertEquals(Kind.PERMISSION_ENTRY_NOT_FOUND, parse(400, details("BadRequest", "Can't remove the access"
                + " control entry on the object \"room1\" for the user account because the ACE doesn't exist on the"
                + " object.")).kind());
    }

    @Test
    void aMailboxPermissionRemovalAnsweredWithTheMissingAceWarningFailsAsAnAbsentEntry() {
        List<String> warnings = List.of("Can't remove the access control entry on the object \"room1\" for the user"
                + " account because the ACE doesn't exist on the object.");
        Cmdlet removal = Cmdlet.named("Remove-MailboxPermission").with("Identity", "room1@contoso.com")
                .with("User", "svc@contoso.com").build();

        ExchangeException e = parser.fromWarnings(removal, warnings).orElseThrow();

        assertEquals(Kind.PERMISSION_ENTRY_NOT_FOUND, e.kind());
        assertTrue(e.getMessage().startsWith("Remove-MailboxPermission on 'room1@contoso.com': svc@contoso.com holds"
                + " no such permission entry"), e.getMessage());
        assertTrue(parser.fromWarnings(Cmdlet.named("Remove-MailboxFolderPermission").build(), warnings).isEmpty(),
                "only Remove-MailboxPermission reports a missing entry as a warning");
        assertTrue(parser.fromWarnings(removal, List.of("The command completed successfully but no settings of"
                + " 'room1' have been modified.")).isEmpty());
    }

    @Test
    void invalidEnumValueListsTheValidValues() {
        ExchangeException e = parse(400, details("BadRequest", "|System.Management.Automation.ParameterBindingException|"
                + "Cannot process argument transformation on parameter 'AccessRight'. Cannot convert value \"Restrict\""
                + " to type \"Microsoft.Exchange.Data.ApplicationAccessPolicyRight\". Error: \"Unable to match the"
                + " identifier name Restrict to a valid enumerator name. Specify one of the following enumerator names"
                + " and try again: RestrictAccess, DenyAccess\""));

        assertEquals(Kind.INVALID_PARAMETER, e.kind());
        assertEquals(List.of("RestrictAccess", "DenyAccess"), e.validValues());
        assertTrue(e.getMessage().contains("Valid values: RestrictAccess, DenyAccess"), e.getMessage());
    }

    @Test
    void unknownParameterIsInvalidParameter() {
        ExchangeException e = parse(400, details("BadRequest", "|System.Management.Automation.ParameterBindingException|"
                + "A parameter cannot be found that matches parameter name 'Colour'."));

        assertEquals(Kind.INVALID_PARAMETER, e.kind());
        assertTrue(e.validValues().isEmpty());
    }

    @Test
    void forbiddenWithNulBodyTakesTheReasonFromDiagnosticsAndNamesTheGrantToAdd() {
        ExchangeException e = parser.fromResponse(newGroup, 403, name -> name.equalsIgnoreCase("x-ms-diagnostics")
                ? "2000008;reason=\"The user or application doesn't have the role required to run New-DistributionGroup\""
                : null, new byte[512], "req-2");

        assertEquals(Kind.FORBIDDEN, e.kind());
        assertTrue(e.getMessage().contains("doesn't have the role required to run New-DistributionGroup"), e.getMessage());
        assertTrue(e.getMessage().contains("Exchange.ManageAsApp"));
        assertTrue(e.getMessage().contains("Exchange Administrator"));
    }

    @Test
    void unauthorizedNamesTheCredentialAndTenantButNeverTheSecret() {
        ExchangeException e = parse(401, "{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"client_secret="
                + SECRET + " rejected\"}}", Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));

        assertEquals(Kind.UNAUTHORIZED, e.kind());
        assertTrue(e.getMessage().contains("client secret of app app-guid"));
        assertTrue(e.getMessage().contains("tenant-guid"));
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    }

    @Test
    void plainTextConcurrencyRefusalIsThrottled() {
        assertEquals(Kind.THROTTLED, parse(503, "You have reached the maximum number of concurrent requests per"
                + " tenant. Please wait and try again").kind());
        assertEquals(Kind.THROTTLED, parse(429, "").kind());
    }

    @Test
    void nonJsonBodiesAreEchoedAndClassifiedByStatus() {
        Cmdlet read = Cmdlet.named("Get-Mailbox").build();
        ExchangeException e = parser.fromResponse(read, 502, name -> null,
                "<html><body>Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8), "req-3");

        assertEquals(Kind.TRANSIENT, e.kind());
        assertTrue(e.getMessage().contains("<html><body>Bad Gateway</body></html>"));
        assertEquals(Kind.FAILED, parse(400, "something odd").kind());
    }

    @Test
    void aServerErrorToACreateLeavesItsOutcomeUnknown() {
        ExchangeException e = parse(502, "<html><body>Bad Gateway</body></html>");

        assertEquals(Kind.OUTCOME_UNKNOWN, e.kind());
        assertTrue(e.getMessage().endsWith("look the object up before trying again."), e.getMessage());
    }

    @Test
    void missingDelegatingRoleIsForbiddenNotAGenericFailure() {
        assertEquals(Kind.FORBIDDEN, parse(400, details("BadRequest", "|Microsoft.Exchange.Management.RbacTasks."
                + "RoleAssignmentsAuthorizationException|You don't have access to create, change, or remove the"
                + " \"Application Calendars.ReadWrite\" management role assignment. You must be assigned a delegating"
                + " role assignment to the management role or its parent in the hierarchy without a scope"
                + " restriction.")).kind());
    }

    @Test
    void tokensInEchoedBodiesAreRedacted() {
        ExchangeException e = parse(400, "Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln was refused");

        assertFalse(e.getMessage().contains("eyJhbGciOiJSUzI1NiJ9"), e.getMessage());
        assertTrue(e.getMessage().contains("[token]"));
    }
}
