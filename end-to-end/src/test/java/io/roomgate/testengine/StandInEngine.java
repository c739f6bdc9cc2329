package io.roomgate.testengine;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.google.rpc.Status;
import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.core.internal.OutputData;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.roomgate.testfixtures.ProviderPlugin;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CheckResponse;
import pulumirpc.Provider.ConfigureRequest;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.ErrorResourceInitFailed;
import pulumirpc.Provider.InvokeResponse;
import pulumirpc.Provider.ReadResponse;
import pulumirpc.Provider.UpdateResponse;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;
import pulumirpc.Resource.ResourceInvokeRequest;
import pulumirpc.Resource.ResourceInvokeResponse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * A stand-in for the Pulumi engine, for tests only (see the package documentation): runs the real program under
 * the SDK's test deployment, applies its custom resources through the real provider plugin and an
 * {@link EntraStandIn}, and keeps the stack's state between runs like the engine's checkpoint.
 */
public final class StandInEngine implements AutoCloseable {

    /** Thrown when the engine would fail the update: invalid inputs, a provider error, a failed delete. */
    public static final class DeploymentException extends RuntimeException {
        public DeploymentException(String message) {
            super(message);
        }

        public DeploymentException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What a run did: its steps, the stack outputs (plain values) and which of them are secret, and its errors. */
    public record RunResult(List<Step> steps, Map<String, Object> outputs, Set<String> secretOutputs,
                            List<String> errors) {
        public boolean succeeded() {
            return errors.isEmpty();
        }

        public long writes() {
            return steps.stream().filter(Step::writes).count();
        }

        public List<Step> steps(Step.Op op) {
            return steps.stream().filter(step -> step.op() == op).toList();
        }

        public RunResult throwOnError() {
            if (!succeeded()) {
                throw new DeploymentException(String.join("\n", errors));
            }
            return this;
        }
    }

    private static final String PROJECT = "roomgate";
    private static final String ENTRA_PACKAGE = "azuread";

    private final Path projectDir;
    private final String stack;
    private final Map<String, String> config;
    private final Set<String> secretConfigKeys;
    private final Path stateFile;
    private final EntraStandIn entra;
    private final StackState state;
    private final EngineLogSink engineLog;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "stand-in-engine");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, ProviderPlugin> plugins = new ConcurrentHashMap<>();
    private final Map<String, String> pluginEnvironment;

    // per run
    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private final List<Step> steps = new CopyOnWriteArrayList<>();
    private final List<StackState.Entry> replacedToDelete = new CopyOnWriteArrayList<>();

    private StandInEngine(Builder builder) throws IOException {
        this.projectDir = builder.projectDir.toAbsolutePath();
        this.stack = builder.stack;
        this.config = Map.copyOf(builder.config);
        this.secretConfigKeys = Set.copyOf(builder.secretConfigKeys);
        this.stateFile = builder.stateFile;
        this.entra = builder.entra;
        this.pluginEnvironment = Map.copyOf(builder.pluginEnvironment);
        this.state = StackState.load(stateFile);
        this.engineLog = new EngineLogSink();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private Path projectDir = ProviderPlugin.projectDir();
        private String stack = "test";
        private final Map<String, String> config = new LinkedHashMap<>();
        private final Set<String> secretConfigKeys = new HashSet<>();
        private Path stateFile;
        private EntraStandIn entra;
        private final Map<String, String> pluginEnvironment = new LinkedHashMap<>();

        public Builder projectDir(Path projectDir) {
            this.projectDir = projectDir;
            return this;
        }

        public Builder stack(String stack) {
            this.stack = stack;
            return this;
        }

        /** A stack config value, keyed as in a stack file ({@code roomgate:rooms}, {@code exchangeonline:local}). */
        public Builder config(String key, String value) {
            config.put(key, value);
            return this;
        }

        public Builder secretConfig(String key, String value) {
            secretConfigKeys.add(key);
            return config(key, value);
        }

        public Builder config(Map<String, String> values) {
            config.putAll(values);
            return this;
        }

        /** Where the checkpoint lives between runs; without one it lives as long as this engine. */
        public Builder stateFile(Path stateFile) {
            this.stateFile = stateFile;
            return this;
        }

        /** Environment added to the provider plugins' own, as a shell running {@code pulumi} would hand it down. */
        public Builder pluginEnvironment(Map<String, String> environment) {
            pluginEnvironment.putAll(environment);
            return this;
        }

        public Builder entra(EntraStandIn entra) {
            this.entra = entra;
            return this;
        }

        public StandInEngine build() throws IOException {
            return new StandInEngine(this);
        }
    }

