package io.roomgate.localtenant;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.roomgate.localtenant.directory.GraphDirectory;
import io.roomgate.localtenant.exchange.ExchangeAdminEndpoint;
import io.roomgate.localtenant.faults.Faults;
import io.roomgate.localtenant.faults.Traffic;
import io.roomgate.localtenant.graph.GraphEndpoint;
import io.roomgate.localtenant.identity.CloudMetadataEndpoint;
import io.roomgate.localtenant.identity.IdentityEndpoint;
import io.roomgate.localtenant.identity.TokenService;
import io.roomgate.localtenant.tenant.ChangeLog;
import io.roomgate.localtenant.tenant.Seeder;
import io.roomgate.localtenant.tenant.SimulatedClock;
import io.roomgate.localtenant.tenant.Tenant;
import io.roomgate.localtenant.tenant.TenantState;
import io.roomgate.localtenant.tenant.TenantStore;
import io.roomgate.localtenant.tls.LoopbackTls;

import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running local tenant: one HTTPS listener on 127.0.0.1 serving the token service (at the root, as
 * {@code login.microsoftonline.com} does), the Exchange admin API ({@code /adminapi/}) and Microsoft Graph
 * ({@code /v1.0/}: {@link GraphEndpoint} for users, calendars and places, {@link GraphDirectory} for applications,
 * service principals and grants), all over the same {@link Tenant}; more can be {@link #mount mounted}.
 *
 * <pre>{@code
 * try (TenantSimulator sim = TenantSimulator.start(SimulatorOptions.defaults())) {
 *     ClientSecretCredential credential = new ClientSecretCredentialBuilder()
 *             .authorityHost(sim.authorityHost()).tenantId(sim.tenantId())
 *             .clientId(sim.deployerApp().clientId()).clientSecret(sim.deployerApp().clientSecret())
 *             .disableInstanceDiscovery().httpClient(...trusting sim.clientSslContext()...).build();
 * }
 * }</pre>
 */
public final class TenantSimulator implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(TenantSimulator.class.getName());
    /** The JDK HTTP server's switch for {@code TCP_NODELAY} on the connections it accepts. */
    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        preferNoDelay(System.getProperties());
    }

    private final HttpsServer server;
    private final ExecutorService executor;
    private final LoopbackTls tls;
    private final Tenant tenant;
    private final TenantStore store;
    private final TokenService tokens;
    private final Faults faults;
    private final Traffic traffic;
    private final String origin;
    private final java.util.Set<String> mounted = new java.util.HashSet<>();

    private TenantSimulator(HttpsServer server, ExecutorService executor, LoopbackTls tls, Tenant tenant,
                            TenantStore store, TokenService tokens, Faults faults, Traffic traffic) {
        this.server = server;
        this.executor = executor;
        this.tls = tls;
        this.tenant = tenant;
        this.store = store;
        this.tokens = tokens;
        this.faults = faults;
        this.traffic = traffic;
        this.origin = "https://127.0.0.1:" + server.getAddress().getPort();
    }

    public static TenantSimulator start(SimulatorOptions options) {
        SimulatedClock clock = new SimulatedClock();
        TenantState state = options.stateFile().flatMap(TenantStore::load)
                .orElseGet(() -> new Seeder(options.seed(), options.organization(), options.rooms()).seed());
        Tenant tenant = new Tenant(state, clock);
        TenantStore store = options.stateFile().map(file -> TenantStore.attach(file, tenant)).orElse(null);
        LoopbackTls tls = LoopbackTls.generate();
        TokenService tokens = new TokenService(clock::now);
        Faults faults = new Faults();
        Traffic traffic = new Traffic();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "tenant-simulator-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        HttpsServer server;
        try {
            server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 256);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not listen on 127.0.0.1:" + options.port(), e);
        }
        server.setHttpsConfigurator(new HttpsConfigurator(tls.serverContext()));
        server.setExecutor(executor);
        TenantSimulator simulator = new TenantSimulator(server, executor, tls, tenant, store, tokens, faults, traffic);
        simulator.mount("/", new IdentityEndpoint(tenant, tokens, faults::tokenLifetime));
        simulator.mount("/adminapi/", new ExchangeAdminEndpoint(tenant, tokens, faults, traffic));
        GraphEndpoint.mountOn(simulator);
        GraphDirectory.mountOn(simulator);
        simulator.mount(CloudMetadataEndpoint.PATH, new CloudMetadataEndpoint());
        server.start();
        LOG.log(System.Logger.Level.INFO, "Tenant simulator for " + tenant.organization().initialDomain
                + " listening on " + simulator.origin);
        return simulator;
    }

    /**
     * Without {@code TCP_NODELAY} the JDK server's small answers wait for the client's delayed ACK, ~40 ms a call.
     * The JDK reads the property once per JVM, when its first HTTP server is made, so it is set here, as this class
     * loads, before this class makes one; an explicit value (either way) is kept. It comes too late only if something
     * else in the same JVM made a JDK HTTP server first: set {@code -Dsun.net.httpserver.nodelay=true} there.
     */
    static void preferNoDelay(java.util.Properties system) {
        if (system.getProperty(NO_DELAY) == null) {
            system.setProperty(NO_DELAY, "true");
        }
    }

    /**
     * Serves a path prefix with a handler over the same tenant. The longest mounted prefix wins; mounting a prefix
     * again replaces its handler (so a test can mount its own configured Graph endpoint over the default one).
     */
    public synchronized void mount(String pathPrefix, HttpHandler handler) {
        if (mounted.contains(pathPrefix)) {
            server.removeContext(pathPrefix);
        }
        server.createContext(pathPrefix, handler);
        mounted.add(pathPrefix);
    }

    /** The token service's authority host, for azure-identity's {@code authorityHost(...)}. */
    public String authorityHost() {
        return origin + "/";
    }

    /** Base URL of the Exchange admin API: the client calls {@code {base}/adminapi/beta/{tenant}/InvokeCommand}. */
    public String exchangeEndpoint() {
        return origin;
    }

    /** Base URL for Microsoft Graph ({@code {origin}/v1.0}), as the Graph SDK's base URL. */
    public String graphEndpoint() {
        return origin + "/v1.0";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String tenantId() {
        return tenant.organization().tenantId;
    }

    /** The initial domain, e.g. {@code contoso.onmicrosoft.com}. */
    public String organization() {
        return tenant.organization().initialDomain;
    }

    /** The deploying admin's app: client secret and certificate, Exchange.ManageAsApp, Exchange Administrator. */
    public AppCredentials deployerApp() {
        TenantState.SeededApps apps = tenant.read(() -> tenant.state().seededApps);
        return new AppCredentials(Seeder.DEPLOYER_NAME, apps.deployerAppId, apps.deployerSecret,
                apps.deployerCertificatePem);
    }

    /** The room-booking platform's existing app (client secret, no grants until roomgate makes them). */
    public AppCredentials platformApp() {
        TenantState.SeededApps apps = tenant.read(() -> tenant.state().seededApps);
        return new AppCredentials(Seeder.PLATFORM_NAME, apps.platformAppId, apps.platformSecret, null);
    }

    /** A TLS client context that trusts this simulator (and nothing else). */
    public SSLContext clientSslContext() {
        return tls.clientContext();
    }

    public KeyStore trustStore() {
        return tls.trustStore();
    }

    /** Trust for the simulator's certificate, for clients (OkHttp) that take a trust manager beside the context. */
    public X509TrustManager clientTrustManager() {
        return tls.trustManager();
    }

    /**
     * The RSA public key (.NET {@code <RSAKeyValue>} XML) a client encrypts passwords with for New-Mailbox, as real
     * Exchange's is shipped in its PowerShell module: {@code exchangeonline:passwordEncryptionKey}.
     */
    public String passwordEncryptionKey() {
        return io.roomgate.localtenant.exchange.SecureStrings.local().publicKeyXml();
    }

    public String certificatePem() {
        return tls.certificatePem();
    }

    public void writeCertificatePem(Path file) {
        tls.writeCertificatePem(file);
    }

    public Tenant tenant() {
        return tenant;
    }

    public TokenService tokens() {
        return tokens;
    }

    public Faults faults() {
        return faults;
    }

    public Traffic traffic() {
        return traffic;
    }

    public ChangeLog changeLog() {
        return tenant.changeLog();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (store != null) {
            store.close();
        }
    }
}
