package io.roomgate.testfixtures;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.AzureIdentityAuthenticationProvider;
import io.roomgate.localtenant.TenantSimulator;
import okhttp3.OkHttpClient;

import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;


/**
 * Microsoft's own clients configured (not patched) for a simulated tenant: azure-identity with the simulator as
 * authority host, and the Graph SDK with the simulator's Graph base URL, both trusting its certificate only.
 */
public final class SimulatorGraph {
    public static final String GRAPH_DEFAULT_SCOPE = "https://graph.microsoft.com/.default";

    private SimulatorGraph() {
    }

    public static TokenCredential credential(TenantSimulator simulator, String clientId, String clientSecret) {
        return credential(simulator.authorityHost(), simulator.tenantId(), simulator.clientSslContext(), clientId,
                clientSecret);
    }

    /** azure-identity's client-secret credential against a local tenant's token service, trusting {@code tls}. */
    public static TokenCredential credential(String authorityHost, String tenantId, SSLContext tls, String clientId,
                                             String clientSecret) {
        return new ClientSecretCredentialBuilder()
                .authorityHost(authorityHost)
                .tenantId(tenantId)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .disableInstanceDiscovery()
                .httpClient(new JdkHttpClientBuilder(java.net.http.HttpClient.newBuilder().sslContext(tls)).build())
                .build();
    }

    /** A Graph SDK client acting as the app {@code clientId}, talking to the simulator's Graph. */
    public static GraphServiceClient client(TenantSimulator simulator, String clientId, String clientSecret) {
        return client(simulator.graphEndpoint(), simulator.authorityHost(), simulator.tenantId(),
                simulator.clientSslContext(), simulator.clientTrustManager(), clientId, clientSecret);
    }

    /** A Graph SDK client acting as the app {@code clientId} on a local tenant's Graph, trusting {@code trust}. */
    public static GraphServiceClient client(String graphEndpoint, String authorityHost, String tenantId,
                                            SSLContext tls, X509TrustManager trust, String clientId,
                                            String clientSecret) {
        var authentication = new AzureIdentityAuthenticationProvider(credential(authorityHost, tenantId, tls,
                clientId, clientSecret), new String[] {"127.0.0.1"}, GRAPH_DEFAULT_SCOPE);
        OkHttpClient http = GraphClientFactory.create().sslSocketFactory(tls.getSocketFactory(), trust).build();
        GraphServiceClient graph = new GraphServiceClient(authentication, http);
        graph.getRequestAdapter().setBaseUrl(graphEndpoint);
        return graph;
    }

    /** The deploying admin's Graph client (Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All, …). */
    public static GraphServiceClient deployer(TenantSimulator simulator) {
        return client(simulator, simulator.deployerApp().clientId(), simulator.deployerApp().clientSecret());
    }
}
