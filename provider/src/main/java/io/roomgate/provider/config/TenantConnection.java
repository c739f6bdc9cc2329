package io.roomgate.provider.config;

import io.grpc.Status;
import io.roomgate.exchange.CredentialSource;
import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.exchange.ExchangeAdminClient;
import io.roomgate.exchange.ExchangeClientOptions;
import io.roomgate.exchange.GraphAppPermissions;
import io.roomgate.exchange.InvokeCommandClient;
import io.roomgate.exchange.TlsTrust;
import io.roomgate.provider.EngineLog;
import io.roomgate.provider.framework.ProviderException;
import io.roomgate.provider.handlers.CalendarGrants;

import java.net.URI;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Binds the provider to the tenant its configuration names: the Exchange admin client with the configured
 * credential and endpoints, or, for {@code local}, those of the running local tenant whose connection file it names.
 */
public final class TenantConnection implements Consumer<ProviderConfig>, Supplier<ExchangeAdmin> {
    private final Function<ExchangeClientOptions, ExchangeAdmin> clients;
    private final Path workingDirectory;
    private final EngineLog log;
    private volatile ExchangeAdmin admin;
    private volatile Supplier<GraphAppPermissions> graph;

    public TenantConnection(Function<ExchangeClientOptions, ExchangeAdmin> clients, Path workingDirectory, EngineLog log) {
        this.clients = clients;
        this.workingDirectory = workingDirectory;
        this.log = log;
    }

    public static TenantConnection production(EngineLog log) {
        return new TenantConnection(options -> new ExchangeAdminClient(
                new OperationGate(InvokeCommandClient.create(options)), options), Path.of("").toAbsolutePath(), log);
    }

    @Override
    public synchronized void accept(ProviderConfig config) {
        ExchangeClientOptions options;
        URI graphBase;
        if (config.local() != null) {
            Path file = workingDirectory.resolve(config.local()).normalize();
            LocalTenantConnection local = LocalTenantConnection.open(file);
            TlsTrust tls = local.trust();
            options = local.clientOptions(tls).maxConcurrency(config.maxConcurrency() != null
                    ? config.maxConcurrency() : ExchangeClientOptions.DEFAULT_MAX_CONCURRENCY).build();
            graphBase = URI.create(local.graphEndpoint());
            log.info("", "local tenant " + local.organization() + " at " + local.exchangeEndpoint() + " (" + file + ")");
        } else {
            options = remote(config);
            graphBase = config.graphEndpoint() != null ? URI.create(config.graphEndpoint())
                    : GraphAppPermissions.PUBLIC_CLOUD_GRAPH;
        }
        admin = clients.apply(options);
        // Built on first use: most runs never delete an access policy.
        graph = memoize(() -> GraphAppPermissions.connect(options, graphBase));
    }

    @Override
    public ExchangeAdmin get() {
        ExchangeAdmin bound = admin;
        if (bound == null) {
            throw new ProviderException(Status.Code.FAILED_PRECONDITION,
                    "the exchangeonline provider is not configured yet (the engine calls Configure first)");
        }
        return bound;
    }

    private ExchangeClientOptions remote(ProviderConfig config) {
        if (config.tenantId() == null) {
            throw ProviderException.invalidInput("exchangeonline:tenantId is not set; set it with `pulumi config set "
                    + "exchangeonline:tenantId <tenant GUID>` or AZURE_TENANT_ID, or use exchangeonline:local for the "
                    + "local tenant");
        }
        ExchangeClientOptions.Builder builder = ExchangeClientOptions.builder(config.tenantId(), credential(config))
                .organization(config.organization());
        if (config.endpoint() != null) {
            builder.endpoint(URI.create(config.endpoint()));
        }
        if (config.authorityHost() != null) {
            builder.authorityHost(URI.create(config.authorityHost()));
        }
        if (config.maxConcurrency() != null) {
            builder.maxConcurrency(config.maxConcurrency());
        }
        builder.passwordEncryptionKey(config.passwordEncryptionKey());
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw ProviderException.invalidInput("exchangeonline configuration: " + e.getMessage());
        }
    }

    private CredentialSource credential(ProviderConfig config) {
        if (Boolean.TRUE.equals(config.useManagedIdentity())) {
            return new CredentialSource.ManagedIdentity(config.clientId());
        }
        if (Boolean.TRUE.equals(config.useDeviceCode())) {
            return new CredentialSource.DeviceCode(config.clientId(), prompt -> log.warning("", prompt));
        }
        if (config.clientId() != null && config.clientSecret() != null) {
            return new CredentialSource.ClientSecret(config.clientId(), config.clientSecret());
        }
        if (config.clientId() != null && config.clientCertificatePath() != null) {
            return new CredentialSource.ClientCertificate(config.clientId(), config.clientCertificatePath(),
                    config.clientCertificatePassword());
        }
        if (config.clientId() == null) {
            throw ProviderException.invalidInput("no credential for Exchange: set exchangeonline:clientId with "
                    + "exchangeonline:clientSecret or exchangeonline:clientCertificatePath (or AZURE_CLIENT_ID with "
                    + "AZURE_CLIENT_SECRET), or exchangeonline:useManagedIdentity / useDeviceCode");
        }
        throw ProviderException.invalidInput("exchangeonline:clientId is set but no secret or certificate for it: set "
                + "exchangeonline:clientSecret (as a secret) or exchangeonline:clientCertificatePath");
    }

    /** The app's tenant-wide Graph calendar grants, read from the tenant's directory through Microsoft Graph. */
    public CalendarGrants calendarGrants() {
        return new GraphCalendarGrants(() -> {
            Supplier<GraphAppPermissions> bound = graph;
            if (bound == null) {
                throw new ProviderException(Status.Code.FAILED_PRECONDITION,
                        "the exchangeonline provider is not configured yet (the engine calls Configure first)");
            }
            return bound.get();
        });
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