    // ---- the four commands ----

    public RunResult preview(Consumer<Context> program) {
        return run(program, true);
    }

    public RunResult up(Consumer<Context> program) {
        return run(program, false);
    }

    /** Reads every resource back from its provider and records what it finds (drift), as {@code pulumi refresh}. */
    public synchronized RunResult refresh() {
        beginRun();
        List<String> errors = new ArrayList<>();
        for (StackState.Entry entry : state.entries()) {
            if (isEntra(entry.type())) {
                continue; // the Entra stand-in keeps no drift of its own to read back
            }
            try {
                ReadResponse read = pluginFor(entry.provider(), entry.type()).read(entry.urn(), entry.type(),
                        entry.name(), entry.id(), entry.outputs(), entry.inputs());
                if (read.getId().isEmpty()) {
                    state.remove(entry.urn());
                    steps.add(new Step(Step.Op.READ_GONE, entry.urn(), entry.type()));
                } else if (!read.getProperties().equals(entry.outputs())) {
                    state.put(entry.withOutputs(read.getProperties()));
                    steps.add(new Step(Step.Op.REFRESH, entry.urn(), entry.type()));
                }
            } catch (RuntimeException e) {
                errors.add(describeFailure(entry.urn(), "read", e));
            }
        }
        saveState();
        return new RunResult(List.copyOf(steps), Map.of(), Set.of(), errors);
    }

    /** Deletes every resource of the stack, dependents first, as {@code pulumi destroy}. */
    public synchronized RunResult destroy() {
        beginRun();
        List<String> errors = deleteInDependencyOrder(state.entries(), false);
        saveState();
        return new RunResult(List.copyOf(steps), Map.of(), Set.of(), errors);
    }

    /**
     * The resource types the package's plugin serves, from its schema (launching it if it is not running yet):
     * scenarios that need a resource the provider does not serve yet can say so instead of failing.
     */
    public Set<String> pluginResourceTypes(String packageName) {
        return pluginFor("", packageName + ":index:any").resourceTypes();
    }

    /**
     * Where any of {@code secrets} sits in the checkpoint outside a secret wrapper, as {@code urn: inputs|outputs};
     * empty when the checkpoint keeps them all as secrets (rule 5).
     */
    public List<String> plainSecretsInCheckpoint(Collection<String> secrets) {
        List<String> found = new ArrayList<>();
        for (StackState.Entry entry : state.entries()) {
            if (holdsPlainly(Value.newBuilder().setStructValue(entry.inputs()).build(), secrets)) {
                found.add(entry.urn() + ": inputs");
            }
            if (holdsPlainly(Value.newBuilder().setStructValue(entry.outputs()).build(), secrets)) {
                found.add(entry.urn() + ": outputs");
            }
        }
        return found;
    }

    private static boolean holdsPlainly(Value value, Collection<String> secrets) {
        if (Structs.isSecret(value)) {
            return false;
        }
        return switch (value.getKindCase()) {
            case STRING_VALUE -> secrets.stream().anyMatch(secret -> value.getStringValue().contains(secret));
            case LIST_VALUE -> value.getListValue().getValuesList().stream().anyMatch(v -> holdsPlainly(v, secrets));
            case STRUCT_VALUE -> value.getStructValue().getFieldsMap().values().stream()
                    .anyMatch(v -> holdsPlainly(v, secrets));
            default -> false;
        };
    }

    /** How long the package's plugin took to start (exec to handshake), launching it if it is not running. */
    public java.time.Duration pluginStartup(String packageName) {
        return pluginFor("", packageName + ":index:any").startup();
    }

