package io.roomgate.e2e;

import io.roomgate.exchange.ExchangeAdminClient;
import io.roomgate.exchange.TlsTrust;
import io.roomgate.localtenant.server.ConnectionFile;
import io.roomgate.testengine.EngineLogSink;
import io.roomgate.testengine.StandInEngine;
import io.roomgate.testengine.GraphEntraStandIn;
import io.roomgate.testengine.Step;
import io.roomgate.testfixtures.ProjectDir;
import io.roomgate.testfixtures.SimulatorGraph;
import io.roomgate.verify.VerifyCommand;
import org.yaml.snakeyaml.Yaml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code ./roomgate <command> --stack <stack>} runs when there is no Pulumi CLI: the stack file read as the
 * CLI reads it, the program run through the <b>test stand-in</b> for the engine against the running local tenant
 * whose connection file {@code exchangeonline:local} names ({@code ./roomgate} starts it first), the checkpoint in
 * {@code .roomgate/}, a Pulumi-like summary, and (after {@code up}) verify on the stack's outputs. Only stacks on
 * the local tenant can run this way.
 */
public final class LocalStandIn {
    private static final Path ROOT = ProjectDir.root();
    private static final Path STACKS = ROOT.resolve("stacks");
    private static final Path WORK = ROOT.resolve(".roomgate");

