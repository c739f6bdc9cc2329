package io.roomgate.testfixtures;

import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * it, and call the ResourceProvider service. What the plugin prints after the port and on stderr is kept. The stand-in
 * engine {@link #launch launches} and configures it like the engine; the provider's own ITs {@link #exec exec} it and
 * drive the protocol by hand through {@link #stub()}.
 */
public final class ProviderPlugin implements AutoCloseable {
    private static final long CALL_DEADLINE_SECONDS = 300;
    private static final String LAUNCHER_PREFIX = "pulumi-resource-";

    private final String packageName;
    private final Process process;
    private final String firstLine;
    private final ManagedChannel channel;
    private final ResourceProviderBlockingStub stub;
    private final List<String> diagnostics = new CopyOnWriteArrayList<>();
    private java.time.Duration startup = java.time.Duration.ZERO;

    private ProviderPlugin(String packageName, Process process, String firstLine, int port) {
        this.packageName = packageName;
        this.process = process;
        this.firstLine = firstLine;
        this.channel = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext()
                .maxInboundMessageSize(64 * 1024 * 1024).build();
        this.stub = ResourceProviderGrpc.newBlockingStub(channel);
    }

    /** The project (Pulumi.yaml, provider/bin). */
    public static Path projectDir() {
        return ProjectDir.root();
    }

    /** The launcher the engine execs for {@code packageName}, in the plugin path Pulumi.yaml names. */
    public static Path launcher(Path projectDir, String packageName) {
        return projectDir.resolve("provider/bin").resolve(LAUNCHER_PREFIX + packageName);
    }

    /**
     * Launches {@code packageName}'s plugin from {@code projectDir}, as the engine does before the first resource:
     * exec, port, {@code Handshake} and {@code GetPluginInfo}.
     */
    public static ProviderPlugin launch(Path projectDir, String packageName, String engineAddress,
                                 Map<String, String> environment) throws IOException {
        long launched = System.nanoTime();
        Path launcher = launcher(projectDir, packageName);
        ProviderPlugin plugin = start(launcher, projectDir, environment, engineAddress);
        plugin.stub().handshake(ProviderHandshakeRequest.newBuilder()
                .setEngineAddress(engineAddress)
                .setRootDirectory(launcher.getParent().toString())
                .setProgramDirectory(projectDir.toString())
                .setConfigureWithUrn(true)
                .setSupportsViews(true)
                .build());
        plugin.stub().getPluginInfo(Empty.getDefaultInstance());
        plugin.startup = java.time.Duration.ofNanos(System.nanoTime() - launched);
        return plugin;
    }

    /**
     * The project's {@code exchangeonline} plugin exec'd in {@code workDir} as {@code pulumi up --logtostderr -v=9
     * --tracing …} execs it, port read and dialled, no RPC made: for tests that drive the protocol by hand.
     */
    public static ProviderPlugin exec(Path workDir, String engineAddress, Map<String, String> environment)
            throws IOException {
        return start(launcher(projectDir(), "exchangeonline"), workDir, environment, "--logtostderr", "-v=9",
                "--tracing", "127.0.0.1:1", engineAddress);
    }

    /**
     * Execs {@code launcher} in {@code workDir} with the engine's {@code arguments} (flags, then the engine address),
     * reads the port from the first stdout line (byte by byte, as the engine does) and dials it. The caller's
     * {@code AZURE_*} variables are not passed on (the plugin must not sign in with ambient credentials);
     * {@code -Droomgate.providerJar} names the jar the launcher runs.
     */
    private static ProviderPlugin start(Path launcher, Path workDir, Map<String, String> environment,
                                        String... arguments) throws IOException {
        if (!Files.isExecutable(launcher)) {
            throw new IOException("provider launcher " + launcher + " is missing or not executable");
        }
        String fileName = launcher.getFileName().toString();
        String packageName = fileName.startsWith(LAUNCHER_PREFIX) ? fileName.substring(LAUNCHER_PREFIX.length())
                : fileName;
        List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("AZURE_"));
        String jar = System.getProperty("roomgate.providerJar");
        if (jar != null) {
            builder.environment().put("ROOMGATE_PROVIDER_JAR", jar);
        }
        builder.environment().putAll(environment);
        Process process = builder.start();
        String firstLine = readLine(process.getInputStream());
        int port;
        try {
            port = Integer.parseInt(firstLine == null ? "" : firstLine.trim());
        } catch (NumberFormatException notAPort) {
            process.destroyForcibly();
            throw new IOException("plugin " + launcher + " wrote " + (firstLine == null ? "nothing"
                    : "'" + firstLine + "'") + " instead of its port to stdout; stderr: "
                    + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        ProviderPlugin plugin = new ProviderPlugin(packageName, process, firstLine, port);
        plugin.drain("stdout", process.getInputStream());
        plugin.drain("stderr", process.getErrorStream());
        return plugin;
    }

    /** Reads one line byte by byte, so nothing after the newline is consumed here. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                return line.toString(StandardCharsets.UTF_8);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
    }

    /** The first line the plugin printed on stdout (its port). */
    public String firstLine() {
        return firstLine;
    }

    /** The plugin's process id (the launcher execs the JVM, so this is the provider's JVM). */
    public long pid() {
        return process.pid();
    }

    /** The ResourceProvider service, each call with a deadline. */
    public ResourceProviderBlockingStub stub() {
        return stub.withDeadlineAfter(CALL_DEADLINE_SECONDS, TimeUnit.SECONDS);
    }

    /** {@code Handshake} and {@code Configure} with {@code args} as the engine sends them, for tests driving by hand. */
    public ResourceProviderBlockingStub configured(Struct args) {
        stub().handshake(ProviderHandshakeRequest.newBuilder().setEngineAddress("")
                .setConfigureWithUrn(true).setSupportsViews(true).build());
        stub().configure(ConfigureRequest.newBuilder().setArgs(args)
                .setAcceptSecrets(true).setAcceptResources(true).setSendsOldInputs(true)
                .setSendsOldInputsToDelete(true).build());
        return stub();
    }

    /** What the plugin wrote to stderr so far. */
    public String stderr() {
        return output("stderr");
    }

    /** What the plugin wrote to stdout after its port line so far (the engine shows it; ours must write nothing). */
    public String stdoutAfterPort() {
        return output("stdout");
    }

    private String output(String stream) {
        String prefix = stream + ": ";
        return diagnostics.stream().filter(line -> line.startsWith(prefix))
                .map(line -> line.substring(prefix.length()) + "\n").collect(java.util.stream.Collectors.joining());
    }

    /** From exec to an answered handshake and plugin info: what the engine waits for before the first call. */
    public java.time.Duration startup() {
        return startup;
    }

    /**
     * The plugin process's peak resident memory so far (Linux {@code VmHWM}), in kilobytes; the launcher execs the
     * JVM, so this is the provider's JVM. Empty where /proc cannot tell.
     */
    public java.util.OptionalLong peakResidentKilobytes() {
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

    public String packageName() {
        return packageName;
    }

    /** What the plugin wrote besides the port: stdout after the first line, and stderr. */
    public List<String> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /** The resource tokens of the plugin's schema. */
    public java.util.Set<String> resourceTypes() {
        String schema = stub().getSchema(pulumirpc.Provider.GetSchemaRequest.newBuilder().build()).getSchema();
        com.google.gson.JsonObject resources = com.google.gson.JsonParser.parseString(schema).getAsJsonObject()
                .getAsJsonObject("resources");
        return resources == null ? java.util.Set.of() : java.util.Set.copyOf(resources.keySet());
    }

    public CheckResponse check(String urn, String type, String name, Struct olds, Struct news) {
        return stub().check(CheckRequest.newBuilder().setUrn(urn).setType(type).setName(name)
                .setOlds(olds).setNews(news).build());
    }

    public DiffResponse diff(String urn, String type, String name, String id, Struct oldOutputs, Struct oldInputs,
                      Struct news) {
        return stub().diff(DiffRequest.newBuilder().setUrn(urn).setType(type).setName(name).setId(id)
                .setOlds(oldOutputs).setOldInputs(oldInputs).setNews(news).build());
    }

    public CreateResponse create(String urn, String type, String name, Struct properties, boolean preview) {
        return stub().create(CreateRequest.newBuilder().setUrn(urn).setType(type).setName(name)
                .setProperties(properties).setPreview(preview).build());
    }

    public UpdateResponse update(String urn, String type, String name, String id, Struct oldOutputs, Struct oldInputs,
                          Struct news, boolean preview) {
        return stub().update(UpdateRequest.newBuilder().setUrn(urn).setType(type).setName(name).setId(id)
                .setOlds(oldOutputs).setOldInputs(oldInputs).setNews(news).setPreview(preview).build());
    }

    public ReadResponse read(String urn, String type, String name, String id, Struct state, Struct inputs) {
        return stub().read(ReadRequest.newBuilder().setUrn(urn).setType(type).setName(name).setId(id)
                .setProperties(state).setInputs(inputs).build());
    }

    public void delete(String urn, String type, String name, String id, Struct oldOutputs, Struct oldInputs) {
        stub().delete(DeleteRequest.newBuilder().setUrn(urn).setType(type).setName(name).setId(id)
                .setProperties(oldOutputs).setOldInputs(oldInputs).build());
    }

    public InvokeResponse invoke(String token, Struct args) {
        return stub().invoke(InvokeRequest.newBuilder().setTok(token).setArgs(args).build());
    }

    private void drain(String stream, InputStream output) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
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

    /** The engine kills a plugin rather than asking it to stop; so do we. */
    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

}