    /** The package's plugin's peak resident memory in kilobytes, if the platform can tell. */
    public java.util.OptionalLong pluginPeakResidentKilobytes(String packageName) {
        return pluginFor("", packageName + ":index:any").peakResidentKilobytes();
    }

    /** What the plugins wrote besides the port (stdout after it, and stderr), in order. */
    public List<String> pluginDiagnostics() {
        List<String> lines = new ArrayList<>();
        plugins.values().forEach(plugin -> lines.addAll(plugin.diagnostics()));
        return lines;
    }

    /** What the provider plugins logged to the engine, in order. */
    public List<EngineLogSink.Message> engineLog() {
        return engineLog.messages();
    }

    /** Current resources of the stack, by URN. */
    public Map<String, String> resourceIds() {
        Map<String, String> ids = new TreeMap<>();
        state.entries().forEach(entry -> ids.put(entry.urn(), entry.id()));
        return ids;
    }

    /** The recorded outputs of a resource, plain (secrets unwrapped). */
    public Map<String, Object> outputsOf(String type, String name) {
        return state.entries().stream()
                .filter(entry -> entry.type().equals(type) && entry.name().equals(name))
                .findFirst()
                .map(entry -> Structs.toMap(entry.outputs()))
                .orElseThrow(() -> new IllegalArgumentException("no " + type + " named " + name + " in the stack"));
    }

    /** The same resource's outputs, still on the wire (secrets wrapped), so tests can see what state holds. */
    public Struct rawOutputsOf(String type, String name) {
        return state.entries().stream()
                .filter(entry -> entry.type().equals(type) && entry.name().equals(name))
                .findFirst().map(StackState.Entry::outputs)
                .orElseThrow(() -> new IllegalArgumentException("no " + type + " named " + name + " in the stack"));
    }

    // ---- a program run ----

    private synchronized RunResult run(Consumer<Context> program, boolean preview) {
        beginRun();
        TestResult result;
        try {
            result = PulumiTestInternal.builder()
                    .options(TestOptions.builder().projectName(PROJECT).stackName(stack).preview(preview).build())
                    .config(config, secretConfigKeys)
                    .monitorDecorator(sdkMonitor -> new StandInMonitor(this, preview))
                    .build()
                    .runTest(program);
        } finally {
            PulumiTest.cleanup();
        }
        List<String> errors = new ArrayList<>(result.errors());
        result.exceptions().forEach(exception -> errors.add(rootMessage(exception)));
        if (errors.isEmpty()) {
            List<StackState.Entry> unregistered = state.entries().stream()
                    .filter(entry -> !registered.contains(entry.urn())).toList();
            List<StackState.Entry> toDelete = new ArrayList<>(unregistered);
            toDelete.addAll(replacedToDelete);
            errors.addAll(deleteInDependencyOrder(toDelete, preview));
        }
        if (!preview) {
            saveState();
        }
        Map<String, Object> outputs = new TreeMap<>();
        Set<String> secretOutputs = new HashSet<>();
        if (errors.isEmpty()) {
            result.outputs().forEach((name, output) -> {
                OutputData<?> data = PulumiTestInternal.extractOutputData((Output<?>) output);
                outputs.put(name, data.getValueNullable());
                if (data.isSecret()) {
                    secretOutputs.add(name);
                }
            });
        }
        return new RunResult(List.copyOf(steps), outputs, Set.copyOf(secretOutputs), List.copyOf(errors));
    }

    private void beginRun() {
        registered.clear();
        steps.clear();
        replacedToDelete.clear();
    }

    ExecutorService executor() {
        return executor;
    }

    /** The engine's URN: the parent's type chain without the root stack, then this type and name. */
    String urnOf(String parentUrn, String type, String name) {
        String qualifiedType = type;
        if (parentUrn != null && !parentUrn.isEmpty()) {
            String[] parts = parentUrn.split("::");
            // The root stack is no part of its children's type chain (the SDK's mock monitor puts it in).
            String parentType = (parts.length >= 3 ? parts[2] : "").replaceFirst("^pulumi:pulumi:Stack\\$?", "");
            if (!parentType.isEmpty()) {
                qualifiedType = parentType + "$" + type;
            }
        }
        return "urn:pulumi:" + stack + "::" + PROJECT + "::" + qualifiedType + "::" + name;
    }