    private LocalStandIn() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length != 3 || !args[1].equals("--stack")) {
            err.println("usage: LocalStandIn up|preview|refresh|destroy --stack <stack>");
            return 2;
        }
        String command = args[0];
        String stack = args[2];
        Path stackFile = STACKS.resolve("Pulumi." + stack + ".yaml");
        if (!Files.exists(stackFile)) {
            err.println("roomgate: there is no stack file " + ROOT.relativize(stackFile) + "; the stacks are "
                    + String.join(", ", stackNames()));
            return 2;
        }
        Map<String, String> config = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : readConfig(stackFile).entrySet()) {
            if (entry.getValue() instanceof Map<?, ?> map && map.containsKey("secure")) {
                err.println("roomgate: " + entry.getKey() + " is encrypted by the Pulumi CLI; the stand-in cannot "
                        + "read it. Run this stack with `pulumi`.");
                return 2;
            }
            Object value = entry.getValue();
            config.put(entry.getKey(), value instanceof Map || value instanceof List ? Stacks.json(value)
                    : String.valueOf(value));
        }
        String local = config.get("exchangeonline:local");
        if (local == null) {
            err.println("roomgate: stack '" + stack + "' is a real tenant (no exchangeonline:local). The stand-in only "
                    + "runs stacks on the local simulated tenant; install the Pulumi CLI to deploy it.");
            return 2;
        }
        Map<String, String> roomgate = new TreeMap<>();
        config.forEach((key, value) -> {
            if (key.startsWith("roomgate:")) {
                roomgate.put(key.substring("roomgate:".length()), value);
            }
        });
        Path connectionFile = ROOT.resolve(local);
        if (!Files.exists(connectionFile)) {
            err.println("roomgate: exchangeonline:local names " + local + ", which does not exist: no local tenant was "
                    + "started; start it with ./roomgate tenant start");
            return 1;
        }
        ConnectionFile connection = ConnectionFile.read(connectionFile);
        TlsTrust trust = TlsTrust.fromPem(Path.of(connection.caCertificateFile()));
        err.println("roomgate: local tenant " + connection.organization() + " (" + connection.tenantId() + ") at "
                + connection.exchangeEndpoint() + ", from " + local);
        if (roomgate.containsKey("app") && !roomgate.containsKey("appClientSecret")) {
            // The local stack brings the local tenant's platform app, whose secret is in its connection file.
            roomgate.put("appClientSecret", connection.platformApp().clientSecret());
        }
        Files.createDirectories(WORK);
        StandInEngine.Builder builder = StandInEngine.builder()
                .projectDir(ROOT)
                .stack(stack)
                .stateFile(WORK.resolve("stack-" + stack + ".json"))
                .entra(new GraphEntraStandIn(connection.tenantId(), connection.deployer().clientId(),
                        SimulatorGraph.client(connection.graphEndpoint(), connection.loginEndpoint(),
                                connection.tenantId(), trust.context(), trust.trustManager(),
                                connection.deployer().clientId(), connection.deployer().clientSecret())));
        config.forEach((key, value) -> {
            if (key.startsWith("exchangeonline:")) {
                builder.config(key, value);
            }
        });
        roomgate.forEach((key, value) -> builder.config("roomgate:" + key, value));
        if (roomgate.containsKey("appClientSecret")) {
            builder.secretConfig("roomgate:appClientSecret", roomgate.get("appClientSecret"));
        }
        try (StandInEngine engine = builder.build()) {
            StandInEngine.RunResult result = switch (command) {
                case "up" -> engine.up(E2eTenant.program(Instant.now()));
                case "preview" -> engine.preview(E2eTenant.program(Instant.now()));
                case "refresh" -> engine.refresh();
                case "destroy" -> engine.destroy();
                default -> {
                    err.println("roomgate: unknown command " + command);
                    yield null;
                }
            };
            if (result == null) {
                return 2;
            }
            summarize(command, stack, result, out);
            diagnostics(engine, out);
            if (!result.succeeded()) {
                result.errors().forEach(error -> err.println("error: " + error));
                return 1;
            }
            if (!command.equals("up")) {
                return 0;
            }
            out.println();
            out.println("Verifying as the platform's app (roomgate verify) …");
            return verify(connection, result.outputs(), out, err);
        }
    }

    /** The real verify command on the run's outputs, against the local tenant, as an admin would run it. */
    private static int verify(ConnectionFile connection, Map<String, Object> outputs, PrintStream out,
                              PrintStream err) {
        VerifyCommand command = new VerifyCommand(
                new ByteArrayInputStream(Stacks.json(outputs).getBytes(StandardCharsets.UTF_8)), out, err,
                Map.of("ROOMGATE_ADMIN_CLIENT_SECRET", connection.deployer().clientSecret()),
                ExchangeAdminClient::connect, Clock.systemUTC(), duration -> Thread.sleep(duration.toMillis()));
        return command.run(new String[] {"--graph-endpoint", connection.graphEndpoint(),
                "--authority-host", connection.loginEndpoint(), "--exchange-endpoint", connection.exchangeEndpoint(),
                "--organization", connection.organization(), "--trust-certificate", connection.caCertificateFile(),
                "--admin-client-id", connection.deployer().clientId(), "--no-progress", "--format", "table"});
    }

    private static void summarize(String command, String stack, StandInEngine.RunResult result, PrintStream out) {
        out.println((command.equals("preview") ? "Previewing" : "Running") + " " + command + " on stack " + stack
                + " (stand-in engine):");
        for (Step step : result.steps()) {
            if (step.op() != Step.Op.SAME) {
                out.println("  " + symbol(step.op()) + " " + step.type() + "  " + step.urn()
                        .substring(step.urn().lastIndexOf("::") + 2));
            }
        }
        Map<Step.Op, Long> counts = new TreeMap<>();
        result.steps().forEach(step -> counts.merge(step.op(), 1L, Long::sum));
        out.println("Resources: " + counts.entrySet().stream().map(e -> e.getValue() + " "
                + e.getKey().name().toLowerCase().replace('_', ' ')).reduce((a, b) -> a + ", " + b).orElse("none"));
        if (!result.outputs().isEmpty()) {
            out.println("Outputs:");
            result.outputs().forEach((name, value) -> {
                String shown = result.secretOutputs().contains(name) ? "[secret]" : Stacks.json(value);
                out.println("    " + name + ": " + (shown.length() > 110 ? shown.substring(0, 109) + "…" : shown));
            });
        }
    }

    /** The providers' warnings, as Pulumi prints them under "Diagnostics" (e.g. the room mailboxes a destroy keeps). */
    private static void diagnostics(StandInEngine engine, PrintStream out) {
        List<EngineLogSink.Message> warnings = engine.engineLog().stream()
                .filter(message -> message.severity().equals("WARNING")).toList();
        if (warnings.isEmpty()) {
            return;
        }
        out.println("Diagnostics:");
        for (EngineLogSink.Message warning : warnings) {
            String urn = warning.urn();
            out.println("  " + (urn.isEmpty() ? "" : urn.substring(urn.lastIndexOf("::") + 2) + ": ") + "warning: "
                    + warning.text());
        }
    }

    private static String symbol(Step.Op op) {
        return switch (op) {
            case CREATE -> "+";
            case IMPORT -> "=";
            case UPDATE, REFRESH -> "~";
            case REPLACE -> "+-";
            case DELETE, READ_GONE -> "-";
            case SAME -> " ";
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readConfig(Path stackFile) throws IOException {
        try (Reader reader = Files.newBufferedReader(stackFile)) {
            Map<String, Object> file = new Yaml().load(reader);
            Object config = file == null ? null : file.get("config");
            return config instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        }
    }

    private static List<String> stackNames() throws IOException {
        try (var files = Files.list(STACKS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Pulumi.") && n.endsWith(".yaml"))
                    .map(n -> n.substring(7, n.length() - 5)).sorted().toList();
        }
    }
}
