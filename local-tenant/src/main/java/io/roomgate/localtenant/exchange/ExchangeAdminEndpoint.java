package io.roomgate.localtenant.exchange;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.roomgate.localtenant.faults.Faults;
import io.roomgate.localtenant.faults.Traffic;
import io.roomgate.localtenant.http.HttpIo;
import io.roomgate.localtenant.identity.TokenService;
import io.roomgate.localtenant.tenant.Entra;
import io.roomgate.localtenant.tenant.Tenant;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /adminapi/beta/{tenant}/InvokeCommand}: authenticates the bearer token as Exchange does, applies
 * the faults a test asked for, binds the cmdlet's parameters, runs it against the tenant under its lock, and
 * answers in the admin API's wire format, paging with {@code @odata.nextLink}.
 */
public final class ExchangeAdminEndpoint implements HttpHandler {
    public static final String AUDIENCE = "https://outlook.office365.com";
    private static final Set<String> AUDIENCES = Set.of(AUDIENCE, "https://outlook.office.com",
            Entra.EXCHANGE_APP_ID);
    private static final Set<String> ADMIN_ROLES = Set.of(Entra.EXCHANGE_ADMINISTRATOR_ROLE,
            Entra.GLOBAL_ADMINISTRATOR_ROLE);
    private static final Set<String> READER_ROLES = Set.of(Entra.GLOBAL_READER_ROLE);
    private static final Pattern PATH = Pattern.compile("^/adminapi/(beta|v1\\.0)/([^/]+)/InvokeCommand/?$");
    private static final Pattern MAX_PAGE_SIZE = Pattern.compile("odata\\.maxpagesize\\s*=\\s*(\\d+)");
    static final int DEFAULT_PAGE_SIZE = 1000;

    private final Tenant tenant;
    private final TokenService tokens;
    private final Faults faults;
    private final Traffic traffic;
    private final Map<String, Cmdlet> cmdlets = new LinkedHashMap<>();
    private final Pages pages = new Pages();
    private static final System.Logger LOG = System.getLogger(ExchangeAdminEndpoint.class.getName());

    public ExchangeAdminEndpoint(Tenant tenant, TokenService tokens, Faults faults, Traffic traffic) {
        this.tenant = tenant;
        this.tokens = tokens;
        this.faults = faults;
        this.traffic = traffic;
        List<Cmdlet> all = new ArrayList<>();
        all.addAll(new MailboxCmdlets(SecureStrings.local()).cmdlets());
        all.addAll(new PlaceCmdlets().cmdlets());
        all.addAll(new GroupCmdlets().cmdlets());
        all.addAll(new AccessPolicyCmdlets().cmdlets());
        all.addAll(new RbacCmdlets().cmdlets());
        all.addAll(new CalendarProcessingCmdlets().cmdlets());
        all.addAll(new PermissionCmdlets().cmdlets());
        for (Cmdlet cmdlet : all) {
            cmdlets.put(cmdlet.name().toLowerCase(Locale.ROOT), cmdlet);
        }
    }

    /** Names of the cmdlets this endpoint serves. */
    public List<String> cmdletNames() {
        return cmdlets.values().stream().map(Cmdlet::name).toList();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Traffic.Visit visit = traffic.arrive();
        try {
            serve(HttpIo.beforeAnswer(exchange, visit::leave), visit);
        } finally {
            visit.leave();
        }
    }

    private void serve(HttpExchange exchange, Traffic.Visit visit) throws IOException {
        Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
        if (!path.matches()) {
            ErrorResponses.notFoundRoute(exchange, "No admin API endpoint at " + exchange.getRequestURI().getPath());
            return;
        }
        String tenantSegment = path.group(2);
        String body = HttpIo.body(exchange);
        JsonObject cmdletInput;
        try {
            JsonElement parsed = JsonParser.parseString(body);
            cmdletInput = parsed.isJsonObject() && parsed.getAsJsonObject().has("CmdletInput")
                    ? parsed.getAsJsonObject().getAsJsonObject("CmdletInput") : null;
        } catch (JsonSyntaxException | IllegalStateException | ClassCastException e) {
            cmdletInput = null;
        }
        String cmdletName = cmdletInput != null && cmdletInput.has("CmdletName")
                ? cmdletInput.get("CmdletName").getAsString() : "";
        traffic.counted(cmdletName.isEmpty() ? "(none)" : cmdletName);
        if (exchange.getRequestHeaders().getFirst("X-AnchorMailbox") == null) {
            traffic.withoutAnchorMailbox();
        }
        TokenService.AccessToken caller = authenticate(exchange, tenantSegment);
        if (caller == null) {
            return;
        }
        if (!visit.admit(faults.concurrencyLimit())) {
            traffic.refusedForConcurrency();
            ErrorResponses.concurrencyRefused(exchange);
            return;
        }
        sleep(faults.latency());
        serveAdmitted(exchange, tenantSegment, cmdletInput, cmdletName, caller);
    }

