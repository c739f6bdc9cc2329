package io.roomgate.testengine;

import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CheckResponse;
import pulumirpc.Provider.ConfigureRequest;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.DeleteRequest;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.InvokeRequest;
import pulumirpc.Provider.InvokeResponse;
import pulumirpc.Provider.ProviderHandshakeRequest;
import pulumirpc.Provider.ReadRequest;
import pulumirpc.Provider.ReadResponse;
import pulumirpc.Provider.UpdateRequest;
import pulumirpc.Provider.UpdateResponse;
import pulumirpc.ResourceProviderGrpc;
import pulumirpc.ResourceProviderGrpc.ResourceProviderBlockingStub;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * One running provider plugin, launched the way the engine launches it: exec the launcher named by
 * {@code Pulumi.yaml} with the engine's address as last argument, read the port from the first stdout line, dial
 * it, handshake, and call the ResourceProvider service. What the plugin prints after the port and on stderr is kept.
 */
final class ProviderPlugin implements AutoCloseable {
    private static final long CALL_DEADLINE_SECONDS = 300;

    private final String packageName;
    private final Process process;
    private final ManagedChannel channel;
    private final ResourceProviderBlockingStub stub;
    private final List<String> diagnostics = new CopyOnWriteArrayList<>();
    private java.time.Duration startup = java.time.Duration.ZERO;

    private ProviderPlugin(String packageName, Process process, int port) {
        this.packageName = packageName;
        this.process = process;
        this.channel = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
        this.stub = ResourceProviderGrpc.newBlockingStub(channel);
    }

