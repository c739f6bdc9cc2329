package io.roomgate.exchange;

import com.azure.core.credential.TokenCredential;
import com.azure.core.exception.ClientAuthenticationException;
import com.microsoft.aad.msal4j.MsalServiceException;
import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.models.AppRole;
import com.microsoft.graph.models.AppRoleAssignment;
import com.microsoft.graph.models.AppRoleAssignmentCollectionResponse;
import com.microsoft.graph.models.ServicePrincipal;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.ApiException;
import com.microsoft.kiota.authentication.AzureIdentityAuthenticationProvider;
import okhttp3.OkHttpClient;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.security.GeneralSecurityException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Microsoft Graph application permissions an app holds tenant-wide (its service principal's app role
 * assignments on Microsoft Graph), read with the Graph SDK as the deploying app, with the same credential, authority
 * and TLS trust as the Exchange admin client. Reading them needs {@link #READ_PERMISSION} (or Directory.Read.All).
 */
public final class GraphAppPermissions {
    public static final String GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";
    public static final String READ_PERMISSION = "Application.Read.All";
    public static final URI PUBLIC_CLOUD_GRAPH = URI.create("https://graph.microsoft.com/v1.0");
    private static final int MAX_PAGES = 100;

    private final GraphServiceClient graph;
    private final String deployer;
    private final Redactor redactor;

    private GraphAppPermissions(GraphServiceClient graph, String deployer, Redactor redactor) {
        this.graph = graph;
        this.deployer = deployer;
        this.redactor = redactor;
    }

    /**
     * @param graphBaseUrl e.g. {@link #PUBLIC_CLOUD_GRAPH}, a national cloud's, or the simulator's {@code /v1.0}
     * @param trust        trust for a Graph with a private certificate (the simulator), or null for the JVM's
     *                     (tokens are fetched as the Exchange client fetches them, with the options' TLS context)
     */
    public static GraphAppPermissions connect(ExchangeClientOptions options, URI graphBaseUrl, X509TrustManager trust) {
        TokenCredential credential = Credentials.build(options, InvokeCommandClient.httpClient(options));
        String base = graphBaseUrl.toString().replaceAll("/+$", "");
        var authentication = new AzureIdentityAuthenticationProvider(credential,
                new String[] {graphBaseUrl.getHost()}, scopeFor(graphBaseUrl));
        OkHttpClient.Builder http = GraphClientFactory.create(GraphServiceClient.getGraphClientOptions())
                .callTimeout(options.callTimeout());
        if (trust != null) {
            http.sslSocketFactory(trusting(trust).getSocketFactory(), trust);
        }
        GraphServiceClient graph = new GraphServiceClient(authentication, http.build());
        graph.getRequestAdapter().setBaseUrl(base);
        return new GraphAppPermissions(graph, options.credential().describe(),
                new Redactor(Credentials.secretsOf(options.credential())));
    }

    private static SSLContext trusting(X509TrustManager trust) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trust}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not set up TLS for Microsoft Graph: " + e.getMessage(), e);
        }
    }

    /** Graph's token scope in each cloud is its own host; any other host (the simulator) gets the public cloud's. */
    static String scopeFor(URI graphBaseUrl) {
        String host = graphBaseUrl.getHost() == null ? "" : graphBaseUrl.getHost().toLowerCase(Locale.ROOT);
        boolean microsoftGraph = host.equals("graph.microsoft.com") || host.equals("graph.microsoft.us")
                || host.equals("dod-graph.microsoft.us") || host.equals("microsoftgraph.chinacloudapi.cn");
        return "https://" + (microsoftGraph ? host : "graph.microsoft.com") + "/.default";
    }

    /**
     * Values of the Microsoft Graph application roles the app holds, e.g. {@code [Calendars.ReadWrite]}; empty when
     * the app has no service principal in the tenant (then it holds nothing).
     *
     * @throws GraphReadException when Graph could not be asked or refused the deploying app
     */
    public List<String> graphApplicationRoles(String appId) {
        Optional<ServicePrincipal> app = servicePrincipal(appId);
        if (app.isEmpty()) {
            return List.of();
        }
        ServicePrincipal graphItself = servicePrincipal(GRAPH_APP_ID).orElseThrow(() -> new GraphReadException(
                false, "Microsoft Graph has no service principal in this tenant; cannot name app roles"));
        Map<UUID, String> roleNames = graphItself.getAppRoles() == null ? Map.of()
                : graphItself.getAppRoles().stream().filter(role -> role.getId() != null && role.getValue() != null)
                .collect(Collectors.toMap(AppRole::getId, AppRole::getValue, (a, b) -> a));
        UUID graphId = UUID.fromString(graphItself.getId());
        List<String> held = new ArrayList<>();
        for (AppRoleAssignment assignment : assignments(app.get().getId())) {
            if (graphId.equals(assignment.getResourceId()) && assignment.getAppRoleId() != null) {
                held.add(roleNames.getOrDefault(assignment.getAppRoleId(), assignment.getAppRoleId().toString()));
            }
        }
        return held;
    }

    private Optional<ServicePrincipal> servicePrincipal(String appId) {
        try {
            return Optional.ofNullable(ask("the service principal of app " + appId,
                    g -> g.servicePrincipalsWithAppId(appId).get()));
        } catch (GraphReadException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private List<AppRoleAssignment> assignments(String servicePrincipalId) {
        String what = "the app role assignments of service principal " + servicePrincipalId;
        var builder = graph.servicePrincipals().byServicePrincipalId(servicePrincipalId).appRoleAssignments();
        AppRoleAssignmentCollectionResponse page = ask(what, g -> builder.get());
        List<AppRoleAssignment> all = new ArrayList<>();
        for (int pages = 1; page != null; pages++) {
            if (page.getValue() != null) {
                all.addAll(page.getValue());
            }
            String next = page.getOdataNextLink();
            if (next == null || pages >= MAX_PAGES) {
                break;
            }
            page = ask(what, g -> builder.withUrl(next).get());
        }
        return all;
    }

    private <T> T ask(String what, Function<GraphServiceClient, T> call) {
        try {
            return call.apply(graph);
        } catch (ApiException refused) {
            int status = refused.getResponseStatusCode();
            String said = refused instanceof ODataError odata && odata.getError() != null
                    ? odata.getError().getCode() + ": " + odata.getError().getMessage() : refused.getMessage();
            boolean denied = status == 401 || status == 403;
            throw new GraphReadException(denied, status, "Microsoft Graph refused to show " + what + " to the "
                    + deployer + " (HTTP " + status + " " + redactor.echo(said) + ")"
                    + (denied ? "; grant the deploying app the Microsoft Graph application permission "
                    + READ_PERMISSION + " (with admin consent)" : ""), refused);
        } catch (RuntimeException failed) {
            Throwable cause = failed;
            boolean noToken = false;
            for (int depth = 0; depth < 8 && cause.getCause() != null && cause.getCause() != cause; depth++) {
                noToken |= cause instanceof ClientAuthenticationException || cause instanceof MsalServiceException;
                cause = cause.getCause();
            }
            noToken |= cause instanceof ClientAuthenticationException || cause instanceof MsalServiceException;
            throw new GraphReadException(noToken, 0, (noToken ? "could not get a Microsoft Graph token for the "
                    + deployer + " to read " + what + ": " : "could not read " + what + " from Microsoft Graph: ")
                    + redactor.echo(String.valueOf(cause.getMessage()))
                    + (noToken ? "; the deploying app needs the Microsoft Graph application permission "
                    + READ_PERMISSION + " (with admin consent)" : "; check the network and run again"), failed);
        }
    }

    /** Graph could not be asked, or refused the deploying app ({@link #denied()}: a missing permission). */
    public static final class GraphReadException extends RuntimeException {
        private final boolean denied;
        private final int status;

        GraphReadException(boolean denied, String message) {
            this(denied, 0, message, null);
        }

        public GraphReadException(boolean denied, int status, String message, Throwable cause) {
            super(message, cause);
            this.denied = denied;
            this.status = status;
        }

        /** The deploying app was refused a token or the read: it lacks {@link #READ_PERMISSION}. */
        public boolean denied() {
            return denied;
        }

        /** Graph's HTTP status, or 0 when no answer came. */
        public int status() {
            return status;
        }
    }
}
