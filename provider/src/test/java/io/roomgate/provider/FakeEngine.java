package io.roomgate.provider;

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

/** The engine's Log service, on loopback, keeping every line the provider sends it. */
final class FakeEngine implements AutoCloseable {
    private final List<LogRequest> logs = new CopyOnWriteArrayList<>();
    private final Server server;

    FakeEngine() throws IOException {
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .addService(new EngineGrpc.EngineImplBase() {
                    @Override
                    public void log(LogRequest request, StreamObserver<Empty> response) {
                        logs.add(request);
                        response.onNext(Empty.getDefaultInstance());
                        response.onCompleted();
                    }
                })
                .build().start();
    }

    String address() {
        return "127.0.0.1:" + server.getPort();
    }

    List<LogRequest> logs() {
        return List.copyOf(logs);
    }

    /** Log lines for one resource, in order. */
    List<String> messagesFor(String urn) {
        return logs.stream().filter(l -> l.getUrn().equals(urn)).map(LogRequest::getMessage).toList();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