    /** One custom resource registration: check, then create, update, replace or nothing, as the engine plans it. */
    RegisterResourceResponse register(String urn, RegisterResourceRequest request, boolean preview) {
        if (!registered.add(urn)) {
            throw new DeploymentException("duplicate resource URN " + urn + ": give each resource a unique name");
        }
        if (request.getType().startsWith("pulumi:providers:")) {
            throw new DeploymentException("the stand-in engine supports default providers only, not the explicit "
                    + "provider " + urn);
        }
        try {
            Applied applied = isEntra(request.getType())
                    ? applyEntra(urn, request, preview)
                    : applyThroughPlugin(urn, request, preview);
            Struct outputs = markSecrets(applied.outputs(), request.getAdditionalSecretOutputsList());
            return RegisterResourceResponse.newBuilder().setUrn(urn).setId(applied.id()).setObject(outputs).build();
        } catch (DeploymentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DeploymentException(describeFailure(urn, "apply", e), e);
        }
    }

    private record Applied(String id, Struct outputs) {}

    private Applied applyThroughPlugin(String urn, RegisterResourceRequest request, boolean preview) {
        String type = request.getType();
        String name = request.getName();
        ProviderPlugin plugin = pluginFor(request.getProvider(), type);
        StackState.Entry old = state.get(urn);
        if (!request.getImportId().isEmpty() && (old == null || !old.id().equals(request.getImportId()))) {
            return importThroughPlugin(plugin, urn, request, old, preview);
        }
        CheckResponse checked = plugin.check(urn, type, name, old == null ? Struct.getDefaultInstance()
                : old.inputs(), request.getObject());
        if (checked.getFailuresCount() > 0) {
            throw new DeploymentException(urn + ": invalid inputs:" + describe(checked.getFailuresList()));
        }
        Struct inputs = checked.getInputs();
        if (old == null) {
            return create(plugin, urn, request, inputs, preview);
        }
        DiffResponse diff = plugin.diff(urn, type, name, old.id(), old.outputs(), old.inputs(), inputs);
        boolean changed = switch (diff.getChanges()) {
            case DIFF_NONE -> false;
            case DIFF_SOME -> true;
            default -> !inputs.equals(old.inputs());
        };
        if (!changed) {
            steps.add(new Step(Step.Op.SAME, urn, type));
            if (!preview) {
                state.put(entry(urn, request, old.id(), inputs, old.outputs(), old.sequence()));
            }
            return new Applied(old.id(), old.outputs());
        }
        if (diff.getReplacesCount() > 0) {
            steps.add(new Step(Step.Op.REPLACE, urn, type));
            if (preview) {
                return new Applied("", plugin.create(urn, type, name, inputs, true).getProperties());
            }
            if (diff.getDeleteBeforeReplace()) {
                plugin.delete(urn, type, name, old.id(), old.outputs(), old.inputs());
            } else {
                replacedToDelete.add(old);
            }
            CreateResponse created = plugin.create(urn, type, name, inputs, false);
            state.put(entry(urn, request, created.getId(), inputs, created.getProperties(), state.nextSequence()));
            return new Applied(created.getId(), created.getProperties());
        }
        steps.add(new Step(Step.Op.UPDATE, urn, type));
        try {
            UpdateResponse updated = plugin.update(urn, type, name, old.id(), old.outputs(), old.inputs(), inputs,
                    preview);
            if (!preview) {
                state.put(entry(urn, request, old.id(), inputs, updated.getProperties(), old.sequence()));
            }
            return new Applied(old.id(), updated.getProperties());
        } catch (StatusRuntimeException e) {
            recordPartialState(urn, request, e, old.sequence());
            throw e;
        }
    }

