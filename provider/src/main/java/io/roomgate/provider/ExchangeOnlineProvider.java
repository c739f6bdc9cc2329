package io.roomgate.provider;

import com.google.protobuf.Empty;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.roomgate.provider.codec.PropertyCodec;
import io.roomgate.provider.config.ConfigResolver;
import io.roomgate.provider.config.ProviderConfig;
import io.roomgate.provider.framework.ErrorMapping;
import io.roomgate.provider.framework.FunctionEndpoint;
import io.roomgate.provider.framework.Operations;
import io.roomgate.provider.framework.PropertyDiff;
import io.roomgate.provider.framework.ProviderException;
import io.roomgate.provider.framework.ResourceEndpoint;
import io.roomgate.provider.framework.SchemaGenerator;
import io.roomgate.provider.framework.Validation;
import pulumirpc.Plugin.PluginInfo;
import pulumirpc.Provider;
import pulumirpc.ResourceProviderGrpc;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The gRPC {@code ResourceProvider} service the engine talks to: protocol flags, configuration, and dispatch of
 * every resource RPC to the endpoint of its type token. Every call answers with a value or an explicit status.
 */
public final class ExchangeOnlineProvider extends ResourceProviderGrpc.ResourceProviderImplBase {
    public static final String PACKAGE = "exchangeonline";
    /** What the provider manages, in the admin's words: the framework's messages say it ("nothing was changed in Exchange"). */
    static final String SERVICE = "Exchange";
    private static final String DESCRIPTION = "Exchange Online objects that room-booking platforms need: mail-enabled "
            + "security groups, application access policies, RBAC for Applications, calendar processing and "
            + "mailbox/folder permissions.";

    private final Map<String, ResourceEndpoint<?>> resources = new LinkedHashMap<>();
    private final Map<String, FunctionEndpoint<?, ?>> functions = new LinkedHashMap<>();
    private final Consumer<ProviderConfig> connector;
    private final Map<String, String> environment;
    private final EngineLog log;
    private final ErrorMapping errors;
    private final Operations operations;
    private volatile String schema;

    /**
     * @param connector   binds the handlers to the tenant the configuration names
     * @param domainErrors translates failures of the Exchange client into provider failures
     */
    public ExchangeOnlineProvider(Collection<ResourceEndpoint<?>> resources, Collection<FunctionEndpoint<?, ?>> functions,
                                  Consumer<ProviderConfig> connector, Function<Throwable, ProviderException> domainErrors,
                                  Map<String, String> environment, EngineLog log) {
        resources.forEach(r -> this.resources.put(r.handler().token(), r));
        functions.forEach(f -> this.functions.put(f.handler().token(), f));
        this.connector = connector;
        this.environment = environment;
        this.log = log;
        this.errors = new ErrorMapping(SERVICE, domainErrors);
        this.operations = new Operations(log, SERVICE);
    }

    @Override
    public void handshake(Provider.ProviderHandshakeRequest request,
                          StreamObserver<Provider.ProviderHandshakeResponse> response) {
        answer(response, "Handshake", PACKAGE, () -> {
            log.connect(request.getEngineAddress());
            return Provider.ProviderHandshakeResponse.newBuilder()
                    .setAcceptSecrets(true).setAcceptResources(false).setAcceptOutputs(false).build();
        });
    }

    @Override
    public void getPluginInfo(Empty request, StreamObserver<PluginInfo> response) {
        answer(response, "GetPluginInfo", PACKAGE,
                () -> PluginInfo.newBuilder().setVersion(PluginVersion.get()).build());
    }

    @Override
    public void getSchema(Provider.GetSchemaRequest request, StreamObserver<Provider.GetSchemaResponse> response) {
        answer(response, "GetSchema", PACKAGE, () -> Provider.GetSchemaResponse.newBuilder().setSchema(schema()).build());
    }

    /** The package schema, generated once from the handlers' declarations. */
    public String schema() {
        if (schema == null) {
            schema = new SchemaGenerator(PACKAGE, "Exchange Online", PluginVersion.get())
                    .generate(DESCRIPTION, ConfigResolver.SHAPE, resources.values(), functions.values());
        }
        return schema;
    }

    @Override
    public void checkConfig(Provider.CheckRequest request, StreamObserver<Provider.CheckResponse> response) {
        answer(response, "CheckConfig", request.getUrn(), () -> {
            Map<String, Object> news = PropertyCodec.decode(request.getNews());
            news.remove("version");
            Validation validation = Validation.of(ConfigResolver.SHAPE, ConfigResolver.normalize(news));
            return Provider.CheckResponse.newBuilder()
                    .setInputs(request.getNews())
                    .addAllFailures(validation.failures().asList()).build();
        });
    }

