package io.roomgate.provider;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import pulumirpc.Provider;
import pulumirpc.ResourceProviderGrpc;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The provider plugin launched exactly as the engine launches it: exec the shim named by Pulumi.yaml with the
 * engine's arguments, read the port from the first stdout line, dial it with the SDK's gRPC stubs.
 */
final class LaunchedProvider implements AutoCloseable {
    final Process process;
    final int port;
    final String firstLine;
    final ManagedChannel channel;
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final ByteArrayOutputStream laterStdout = new ByteArrayOutputStream();

    private LaunchedProvider(Process process, String firstLine) {
        this.process = process;
        this.firstLine = firstLine;
        this.port = Integer.parseInt(firstLine.trim());
        this.channel = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext()
                .maxInboundMessageSize(64 * 1024 * 1024).build();
    }

    static Path projectDir() {
        return Path.of(System.getProperty("roomgate.projectDir", "."));
    }

    static Path shim() {
        return projectDir().resolve("provider/bin/pulumi-resource-exchangeonline");
    }

    /** Launches in {@code workDir} (the engine's working directory is the project) with extra environment. */
    static LaunchedProvider launch(Path workDir, String engineAddress, Map<String, String> environment)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(shim().toString(), "--logtostderr", "-v=9",
                "--tracing", "127.0.0.1:1", engineAddress));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        String jar = System.getProperty("roomgate.providerJar");
        if (jar != null) {
            builder.environment().put("ROOMGATE_PROVIDER_JAR", jar);
        }
        builder.environment().keySet().removeIf(k -> k.startsWith("AZURE_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String first = readLine(process.getInputStream());
        if (first == null) {
            throw new IOException("the provider exited before printing its port: "
                    + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        LaunchedProvider launched = new LaunchedProvider(process, first);
        drain(process.getInputStream(), launched.laterStdout);
        drain(process.getErrorStream(), launched.stderr);
        return launched;
    }

    /** Reads one line byte by byte, as the engine does (no buffering past the newline). */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                return line.toString(StandardCharsets.UTF_8);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
    }

    private static void drain(InputStream in, ByteArrayOutputStream sink) {
        Thread thread = new Thread(() -> {
            try {
                in.transferTo(new java.io.OutputStream() {
                    @Override
                    public void write(int b) {
                        synchronized (sink) {
                            sink.write(b);
                        }
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        synchronized (sink) {
                            sink.write(b, off, len);
                        }
                    }
                });
            } catch (IOException ignored) {
                // the process ended
            }
        }, "provider-output");
        thread.setDaemon(true);
        thread.start();
    }

    ResourceProviderGrpc.ResourceProviderBlockingStub stub() {
        return ResourceProviderGrpc.newBlockingStub(channel).withDeadlineAfter(60, TimeUnit.SECONDS);
    }

    /** Handshake and Configure as the engine does before any resource call. */
    ResourceProviderGrpc.ResourceProviderBlockingStub configured(com.google.protobuf.Struct args) {
        var stub = stub();
        stub.handshake(Provider.ProviderHandshakeRequest.newBuilder().setEngineAddress("")
                .setConfigureWithUrn(true).setSupportsViews(true).build());
        stub.configure(Provider.ConfigureRequest.newBuilder().setArgs(args)
                .setAcceptSecrets(true).setAcceptResources(true).setSendsOldInputs(true)
                .setSendsOldInputsToDelete(true).build());
        return stub;
    }

    String stderr() {
        synchronized (stderr) {
            return stderr.toString(StandardCharsets.UTF_8);
        }
    }

    String stdoutAfterPort() {
        synchronized (laterStdout) {
            return laterStdout.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