    /**
     * The {@code import} resource option, as the engine runs it: read the object by the import id, check the
     * program's inputs against what was read, and diff them; any difference fails the import ("inputs to import do
     * not match the existing resource"), so an import never writes. A resource already in state under the same id is
     * treated like any other (so the option may stay in the program after the import).
     */
    private Applied importThroughPlugin(ProviderPlugin plugin, String urn, RegisterResourceRequest request,
                                        StackState.Entry old, boolean preview) {
        if (old != null) {
            throw new DeploymentException(urn + ": the stand-in engine imports only resources not yet in the stack, not "
                    + "in place of " + old.id());
        }
        String type = request.getType();
        String id = request.getImportId();
        ReadResponse read = plugin.read(urn, type, request.getName(), id, Struct.getDefaultInstance(),
                Struct.getDefaultInstance());
        if (read.getId().isEmpty()) {
            throw new DeploymentException(urn + ": import of " + id + " failed: the provider finds no such object");
        }
        CheckResponse checked = plugin.check(urn, type, request.getName(), read.getInputs(), request.getObject());
        if (checked.getFailuresCount() > 0) {
            throw new DeploymentException(urn + ": invalid inputs:" + describe(checked.getFailuresList()));
        }
        DiffResponse diff = plugin.diff(urn, type, request.getName(), id, read.getProperties(), read.getInputs(),
                checked.getInputs());
        if (diff.getChanges() == DiffResponse.DiffChanges.DIFF_SOME) {
            throw new DeploymentException(urn + ": inputs to import do not match the existing resource "
                    + diff.getDiffsList() + "; make the program's inputs match what Exchange has");
        }
        steps.add(new Step(Step.Op.IMPORT, urn, type));
        if (!preview) {
            state.put(entry(urn, request, id, checked.getInputs(), read.getProperties(), state.nextSequence()));
        }
        return new Applied(id, read.getProperties());
    }

    private Applied create(ProviderPlugin plugin, String urn, RegisterResourceRequest request, Struct inputs,
                           boolean preview) {
        steps.add(new Step(Step.Op.CREATE, urn, request.getType()));
        try {
            CreateResponse created = plugin.create(urn, request.getType(), request.getName(), inputs, preview);
            if (!preview) {
                if (created.getId().isEmpty()) {
                    throw new DeploymentException(urn + ": provider returned an empty resource ID from create");
                }
                state.put(entry(urn, request, created.getId(), inputs, created.getProperties(), state.nextSequence()));
            }
            return new Applied(created.getId(), created.getProperties());
        } catch (StatusRuntimeException e) {
            recordPartialState(urn, request, e, state.nextSequence());
            throw e;
        }
    }

    /** A create or update that failed half way still leaves the object in the tenant; keep it, as the engine does. */
    private void recordPartialState(String urn, RegisterResourceRequest request, StatusRuntimeException error,
                                    long sequence) {
        Status status = StatusProto.fromThrowable(error);
        if (status == null) {
            return;
        }
        for (com.google.protobuf.Any detail : status.getDetailsList()) {
            if (detail.is(ErrorResourceInitFailed.class)) {
                try {
                    ErrorResourceInitFailed partial = detail.unpack(ErrorResourceInitFailed.class);
                    if (!partial.getId().isEmpty()) {
                        state.put(entry(urn, request, partial.getId(), partial.getInputs(), partial.getProperties(),
                                sequence));
                    }
                } catch (InvalidProtocolBufferException unreadable) {
                    throw new DeploymentException(urn + ": unreadable partial-failure detail", unreadable);
                }
            }
        }
    }