    private void serveAdmitted(HttpExchange exchange, String tenantSegment, JsonObject cmdletInput, String cmdletName,
                               TokenService.AccessToken caller) throws IOException {
        long retryAfter = faults.throttle();
        if (retryAfter >= 0) {
            traffic.throttled();
            ErrorResponses.throttled(exchange, retryAfter);
            return;
        }
        int failure = faults.injectedFailure(cmdletName);
        if (failure != 0) {
            ErrorResponses.serverError(exchange, failure);
            return;
        }
        if (cmdletInput == null) {
            CmdletException malformed = CmdletException.parameterBinding(
                    "The request body must be {\"CmdletInput\":{\"CmdletName\":…,\"Parameters\":{…}}}.");
            ErrorResponses.cmdletFailure(exchange, malformed);
            return;
        }
        Cmdlet cmdlet = cmdlets.get(cmdletName.toLowerCase(Locale.ROOT));
        if (cmdlet == null) {
            ErrorResponses.forbidden(exchange, "The cmdlet '" + cmdletName + "' is not available to this caller.");
            return;
        }
        if (cmdlet.writes() && !caller.hasAnyDirectoryRole(ADMIN_ROLES)) {
            ErrorResponses.forbidden(exchange, "The caller's directory roles allow read-only cmdlets; '"
                    + cmdlet.name() + "' changes the organization.");
            return;
        }
        Map<String, String> query = HttpIo.query(exchange);
        String skipToken = query.get("$skiptoken");
        if (skipToken != null) {
            nextPage(exchange, tenantSegment, cmdlet, skipToken, query.get("$select"), pageSize(exchange));
            return;
        }
        run(exchange, tenantSegment, cmdlet, cmdletInput, caller, query.get("$select"));
    }

    private void run(HttpExchange exchange, String tenantSegment, Cmdlet cmdlet, JsonObject cmdletInput,
                     TokenService.AccessToken caller, String select) throws IOException {
        JsonObject parameters = cmdletInput.has("Parameters") && cmdletInput.get("Parameters").isJsonObject()
                ? cmdletInput.getAsJsonObject("Parameters") : new JsonObject();
        Cmdlet.Result result;
        try {
            Arguments arguments = Arguments.bind(cmdlet.name(), cmdlet.parameters(), parameters);
            CmdletCall call = new CmdletCall(cmdlet.name(), tenant, arguments, caller, faults.replicationLag());
            result = cmdlet.writes() ? tenant.write(() -> execute(cmdlet, call)) : tenant.read(() -> execute(cmdlet, call));
        } catch (CmdletFailed failed) {
            ErrorResponses.cmdletFailure(exchange, failed.failure);
            return;
        } catch (CmdletException failure) {
            ErrorResponses.cmdletFailure(exchange, failure);
            return;
        }
        if (cmdlet.writes() && faults.dropAfterCommit(cmdlet.name())) {
            LOG.log(System.Logger.Level.DEBUG, "Dropping the response to a committed " + cmdlet.name());
            throw new DroppedConnection();
        }
        respond(exchange, tenantSegment, cmdlet.name(), result.objects(), 0, result.warnings(), select, pageSize(exchange), null);
    }

    /** Runs the body under the lock and records a committed change in the change log. */
    private Cmdlet.Result execute(Cmdlet cmdlet, CmdletCall call) {
        try {
            Cmdlet.Result result = cmdlet.body().run(call);
            if (call.hasChanged()) {
                tenant.recordChange(cmdlet.name(), call.args().asSent(), call.caller().appId());
            }
            return result;
        } catch (CmdletException e) {
            throw new CmdletFailed(e);
        }
    }

    /** Carries a cmdlet failure out of the tenant lock's Supplier. */
    private static final class CmdletFailed extends RuntimeException {
        private final CmdletException failure;

