package io.roomgate.provider;

import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * {@code pulumi-resource-exchangeonline}: serves the provider on a free loopback port and prints that port as the
 * first and only line on stdout (the engine's handshake). Everything else goes to stderr or to the engine.
 */
public final class ProviderMain {
    private ProviderMain() {}

    public static void main(String[] args) throws Exception {
        // Nothing may reach stdout before the port: route any stray System.out writes to stderr from the start.
        PrintStream stdout = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        System.setOut(System.err);
        LaunchArgs launch;
        try {
            launch = LaunchArgs.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("pulumi-resource-exchangeonline: " + e.getMessage());
            System.exit(2);
            return;
        }
        configureLogging(launch.verbosity());
        EngineLog log = EngineLog.toStderr();
        launch.engineAddress().ifPresent(log::connect);
        log.forward("io.roomgate.exchange");
        log.forwardLibraries();
        Server server = serve(ProviderAssembly.provider(System.getenv(), log), 0);
        stdout.println(server.getPort());
        stdout.flush();
        if (System.getenv(TRAINING_RUN) != null) {
            exerciseAndExit(server);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdownNow();
            log.close();
        }, "provider-shutdown"));
        server.awaitTermination();
    }

    /**
     * Set by the build to record the classes a start loads into a class-data archive the shim then maps, which
     * roughly halves the cold start: the provider answers the RPCs every run begins with, then exits normally.
     */
    static final String TRAINING_RUN = "ROOMGATE_PROVIDER_TRAINING_RUN";

    private static void exerciseAndExit(Server server) {
        io.grpc.ManagedChannel channel = io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder
                .forAddress("127.0.0.1", server.getPort()).usePlaintext().build();
        try {
            var stub = pulumirpc.ResourceProviderGrpc.newBlockingStub(channel);
            stub.handshake(pulumirpc.Provider.ProviderHandshakeRequest.getDefaultInstance());
            stub.getPluginInfo(com.google.protobuf.Empty.getDefaultInstance());
            stub.getSchema(pulumirpc.Provider.GetSchemaRequest.getDefaultInstance());
            var news = io.roomgate.provider.codec.PropertyCodec.encode(java.util.Map.of("name", "Rooms",
                    "alias", "rooms", "members", java.util.List.of("room1@contoso.com")));
            String type = "exchangeonline:index:MailEnabledSecurityGroup";
            stub.check(pulumirpc.Provider.CheckRequest.newBuilder().setType(type).setNews(news).build());
            stub.diff(pulumirpc.Provider.DiffRequest.newBuilder().setType(type).setOlds(news).setNews(news).build());
            stub.create(pulumirpc.Provider.CreateRequest.newBuilder().setType(type).setProperties(news)
                    .setPreview(true).build());
        } finally {
            channel.shutdownNow();
            server.shutdownNow();
        }
        System.exit(0);
    }

    /** Serves the provider on 127.0.0.1 ({@code port} 0 = any free port). */
    public static Server serve(ExchangeOnlineProvider provider, int port) throws IOException {
        return NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", port))
                .addService(provider)
                .maxInboundMessageSize(64 * 1024 * 1024)
                .build()
                .start();
    }

    /** One line per record on stderr; debug detail only when the engine runs verbosely. */
    private static void configureLogging(int verbosity) {
        LogManager.getLogManager().reset();
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s %3$s: %5$s%6$s%n");
        Level level = verbosity >= 9 ? Level.ALL : verbosity >= 5 ? Level.FINE : Level.INFO;
        ConsoleHandler handler = new ConsoleHandler();
        handler.setFormatter(new SimpleFormatter());
        handler.setLevel(level);
        Logger root = Logger.getLogger("");
        root.setLevel(level);
        root.addHandler(handler);
        // The SDK's gRPC and Netty internals are chatty below WARNING; the admin never needs them.
        Logger.getLogger("io.grpc").setLevel(Level.WARNING);
    }
}