    private Applied applyEntra(String urn, RegisterResourceRequest request, boolean preview) {
        if (entra == null) {
            throw new DeploymentException(urn + ": this stand-in run has no Entra stand-in for azuread resources");
        }
        String type = request.getType();
        Map<String, Object> inputs = Structs.toMap(request.getObject());
        StackState.Entry old = state.get(urn);
        if (old != null) {
            Map<String, Object> oldInputs = Structs.toMap(old.inputs());
            if (oldInputs.equals(inputs)) {
                steps.add(new Step(Step.Op.SAME, urn, type));
                if (!preview) {
                    state.put(entry(urn, request, old.id(), old.inputs(), old.outputs(), old.sequence()));
                }
                return new Applied(old.id(), old.outputs());
            }
            if (!entra.requiresReplacement(type, oldInputs, inputs)) {
                steps.add(new Step(Step.Op.UPDATE, urn, type));
                Struct outputs = Structs.toStruct(entra.update(type, old.id(), Structs.toMap(old.outputs()), inputs,
                        preview));
                if (!preview) {
                    state.put(entry(urn, request, old.id(), request.getObject(), outputs, old.sequence()));
                }
                return new Applied(old.id(), outputs);
            }
            steps.add(new Step(Step.Op.REPLACE, urn, type));
            if (!preview) {
                replacedToDelete.add(old);
            }
        } else {
            steps.add(new Step(Step.Op.CREATE, urn, type));
        }
        EntraStandIn.Created created = entra.create(type, request.getName(), inputs, preview);
        Struct outputs = Structs.toStruct(created.outputs());
        if (!preview) {
            state.put(entry(urn, request, created.id(), request.getObject(), outputs, state.nextSequence()));
        }
        return new Applied(preview ? "" : created.id(), outputs);
    }

    private StackState.Entry entry(String urn, RegisterResourceRequest request, String id, Struct inputs,
                                   Struct outputs, long sequence) {
        // The engine keeps what the program asked to be secret as a secret in its checkpoint too.
        return new StackState.Entry(urn, request.getType(), request.getName(), id, inputs,
                markSecrets(outputs, request.getAdditionalSecretOutputsList()),
                List.copyOf(request.getDependenciesList()), request.getProvider(), sequence);
    }

    /** The engine marks outputs secret that the program asked for ({@code additionalSecretOutputs}). */
    private static Struct markSecrets(Struct outputs, List<String> additionalSecretOutputs) {
        if (additionalSecretOutputs.isEmpty()) {
            return outputs;
        }
        Struct.Builder marked = outputs.toBuilder();
        for (String name : additionalSecretOutputs) {
            Value value = outputs.getFieldsMap().get(name);
            if (value != null && !Structs.isSecret(value)) {
                marked.putFields(name, Structs.secret(value));
            }
        }
        return marked.build();
    }

    // ---- deletes ----

    /**
     * Deletes {@code entries} so that nothing is deleted while another entry being deleted still depends on it; among
     * independent entries the most recently created goes first. Stops at the first failure, as the engine does.
     */
    private List<String> deleteInDependencyOrder(Collection<StackState.Entry> entries, boolean preview) {
        List<StackState.Entry> remaining = new ArrayList<>(entries);
        remaining.sort(Comparator.comparingLong(StackState.Entry::sequence).reversed());
        while (!remaining.isEmpty()) {
            StackState.Entry next = remaining.stream()
                    .filter(candidate -> remaining.stream().noneMatch(other -> other != candidate
                            && other.dependencies().contains(candidate.urn())))
                    .findFirst()
                    .orElse(remaining.get(0)); // a cycle cannot come from a program; take creation order
            remaining.remove(next);
            steps.add(new Step(Step.Op.DELETE, next.urn(), next.type()));
            if (preview) {
                continue;
            }
            try {
                if (isEntra(next.type())) {
                    entra.delete(next.type(), next.id(), Structs.toMap(next.outputs()));
                } else {
                    pluginFor(next.provider(), next.type()).delete(next.urn(), next.type(), next.name(), next.id(),
                            next.outputs(), next.inputs());
                }
                StackState.Entry current = state.get(next.urn());
                if (current != null && Objects.equals(current.id(), next.id())) {
                    state.remove(next.urn());
                }
            } catch (RuntimeException e) {
                return List.of(describeFailure(next.urn(), "delete", e));
            }
        }
        return List.of();
    }

    // ---- invokes ----

    ResourceInvokeResponse invoke(ResourceInvokeRequest request) {
        String token = request.getTok();
        try {
            if (token.startsWith(ENTRA_PACKAGE + ":")) {
                if (entra == null) {
                    throw new DeploymentException("no Entra stand-in for the function " + token);
                }
                Map<String, Object> result = entra.invoke(token, Structs.toMap(request.getArgs()));
                return ResourceInvokeResponse.newBuilder().setReturn(Structs.toStruct(result)).build();
            }
            InvokeResponse response = pluginFor(request.getProvider(), token).invoke(token, request.getArgs());
            ResourceInvokeResponse.Builder answer = ResourceInvokeResponse.newBuilder().setReturn(response.getReturn());
            response.getFailuresList().forEach(failure -> answer.addFailures(pulumirpc.Provider.CheckFailure
                    .newBuilder().setProperty(failure.getProperty()).setReason(failure.getReason())));
            return answer.build();
        } catch (DeploymentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DeploymentException(describeFailure(token, "invoke", e), e);
        }
    }

