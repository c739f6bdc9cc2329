package io.roomgate.testfixtures;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.AzureIdentityAuthenticationProvider;
import io.roomgate.localtenant.TenantSimulator;
import okhttp3.OkHttpClient;


/**
 * Microsoft's own clients configured (not patched) for a simulated tenant: azure-identity with the simulator as
 * authority host, and the Graph SDK with the simulator's Graph base URL, both trusting its certificate only.
 */
public final class SimulatorGraph {
    public static final String GRAPH_DEFAULT_SCOPE = "https://graph.microsoft.com/.default";

    private SimulatorGraph() {
    }

    public static TokenCredential credential(TenantSimulator simulator, String clientId, String clientSecret) {
        return new ClientSecretCredentialBuilder()
                .authorityHost(simulator.authorityHost())
                .tenantId(simulator.tenantId())
                .clientId(clientId)
                .clientSecret(clientSecret)
                .disableInstanceDiscovery()
                .httpClient(new JdkHttpClientBuilder(java.net.http.HttpClient.newBuilder()
                        .sslContext(simulator.clientSslContext())).build())
                .build();
    }

    /** A Graph SDK client acting as the app {@code clientId}, talking to the simulator's Graph. */
    public static GraphServiceClient client(TenantSimulator simulator, String clientId, String clientSecret) {
        var authentication = new AzureIdentityAuthenticationProvider(credential(simulator, clientId, clientSecret),
                new String[] {"127.0.0.1"}, GRAPH_DEFAULT_SCOPE);
        OkHttpClient http = GraphClientFactory.create()
                .sslSocketFactory(simulator.clientSslContext().getSocketFactory(), simulator.clientTrustManager())
                .build();
        GraphServiceClient graph = new GraphServiceClient(authentication, http);
        graph.getRequestAdapter().setBaseUrl(simulator.graphEndpoint());
        return graph;
    }

    /** The deploying admin's Graph client (Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All, …). */
    public static GraphServiceClient deployer(TenantSimulator simulator) {
        return client(simulator, simulator.deployerApp().clientId(), simulator.deployerApp().clientSecret());
    }
}
