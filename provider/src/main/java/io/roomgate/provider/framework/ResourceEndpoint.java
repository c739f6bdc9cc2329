package io.roomgate.provider.framework;

import io.roomgate.provider.codec.PropertyCodec;
import io.roomgate.provider.codec.Secret;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CheckResponse;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.DeleteRequest;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.ReadRequest;
import pulumirpc.Provider.ReadResponse;
import pulumirpc.Provider.UpdateRequest;
import pulumirpc.Provider.UpdateResponse;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The engine's view of one resource type: the resource RPCs, written once over a {@link ResourceHandler}. It owns
 * what every resource shares: validation, diff, preview (never calls the handler), secrets (an output stays secret
 * when its input was, or when declared so), and which inputs a read reports.
 */
public final class ResourceEndpoint<T extends Record> {
    private final ResourceHandler<T> handler;
    private final RecordShape<T> shape;

    public ResourceEndpoint(ResourceHandler<T> handler) {
        this.handler = handler;
        this.shape = RecordShape.of(handler.type());
    }

    public ResourceHandler<T> handler() {
        return handler;
    }

    public RecordShape<T> shape() {
        return shape;
    }

    public CheckResponse check(CheckRequest request) {
        Validation validation = Validation.of(shape, PropertyCodec.decode(request.getNews()));
        CheckFailures failures = validation.failures();
        if (failures.isEmpty()) {
            handler.check(shape.toRecord(validation.known()), validation.unknown(), failures);
        }
        return CheckResponse.newBuilder()
                .setInputs(PropertyCodec.encode(validation.checked()))
                .addAllFailures(failures.asList())
                .build();
    }

    public DiffResponse diff(DiffRequest request) {
        return PropertyDiff.diff(shape, PropertyCodec.decode(request.getOlds()), PropertyCodec.decode(request.getNews()));
    }

    public CreateResponse create(CreateRequest request, Operation operation) {
        Map<String, Object> news = PropertyCodec.decode(request.getProperties());
        if (request.getPreview()) {
            Map<String, Object> planned = new LinkedHashMap<>(news);
            shape.properties().stream().filter(p -> !p.isInput())
                    .forEach(p -> planned.putIfAbsent(p.name(), p.type().unknown()));
            return CreateResponse.newBuilder().setProperties(PropertyCodec.encode(planned)).build();
        }
        requireKnown(news, "create");
        Created<T> created = handler.create(shape.toRecord(PropertyCodec.reveal(news)),
                operation);
        Map<String, Object> outputs = outputs(PropertyCodec.reveal(news), created.state(), secretKeys(news));
        return CreateResponse.newBuilder().setId(created.id()).setProperties(PropertyCodec.encode(outputs)).build();
    }

    public ReadResponse read(ReadRequest request, Operation operation) {
        Map<String, Object> oldState = PropertyCodec.decode(request.getProperties());
        Map<String, Object> oldInputs = PropertyCodec.decode(request.getInputs());
        T recorded = oldState.isEmpty() ? null : shape.toRecord(PropertyCodec.reveal(oldState));
        Optional<T> current = handler.read(request.getId(), recorded, operation);
        if (current.isEmpty()) {
            return ReadResponse.newBuilder().setId("").build();
        }
        Set<String> secret = secretKeys(oldState);
        secret.addAll(secretKeys(oldInputs));
        Map<String, Object> state = shape.toMap(current.get());
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (PropertySpec spec : shape.inputs()) {
            boolean refresh = !oldInputs.isEmpty();
            if (refresh && !oldInputs.containsKey(spec.name())) {
                continue;
            }
            Object value = state.containsKey(spec.name()) ? state.get(spec.name()) : oldInputs.get(spec.name());
            if (value != null) {
                inputs.put(spec.name(), value);
            }
        }
        return ReadResponse.newBuilder()
                .setId(request.getId())
                .setProperties(PropertyCodec.encode(withSecrets(state, secret)))
                .setInputs(PropertyCodec.encode(withSecrets(inputs, secret)))
                .build();
    }

    public UpdateResponse update(UpdateRequest request, Operation operation) {
        Map<String, Object> olds = PropertyCodec.decode(request.getOlds());
        Map<String, Object> news = PropertyCodec.decode(request.getNews());
        Set<String> secret = secretKeys(olds);
        secret.addAll(secretKeys(news));
        if (request.getPreview()) {
            Map<String, Object> planned = new LinkedHashMap<>(olds);
            planned.putAll(news);
            return UpdateResponse.newBuilder().setProperties(PropertyCodec.encode(planned)).build();
        }
        requireKnown(news, "update");
        T state = shape.toRecord(PropertyCodec.reveal(olds));
        T updated = handler.update(request.getId(), state, shape.toRecord(PropertyCodec.reveal(news)),
                operation);
        return UpdateResponse.newBuilder()
                .setProperties(PropertyCodec.encode(outputs(PropertyCodec.reveal(news), updated, secret)))
                .build();
    }

    public void delete(DeleteRequest request, Operation operation) {
        T state = shape.toRecord(PropertyCodec.reveal(PropertyCodec.decode(request.getProperties())));
        handler.delete(request.getId(), state, operation);
    }

    /** Outputs after a write: what the service reports, over the inputs as declared. */
    Map<String, Object> outputs(Map<String, Object> inputs, T state, Set<String> secret) {
        Map<String, Object> outputs = new LinkedHashMap<>(inputs);
        outputs.putAll(shape.toMap(state));
        return withSecrets(outputs, secret);
    }

    /** Re-wraps the outputs that must stay secret. */
    private Map<String, Object> withSecrets(Map<String, Object> plain, Set<String> secretKeys) {
        Map<String, Object> wrapped = new LinkedHashMap<>();
        plain.forEach((name, value) -> {
            boolean secret = secretKeys.contains(name) || shape.property(name).map(PropertySpec::secret).orElse(false);
            wrapped.put(name, secret && !(value instanceof Secret) ? new Secret(value) : value);
        });
        return wrapped;
    }

    private static Set<String> secretKeys(Map<String, Object> properties) {
        Set<String> keys = new HashSet<>();
        properties.forEach((name, value) -> {
            if (PropertyCodec.containsSecret(value)) {
                keys.add(name);
            }
        });
        return keys;
    }

    private static void requireKnown(Map<String, Object> news, String step) {
        news.forEach((name, value) -> {
            if (PropertyCodec.containsUnknown(value)) {
                throw ProviderException.invalidInput("'" + name + "' is still unknown at " + step
                        + " time; the engine only sends unknowns during preview");
            }
        });
    }
}
