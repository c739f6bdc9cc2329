package io.roomgate.localtenant;

import io.roomgate.localtenant.identity.CloudMetadataEndpoint;
import io.roomgate.localtenant.server.ConnectionFile;
import io.roomgate.localtenant.server.LocalTenantHome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar local-tenant.jar start|stop|status|run}: the local tenant as a server of its own, like Azurite or
 * LocalStack. One HTTPS listener on 127.0.0.1 at a fixed port, its files in one directory
 * ({@link LocalTenantHome}); {@code start} runs it in the background and is a no-op when it already runs,
 * {@code run} in the foreground.
 */
@Command(name = "local-tenant", mixinStandardHelpOptions = true,
        subcommands = {LocalTenantMain.Start.class, LocalTenantMain.Stop.class, LocalTenantMain.Status.class,
                LocalTenantMain.Run.class},
        description = "A local Microsoft 365 tenant (Entra token service, Microsoft Graph, Exchange admin API) over "
                + "HTTPS on 127.0.0.1, kept in a state file.")
public final class LocalTenantMain implements Runnable {
    public static final int DEFAULT_PORT = 47443;
    /** What {@link Status} exits with when no tenant runs (as an init script's status does). */
    static final int NOT_RUNNING = 3;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    /** Where the tenant's files are. */
    static final class Location {
        @Option(names = "--dir", paramLabel = "DIR",
                defaultValue = "${env:ROOMGATE_LOCAL_TENANT_DIR:-.roomgate/local-tenant}",
                description = "The tenant's directory: state, pid, log, CA certificate, connection file "
                        + "(default ${DEFAULT-VALUE}; env ROOMGATE_LOCAL_TENANT_DIR).")
        Path directory;

        LocalTenantHome home() {
            return new LocalTenantHome(directory);
        }
    }

    /** How to serve it, and what to seed when its directory holds no tenant yet. */
    static final class Serving {
        @Option(names = "--port", defaultValue = "${env:ROOMGATE_LOCAL_TENANT_PORT:-" + DEFAULT_PORT + "}",
                description = "Port on 127.0.0.1 (default ${DEFAULT-VALUE}; env ROOMGATE_LOCAL_TENANT_PORT; "
                        + "0 picks a free one).")
        int port;

        @Option(names = "--rooms", defaultValue = "" + SimulatorOptions.DEFAULT_ROOMS,
                description = "Room mailboxes to seed in a new tenant (0-10000; default ${DEFAULT-VALUE}).")
        int rooms;

        @Option(names = "--organization", defaultValue = "contoso",
                description = "A new tenant's organization: <name>.onmicrosoft.com (default ${DEFAULT-VALUE}).")
        String organization;

        SimulatorOptions options(LocalTenantHome home) {
            return SimulatorOptions.defaults().withPort(port).withRooms(rooms).withOrganization(organization)
                    .withStateFile(home.stateFile());
        }

        List<String> arguments() {
            return List.of("--port", String.valueOf(port), "--rooms", String.valueOf(rooms),
                    "--organization", organization);
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Serves the tenant in the foreground until stopped (Ctrl-C or `stop`).")
    static final class Run implements Callable<Integer> {
        @Mixin
        Location location;
        @Mixin
        Serving serving;

        @Override
        public Integer call() throws InterruptedException {
            PrintWriter out = new PrintWriter(System.out, true);
            LocalTenantHome home = location.home();
            Optional<LocalTenantHome.Running> running = home.running();
            if (running.isPresent()) {
                System.err.println("local-tenant: the local tenant in " + home.directory() + " already runs (pid "
                        + running.get().pid() + "); stop it first with `./roomgate tenant stop`.");
                return 1;
            }
            TenantSimulator tenant;
            try {
                tenant = TenantSimulator.start(serving.options(home));
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof BindException) {
                    System.err.println("local-tenant: port " + serving.port + " on 127.0.0.1 is taken by another "
                            + "program; pick another with --port or ROOMGATE_LOCAL_TENANT_PORT.");
                    return 1;
                }
                throw e;
            }
            ConnectionFile.publish(tenant, home.directory());
            long pid = ProcessHandle.current().pid();
            home.writePid(ProcessHandle.current());
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                tenant.close();
                home.removePid(pid);
                stopped.countDown();
            }, "local-tenant-shutdown"));
            out.println("The local tenant is running (Ctrl-C to stop).");
            describe(out, home, new LocalTenantHome.Running(pid, ConnectionFile.read(home.connectionFile())));
            stopped.await();
            return 0;
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Starts the tenant in the background, or says where it is when it already runs.")
    static final class Start implements Callable<Integer> {
        @Mixin
        Location location;
        @Mixin
        Serving serving;