    @Override
    public void diffConfig(Provider.DiffRequest request, StreamObserver<Provider.DiffResponse> response) {
        answer(response, "DiffConfig", request.getUrn(), () -> PropertyDiff.diff(ConfigResolver.SHAPE,
                PropertyCodec.decode(request.getOlds()), PropertyCodec.decode(request.getNews())));
    }

    @Override
    public void configure(Provider.ConfigureRequest request, StreamObserver<Provider.ConfigureResponse> response) {
        answer(response, "Configure", PACKAGE, () -> {
            Map<String, Object> args = PropertyCodec.decode(request.getArgs());
            args.remove("version");
            ProviderConfig config = ConfigResolver.resolve(args, request.getVariablesMap(), environment);
            connector.accept(config);
            return Provider.ConfigureResponse.newBuilder()
                    .setAcceptSecrets(true).setSupportsPreview(true).setAcceptResources(false).build();
        });
    }

    @Override
    public void check(Provider.CheckRequest request, StreamObserver<Provider.CheckResponse> response) {
        answer(response, "Check", request.getUrn(),
                () -> resource(request.getType(), request.getUrn()).check(request));
    }

    @Override
    public void diff(Provider.DiffRequest request, StreamObserver<Provider.DiffResponse> response) {
        answer(response, "Diff", request.getUrn(), () -> resource(request.getType(), request.getUrn()).diff(request));
    }

    @Override
    public void create(Provider.CreateRequest request, StreamObserver<Provider.CreateResponse> response) {
        answer(response, "Create", request.getUrn(), () -> operations.run(request.getUrn(), "create",
                request.getTimeout(), operation -> resource(request.getType(), request.getUrn())
                        .create(request, operation)));
    }

    @Override
    public void read(Provider.ReadRequest request, StreamObserver<Provider.ReadResponse> response) {
        answer(response, "Read", request.getUrn(), () -> operations.run(request.getUrn(), "refresh",
                request.getTimeout(), operation -> resource(request.getType(), request.getUrn())
                        .read(request, operation)));
    }

    @Override
    public void update(Provider.UpdateRequest request, StreamObserver<Provider.UpdateResponse> response) {
        answer(response, "Update", request.getUrn(), () -> operations.run(request.getUrn(), "update",
                request.getTimeout(), operation -> resource(request.getType(), request.getUrn())
                        .update(request, operation)));
    }

    @Override
    public void delete(Provider.DeleteRequest request, StreamObserver<Empty> response) {
        answer(response, "Delete", request.getUrn(), () -> operations.run(request.getUrn(), "delete",
                request.getTimeout(), operation -> {
                    resource(request.getType(), request.getUrn()).delete(request, operation);
                    return Empty.getDefaultInstance();
                }));
    }

    @Override
    public void invoke(Provider.InvokeRequest request, StreamObserver<Provider.InvokeResponse> response) {
        answer(response, "Invoke", request.getTok(), () -> {
            FunctionEndpoint<?, ?> function = functions.get(request.getTok());
            if (function == null) {
                throw new ProviderException(Status.Code.NOT_FOUND, "unknown function " + request.getTok()
                        + "; this provider offers " + String.join(", ", functions.keySet()));
            }
            return operations.run(request.getTok(), "call", 0,
                    operation -> function.invoke(request, operation));
        });
    }

    @Override
    public void cancel(Empty request, StreamObserver<Empty> response) {
        int stopped = operations.cancelAll();
        // The engine also signals cancellation to every provider as it shuts down after a finished command; only a
        // cancel that stops work in flight is news for the admin.
        String message = "cancellation requested: " + stopped + " operation(s) in flight stop now, and no further "
                + "Exchange call is made";
        if (stopped > 0) {
            log.warning("", message);
        } else {
            log.debug("", message);
        }
        response.onNext(Empty.getDefaultInstance());
        response.onCompleted();
    }

    private ResourceEndpoint<?> resource(String type, String urn) {
        String token = type.isEmpty() ? typeOf(urn) : type;
        ResourceEndpoint<?> endpoint = resources.get(token);
        if (endpoint == null) {
            throw new ProviderException(Status.Code.NOT_FOUND, "unknown resource type '" + token
                    + "'; this provider manages " + String.join(", ", resources.keySet()));
        }
        return endpoint;
    }

    /** {@code urn:pulumi:<stack>::<project>::<parent types$>type::<name>} → {@code type}. */
    static String typeOf(String urn) {
        String[] parts = urn.split("::", -1);
        if (parts.length < 4) {
            throw ProviderException.invalidInput("'" + urn + "' is not a resource URN");
        }
        String qualified = parts[2];
        return qualified.substring(qualified.lastIndexOf('$') + 1);
    }

    private <T> void answer(StreamObserver<T> response, String rpc, String subject, Callable<T> call) {
        T value;
        try {
            value = EngineLog.forResource(subject, call);
        } catch (Throwable failure) {
            response.onError(errors.toStatus(rpc, subject, failure));
            return;
        }
        response.onNext(value);
        response.onCompleted();
    }
}
