package io.roomgate.provider;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import pulumirpc.EngineGrpc;
import pulumirpc.EngineOuterClass.LogRequest;
import pulumirpc.EngineOuterClass.LogSeverity;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Progress and warnings for the admin, shown by the engine next to the resource they concern. Without an engine
 * (started by hand, or the engine's Log RPC fails) the same lines go to stderr, which the engine also collects.
 */
public final class EngineLog implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(EngineLog.class.getName());

    private volatile ManagedChannel channel;
    private volatile EngineGrpc.EngineBlockingStub engine;
    private final AtomicBoolean engineFailed = new AtomicBoolean();

    private EngineLog() {}

    /** A log that writes to stderr until {@link #connect} names the engine. */
    public static EngineLog toStderr() {
        return new EngineLog();
    }

    /** Sends further lines to the engine at {@code address} (host:port); idempotent for the same engine. */
    public synchronized void connect(String address) {
        if (address == null || address.isBlank() || channel != null) {
            return;
        }
        channel = NettyChannelBuilder.forTarget(address).usePlaintext().build();
        engine = EngineGrpc.newBlockingStub(channel);
    }

    public void debug(String urn, String message) {
        send(LogSeverity.DEBUG, urn, message);
    }

    public void info(String urn, String message) {
        send(LogSeverity.INFO, urn, message);
    }

    public void warning(String urn, String message) {
        send(LogSeverity.WARNING, urn, message);
    }

    private void send(LogSeverity severity, String urn, String message) {
        String line = (urn == null || urn.isEmpty() ? "" : urn + ": ") + message;
        EngineGrpc.EngineBlockingStub target = engine;
        if (target != null && !engineFailed.get()) {
            // Blocking, like the engine's own providers: a line reaches the engine before the step it describes ends.
            try {
                target.withDeadlineAfter(10, TimeUnit.SECONDS).log(LogRequest.newBuilder()
                        .setSeverity(severity).setMessage(message).setUrn(urn == null ? "" : urn).build());
                LOG.log(System.Logger.Level.DEBUG, line);
                return;
            } catch (RuntimeException e) {
                if (engineFailed.compareAndSet(false, true)) {
                    LOG.log(System.Logger.Level.WARNING, "the engine's Log service failed (" + e.getMessage()
                            + "); progress goes to stderr from now on");
                }
            }
        }
        LOG.log(severity == LogSeverity.WARNING ? System.Logger.Level.WARNING
                : severity == LogSeverity.INFO ? System.Logger.Level.INFO : System.Logger.Level.DEBUG, line);
    }

    @Override
    public void close() {
        ManagedChannel open = channel;
        if (open != null) {
            open.shutdown();
        }
    }
}