    // ---- plugins ----

    private ProviderPlugin pluginFor(String providerReference, String typeOrToken) {
        if (providerReference != null && !providerReference.isEmpty()
                && !providerReference.contains("::default")) {
            throw new DeploymentException("the stand-in engine supports default providers only, not "
                    + providerReference);
        }
        String packageName = typeOrToken.substring(0, typeOrToken.indexOf(':'));
        return plugins.computeIfAbsent(packageName, this::launchDefaultProvider);
    }

    private ProviderPlugin launchDefaultProvider(String packageName) {
        try {
            ProviderPlugin plugin = ProviderPlugin.launch(projectDir, packageName, engineLog.address(),
                    pluginEnvironment);
            Map<String, Object> packageConfig = new HashMap<>();
            config.forEach((key, value) -> {
                if (key.startsWith(packageName + ":")) {
                    // Secret config reaches a provider as a secret, as the engine sends it.
                    packageConfig.put(key.substring(packageName.length() + 1), secretConfigKeys.contains(key)
                            ? Structs.secret(Structs.toValue(value)) : value);
                }
            });
            configure(plugin, packageConfig);
            return plugin;
        } catch (IOException e) {
            throw new DeploymentException("cannot launch the " + packageName + " provider plugin: " + e.getMessage(),
                    e);
        }
    }

    // ---- helpers ----

    private static boolean isEntra(String type) {
        return type.startsWith(ENTRA_PACKAGE + ":");
    }

    private void saveState() {
        if (stateFile != null) {
            state.save(stateFile);
        }
    }

    private static String describeFailure(String subject, String operation, RuntimeException e) {
        if (e instanceof StatusRuntimeException status) {
            return subject + ": " + operation + " failed: " + status.getStatus().getCode() + ": "
                    + status.getStatus().getDescription();
        }
        return subject + ": " + operation + " failed: " + rootMessage(e);
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof DeploymentException) {
                break;
            }
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    @Override
    public void close() throws InterruptedException {
        for (ProviderPlugin plugin : plugins.values()) {
            plugin.close();
        }
        plugins.clear();
        engineLog.close();
        executor.shutdownNow();
    }

    /** CheckConfig, then Configure with the checked inputs and the same values as config variables, as the engine does. */
    private static void configure(ProviderPlugin plugin, Map<String, Object> config) {
        Struct args = Structs.toStruct(config);
        CheckResponse checked = plugin.stub().checkConfig(CheckRequest.newBuilder()
                .setUrn("urn:pulumi:stand-in::roomgate::pulumi:providers:" + plugin.packageName() + "::default")
                .setNews(args).build());
        if (checked.getFailuresCount() > 0) {
            throw new DeploymentException("provider configuration is invalid: "
                    + describe(checked.getFailuresList()));
        }
        ConfigureRequest.Builder request = ConfigureRequest.newBuilder()
                .setArgs(checked.hasInputs() ? checked.getInputs() : args)
                .setAcceptSecrets(true).setAcceptResources(true)
                .setSendsOldInputs(true).setSendsOldInputsToDelete(true);
        config.forEach((key, value) -> {
            Object plain = value instanceof Value wire ? Structs.toJava(wire) : value;
            request.putVariables(plugin.packageName() + ":config:" + key, plain instanceof String string ? string
                    : new com.google.gson.Gson().toJson(plain));
        });
        plugin.stub().configure(request.build());
    }

    private static String describe(List<pulumirpc.Provider.CheckFailure> failures) {
        StringBuilder text = new StringBuilder();
        failures.forEach(failure -> text.append("\n  ").append(failure.getProperty()).append(": ")
                .append(failure.getReason()));
        return text.toString();
    }
}
