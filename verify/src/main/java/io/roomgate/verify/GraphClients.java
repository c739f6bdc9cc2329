package io.roomgate.verify;

import com.azure.core.credential.TokenCredential;
import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.AzureIdentityAuthenticationProvider;
import java.net.URI;
import io.roomgate.exchange.TlsTrust;
import okhttp3.OkHttpClient;

/**
 * A Graph SDK client for any Graph: the public cloud, a national cloud, or the local simulator. Only configuration:
 * the request adapter's base URL, the token scope, and an OkHttp client (with the SDK's own middleware: retry,
 * redirect, telemetry) that trusts the given certificate.
 */
public final class GraphClients {
    private GraphClients() {
    }

    /** The token scope for a Graph resource: {@code https://graph.microsoft.com} → {@code …/.default}. */
    public static String scopeOf(String resource) {
        return resource.replaceAll("/+$", "") + "/.default";
    }

    /**
     * @param baseUrl  e.g. {@code https://graph.microsoft.com/v1.0}, or the simulator's {@code graphEndpoint()}
     * @param resource what tokens are requested for; the simulator answers for the public cloud's
     * @param trust    trust for a server with a private certificate, or null for the JDK's trust store
     */
    public static GraphServiceClient create(TokenCredential credential, URI baseUrl, String resource, TlsTrust trust) {
        var authentication = new AzureIdentityAuthenticationProvider(credential, new String[] {baseUrl.getHost()},
                scopeOf(resource));
        OkHttpClient.Builder http = GraphClientFactory.create(GraphServiceClient.getGraphClientOptions());
        if (trust != null) {
            http.sslSocketFactory(trust.context().getSocketFactory(), trust.trustManager());
        }
        var graph = new GraphServiceClient(authentication, http.build());
        graph.getRequestAdapter().setBaseUrl(baseUrl.toString().replaceAll("/+$", ""));
        return graph;
    }
}
