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

    /** The resource the current thread is working on, so lower layers' messages land next to it. */
    private static final ThreadLocal<String> CURRENT_RESOURCE = new ThreadLocal<>();
    /** JUL keeps loggers weakly; the forwarded ones must live as long as the provider. */
    private final java.util.List<java.util.logging.Logger> forwarded = new java.util.concurrent.CopyOnWriteArrayList<>();

    private EngineLog() {}

    /** Runs {@code call} with lower-layer messages attributed to {@code urn}. */
    public static <T> T forResource(String urn, java.util.concurrent.Callable<T> call) throws Exception {
        String previous = CURRENT_RESOURCE.get();
        CURRENT_RESOURCE.set(urn);
        try {
            return call.call();
        } finally {
            CURRENT_RESOURCE.set(previous);
        }
    }

    /**
     * Shows the admin what a lower layer reports at INFO and above through {@code java.util.logging} (the Exchange
     * client's throttling waits with their Retry-After, replication waits, lost responses being looked up).
     */
    public void forward(String loggerName) {
        java.util.logging.Logger source = java.util.logging.Logger.getLogger(loggerName);
        source.addHandler(new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                if (record.getLevel().intValue() < java.util.logging.Level.INFO.intValue()) {
                    return;
                }
                String message = "Exchange: " + new java.util.logging.SimpleFormatter().formatMessage(record);
                String urn = CURRENT_RESOURCE.get();
                if (record.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                    warning(urn, message);
                } else {
                    info(urn, message);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        });
        forwarded.add(source);
    }

    /**
     * Shows the admin what the libraries under the Exchange client (azure-identity, MSAL, azure-core) log through
     * SLF4J, scrubbed of tokens and secrets, next to the resource whose call caused it: their warnings as warnings,
     * their errors as debug detail (the RPC's own error reports that failure, once, with what to do).
     */
    public void forwardLibraries() {
        io.roomgate.exchange.LibraryLogs.route(new io.roomgate.exchange.LibraryLogs.Sink() {
            @Override
            public void warning(String message) {
                EngineLog.this.warning(CURRENT_RESOURCE.get(), message);
            }

            @Override
            public void detail(String message) {
                debug(CURRENT_RESOURCE.get(), message);
            }
        });
    }

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
                // A line cut off by the interrupt of a stopped operation says nothing about the engine.
                if (!Thread.currentThread().isInterrupted() && engineFailed.compareAndSet(false, true)) {
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