        @Override
        public Integer call() throws IOException, InterruptedException {
            PrintWriter out = new PrintWriter(System.out, true);
            LocalTenantHome home = location.home();
            Optional<LocalTenantHome.Running> running = home.running();
            if (running.isPresent()) {
                out.println("The local tenant is already running.");
                describe(out, home, running.get());
                return 0;
            }
            Files.createDirectories(home.directory());
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-cp",
                    System.getProperty("java.class.path"), LocalTenantMain.class.getName(), "run",
                    "--dir", home.directory().toString()));
            command.addAll(serving.arguments());
            Process server = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(home.logFile().toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                if (!server.isAlive()) {
                    System.err.println("local-tenant: the local tenant stopped while starting (exit "
                            + server.exitValue() + "). The end of its log, " + home.logFile() + ":");
                    System.err.println(tail(home.logFile(), 10));
                    return 1;
                }
                running = home.running().filter(started -> started.pid() == server.pid());
                if (running.isPresent()) {
                    out.println("Started the local tenant.");
                    describe(out, home, running.get());
                    return 0;
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
            server.destroy();
            System.err.println("local-tenant: the local tenant did not answer within " + START_TIMEOUT.toSeconds()
                    + " s and was stopped; see its log, " + home.logFile());
            return 1;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true,
            description = "Stops the tenant; its state stays in its directory for the next start.")
    static final class Stop implements Callable<Integer> {
        @Mixin
        Location location;

        @Override
        public Integer call() throws InterruptedException {
            PrintWriter out = new PrintWriter(System.out, true);
            LocalTenantHome home = location.home();
            Optional<ProcessHandle> process = home.process();
            if (process.isEmpty()) {
                out.println("The local tenant in " + home.directory() + " is not running.");
                return 0;
            }
            ProcessHandle server = process.get();
            server.destroy();
            try {
                server.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                System.err.println("local-tenant: the local tenant (pid " + server.pid() + ") did not stop within "
                        + STOP_TIMEOUT.toSeconds() + " s; it is still running.");
                return 1;
            }
            out.println("Stopped the local tenant (pid " + server.pid() + "); its state stays in "
                    + home.stateFile() + ".");
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Says whether the tenant runs and where (exit 3 when it does not).")
    static final class Status implements Callable<Integer> {
        @Mixin
        Location location;

        @Override
        public Integer call() {
            PrintWriter out = new PrintWriter(System.out, true);
            LocalTenantHome home = location.home();
            Optional<LocalTenantHome.Running> running = home.running();
            if (running.isEmpty()) {
                out.println("The local tenant in " + home.directory() + " is not running; start it with "
                        + "./roomgate tenant start.");
                return NOT_RUNNING;
            }
            out.println("The local tenant is running.");
            describe(out, home, running.get());
            return 0;
        }
    }

    /** Where the tenant is and how to point a tool at it; the secrets stay in the connection file. */
    static void describe(PrintWriter out, LocalTenantHome home, LocalTenantHome.Running running) {
        ConnectionFile connection = running.connection();
        Path connectionFile = relative(home.connectionFile());
        out.println("  pid                " + running.pid());
        out.println("  tenant id          " + connection.tenantId());
        out.println("  organization       " + connection.organization());
        out.println("  Exchange admin API " + connection.invokeCommandUrl());
        out.println("  Microsoft Graph    " + connection.graphEndpoint());
        out.println("  login endpoint     " + connection.loginEndpoint());
        out.println("  cloud metadata     https://" + connection.metadataHost() + CloudMetadataEndpoint.PATH
                + "?api-version=2022-09-01");
        out.println("  CA certificate     " + connection.caCertificateFile());
        out.println("  deploying app      " + connection.deployer().clientId() + " (secret in the connection file)");
        out.println("  connection file    " + connectionFile);
        out.println("  state, log         " + relative(home.stateFile()) + ", " + relative(home.logFile()));
        out.println("Point a tool at it:");
        out.println("  exchangeonline provider  exchangeonline:local: " + connectionFile);
        out.println("  azuread provider         azuread:metadataHost: " + connection.metadataHost()
                + ", with SSL_CERT_FILE=" + connection.caCertificateFile());
        out.println("  azure-identity           authority host " + connection.loginEndpoint() + ", tenant "
                + connection.tenantId() + ", instance discovery off, trust the CA certificate");
        out.println("Stop it with ./roomgate tenant stop; its state stays for the next start.");
        out.flush();
    }

    private static Path relative(Path file) {
        Path here = Path.of("").toAbsolutePath();
        return file.startsWith(here) ? here.relativize(file) : file;
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(" + file + " cannot be read: " + e.getMessage() + ")";
        }
    }

    /** Without a command: the usage, which lists them. */
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new LocalTenantMain()).execute(args));
    }
}