        CmdletFailed(CmdletException failure) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
        }
    }

    /** Thrown out of the handler so that the JDK server closes the connection without answering. */
    static final class DroppedConnection extends RuntimeException {
        DroppedConnection() {
            super("simulated dropped connection", null, false, false);
        }
    }

    private void nextPage(HttpExchange exchange, String tenantSegment, Cmdlet cmdlet, String skipToken, String select,
                          int pageSize) throws IOException {
        int dot = skipToken.lastIndexOf('.');
        Pages.Listing listing = dot < 0 ? null : pages.get(skipToken.substring(0, dot));
        int offset = dot < 0 ? -1 : parseOffset(skipToken.substring(dot + 1));
        if (listing == null || !listing.cmdlet().equals(cmdlet.name()) || offset < 0
                || offset > listing.objects().size()) {
            ErrorResponses.notFoundRoute(exchange, "The page this link pointed to has expired or belongs to "
                    + "another listing; start the listing again.");
            return;
        }
        respond(exchange, tenantSegment, cmdlet.name(), listing.objects(), offset, List.of(), select, pageSize, skipToken.substring(0, dot));
    }

    private static int parseOffset(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Writes one page; {@code listing} names the kept listing, or is null for a first page (kept if more remain). */
    private void respond(HttpExchange exchange, String tenantSegment, String cmdlet, List<Map<String, Object>> objects,
                         int offset, List<String> warnings, String select, int pageSize, String listing)
            throws IOException {
        String origin = HttpIo.origin(exchange);
        String base = origin + "/adminapi/beta/" + tenantSegment;
        int end = Math.min(objects.size(), offset + pageSize);
        List<Map<String, Object>> page = new ArrayList<>(end - offset);
        for (Map<String, Object> object : objects.subList(offset, end)) {
            page.add(select == null ? object : project(object, select));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("@odata.context", base + "/$metadata#Collection(Exchange.GenericHashTable)");
        if (!warnings.isEmpty()) {
            body.put("@adminapi.warnings", warnings);
        }
        body.put("value", page);
        if (end < objects.size()) {
            String token = listing != null ? listing : pages.keep(cmdlet, objects);
            String link = base + "/InvokeCommand?$skiptoken=" + token + "." + end;
            if (select != null) {
                link += "&$select=" + URLEncoder.encode(select, StandardCharsets.UTF_8);
            }
            body.put("@odata.nextLink", link);
        }
        HttpIo.sendJson(exchange, 200, body);
    }

    private static Map<String, Object> project(Map<String, Object> object, String select) {
        Map<String, Object> projected = new LinkedHashMap<>();
        for (String wanted : select.split(",")) {
            String name = wanted.trim();
            object.keySet().stream().filter(k -> k.equalsIgnoreCase(name)).findFirst()
                    .ifPresent(k -> projected.put(k, object.get(k)));
        }
        return projected;
    }

    private static int pageSize(HttpExchange exchange) {
        String prefer = exchange.getRequestHeaders().getFirst("Prefer");
        if (prefer != null) {
            Matcher matcher = MAX_PAGE_SIZE.matcher(prefer.replace(" ", ""));
            if (matcher.find()) {
                int size = Integer.parseInt(matcher.group(1));
                return Math.max(1, Math.min(size, DEFAULT_PAGE_SIZE));
            }
        }
        return DEFAULT_PAGE_SIZE;
    }

    /** Checks the bearer token as Exchange does; answers 401/403 itself and returns null when refused. */
    private TokenService.AccessToken authenticate(HttpExchange exchange, String tenantSegment) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ErrorResponses.unauthorized(exchange, "The request has no bearer token.");
            return null;
        }
        TokenService.AccessToken token;
        try {
            token = tokens.verify(authorization.substring(7).trim(), AUDIENCES);
        } catch (TokenService.InvalidTokenException e) {
            ErrorResponses.unauthorized(exchange, e.getMessage());
            return null;
        }
        String tenantId = tenant.organization().tenantId;
        if (!tenantId.equalsIgnoreCase(token.tenantId())) {
            ErrorResponses.unauthorized(exchange, "The token was issued for another tenant.");
            return null;
        }
        if (!tenantSegment.equalsIgnoreCase(tenantId)
                && !tenantSegment.equalsIgnoreCase(tenant.organization().initialDomain)) {
            ErrorResponses.unauthorized(exchange, "The tenant '" + tenantSegment + "' in the URL is not the token's tenant.");
            return null;
        }
        if (!token.hasRole("Exchange.ManageAsApp")) {
            ErrorResponses.unauthorized(exchange, "The token has no Exchange.ManageAsApp role: grant the application "
                    + "that permission on Office 365 Exchange Online and consent to it.");
            return null;
        }
        if (!token.hasAnyDirectoryRole(ADMIN_ROLES) && !token.hasAnyDirectoryRole(READER_ROLES)) {
            ErrorResponses.forbidden(exchange, "The application holds no Exchange administrative role: assign it the "
                    + "Exchange Administrator directory role.");
            return null;
        }
        return token;
    }

    private static void sleep(java.time.Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