    /** Launches {@code <pluginDir>/pulumi-resource-<package>} in {@code projectDir}, as the engine does. */
    static ProviderPlugin launch(Path projectDir, Path pluginDir, String packageName, String engineAddress,
                                 Map<String, String> environment) throws IOException {
        Path launcher = pluginDir.resolve("pulumi-resource-" + packageName);
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("provider launcher " + launcher + " is missing or not executable");
        }
        long launched = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), engineAddress).directory(projectDir.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String firstLine = stdout.readLine();
        int port;
        try {
            port = Integer.parseInt(firstLine == null ? "" : firstLine.trim());
        } catch (NumberFormatException notAPort) {
            process.destroyForcibly();
            throw new IllegalStateException("plugin " + launcher + " wrote an invalid port to stdout: '" + firstLine
                    + "'; stderr: " + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        ProviderPlugin plugin = new ProviderPlugin(packageName, process, port);
        plugin.drain("stdout", stdout);
        plugin.drain("stderr", new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8)));
        plugin.stub().handshake(ProviderHandshakeRequest.newBuilder()
                .setEngineAddress(engineAddress)
                .setRootDirectory(pluginDir.toString())
                .setProgramDirectory(projectDir.toString())
                .setConfigureWithUrn(true)
                .setSupportsViews(true)
                .build());
        plugin.stub().getPluginInfo(Empty.getDefaultInstance());
        plugin.startup = java.time.Duration.ofNanos(System.nanoTime() - launched);
        return plugin;
    }

    /** From exec to an answered handshake and plugin info: what the engine waits for before the first call. */
    java.time.Duration startup() {
        return startup;
    }

    /**
     * The plugin process's peak resident memory so far (Linux {@code VmHWM}), in kilobytes; the launcher execs the
     * JVM, so this is the provider's JVM. Empty where /proc cannot tell.
     */
    java.util.OptionalLong peakResidentKilobytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return java.util.OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | NumberFormatException unreadable) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.empty();
    }

    String packageName() {
        return packageName;
    }

    /** What the plugin wrote besides the port: stdout after the first line, and stderr. */
    List<String> diagnostics() {
        return List.copyOf(diagnostics);
    }

    void configure(Map<String, Object> config) {
        Struct args = Structs.toStruct(config);
        CheckResponse checked = stub().checkConfig(CheckRequest.newBuilder()
                .setUrn("urn:pulumi:stand-in::roomgate::pulumi:providers:" + packageName + "::default")
                .setNews(args).build());
        if (checked.getFailuresCount() > 0) {
            throw new StandInEngine.DeploymentException("provider configuration is invalid: "
                    + describe(checked.getFailuresList()));
        }
        ConfigureRequest.Builder request = ConfigureRequest.newBuilder()
                .setArgs(checked.hasInputs() ? checked.getInputs() : args)
                .setAcceptSecrets(true).setAcceptResources(true)
                .setSendsOldInputs(true).setSendsOldInputsToDelete(true);
        config.forEach((key, value) -> {
            Object plain = value instanceof Value wire ? Structs.toJava(wire) : value;
            request.putVariables(packageName + ":config:" + key, plain instanceof String string ? string
                    : new com.google.gson.Gson().toJson(plain));
        });
        stub().configure(request.build());
    }

    /** The resource tokens of the plugin's schema. */
    java.util.Set<String> resourceTypes() {
        String schema = stub().getSchema(pulumirpc.Provider.GetSchemaRequest.newBuilder().build()).getSchema();
        com.google.gson.JsonObject resources = com.google.gson.JsonParser.parseString(schema).getAsJsonObject()
                .getAsJsonObject("resources");
        return resources == null ? java.util.Set.of() : java.util.Set.copyOf(resources.keySet());
    }

    CheckResponse check(String urn, String type, String name, Struct olds, Struct news) {
        return stub().check(CheckRequest.newBuilder().setUrn(urn).setType(type).setName(name)
                .setOlds(olds).setNews(news).build());
    }

    DiffResponse diff(String urn, String type, String name, String id, Struct oldOutputs, Struct oldInputs,
                      Struct news) {
        return stub().diff(DiffRequest.newBuilder().setUrn(urn).setType(type).setName(name).setId(id)
                .setOlds(oldOutputs).setOldInputs(oldInputs).setNews(news).build());
    }

    CreateResponse create(String urn, String type, String name, Struct properties, boolean preview) {
        return stub().create(CreateRequest.newBuilder().setUrn(urn).setType(type).setName(name)
                .setProperties(properties).setPreview(preview).build());
    }

    UpdateResponse update(String urn, String type, String name, String id, Struct oldOutputs, Struct oldInputs,
                          Struct news, boolean preview) {
        return stub().update(UpdateRequest.newBuilder().setUrn(urn).setType(type).setName(name).setId(id)
                .setOlds(oldOutputs).setOldInputs(oldInputs).setNews(news).setPreview(preview).build());
    }

    ReadResponse read(String urn, String type, String name, String id, Struct state, Struct inputs) {
        return stub().read(ReadRequest.newBuilder().setUrn(urn).setType(type).setName(name).setId(id)
                .setProperties(state).setInputs(inputs).build());
    }

    void delete(String urn, String type, String name, String id, Struct oldOutputs, Struct oldInputs) {
        stub().delete(DeleteRequest.newBuilder().setUrn(urn).setType(type).setName(name).setId(id)
                .setProperties(oldOutputs).setOldInputs(oldInputs).build());
    }

    InvokeResponse invoke(String token, Struct args) {
        return stub().invoke(InvokeRequest.newBuilder().setTok(token).setArgs(args).build());
    }

    private ResourceProviderBlockingStub stub() {
        return stub.withDeadlineAfter(CALL_DEADLINE_SECONDS, TimeUnit.SECONDS);
    }

    private void drain(String stream, BufferedReader reader) {
        Thread thread = new Thread(() -> {
            try (reader) {
                for (String line; (line = reader.readLine()) != null; ) {
                    diagnostics.add(stream + ": " + line);
                }
            } catch (IOException closed) {
                // the plugin is gone; nothing more to keep
            }
        }, "plugin-" + packageName + "-" + stream);
        thread.setDaemon(true);
        thread.start();
    }

    static String describe(List<pulumirpc.Provider.CheckFailure> failures) {
        StringBuilder text = new StringBuilder();
        failures.forEach(failure -> text.append("\n  ").append(failure.getProperty()).append(": ")
                .append(failure.getReason()));
        return text.toString();
    }

    /** The engine kills a plugin rather than asking it to stop; so do we. */
    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

}
