package io.roomgate.testengine;

import com.google.protobuf.Empty;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import pulumirpc.EngineGrpc;
import pulumirpc.EngineOuterClass.LogRequest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The engine's own gRPC service, as far as a provider uses it: the address a plugin gets as its last argument and
 * logs to. Keeps every message so tests can read what an admin would see in {@code pulumi up}.
 */
public final class EngineLogSink extends EngineGrpc.EngineImplBase implements AutoCloseable {

    public record Message(String severity, String urn, String text, boolean ephemeral) {}

    private final List<Message> messages = new CopyOnWriteArrayList<>();
    private final Server server;

    EngineLogSink() throws IOException {
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0)).addService(this).build().start();
    }

    String address() {
        return "127.0.0.1:" + server.getPort();
    }

    List<Message> messages() {
        return List.copyOf(messages);
    }

    @Override
    public void log(LogRequest request, StreamObserver<Empty> response) {
        messages.add(new Message(request.getSeverity().name(), request.getUrn(), request.getMessage(),
                request.getEphemeral()));
        response.onNext(Empty.getDefaultInstance());
        response.onCompleted();
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
}
