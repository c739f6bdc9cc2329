package io.roomgate.verify;

import io.roomgate.exchange.CredentialSource;
import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.exchange.ExchangeAdminClient;
import io.roomgate.exchange.ExchangeClientOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.roomgate.exchange.TlsTrust;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code roomgate verify}: proves, as the platform's app, that it reaches the stack's room calendars and nothing
 * else, and prints a report an admin can attach to a change ticket.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, version = "roomgate verify 0.1.0",
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
                "Signs in as the room-booking platform's app and proves, with Microsoft Graph, that it can read (and,"
                        + " where the profile writes, write) each room's calendar and cannot read the canary mailbox."
                        + " With an Exchange admin credential it also runs Test-ServicePrincipalAuthorization or"
                        + " Test-ApplicationAccessPolicy per mailbox, which tells a change Exchange has not applied"
                        + " yet from a room the access does not cover.",
                "",
                "A stack without an app (accessModel serviceAccount) is checked on the admin side only: the service"
                        + " account's folder role on each room (Get-MailboxFolderPermission), and nothing on the canary.",
                "",
                "Reads the stack's outputs itself with --stack <s>, which runs",
                "  pulumi stack output --json --show-secrets --stack <s>",
                "or from --outputs FILE, or from standard input."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:PASS: every room reachable as asked, the canary denied, no unscoped grant",
                "1:ERROR: verify could not check everything (see the report), or could not run",
                "2:usage error",
                "3:BREACH: the app reaches a mailbox that is not a room, or holds an unscoped grant",
                "4:PENDING: Exchange has not applied the latest change yet; run again later or use --wait",
                "5:INCOMPLETE: some rooms are not covered by the app's access"})
public final class VerifyCommand implements Callable<Integer> {
    static final int EXIT_ERROR = 1;

    enum Format { table, json, markdown }

    @Option(names = {"--stack", "-s"}, paramLabel = "STACK",
            description = "Read the outputs of this stack: runs `pulumi stack output --json --show-secrets --stack"
                    + " STACK` in the project directory (--cwd).")
    String stack;

    @Option(names = {"--cwd", "-C"}, paramLabel = "DIR", defaultValue = ".",
            description = "roomgate's project directory, where Pulumi.yaml is (default: the current directory).")
    Path projectDirectory;

    @Option(names = "--pulumi", paramLabel = "PATH",
            description = "The Pulumi CLI to run for --stack (default: $" + PulumiStackOutputs.PULUMI_VARIABLE
                    + ", else pulumi on the PATH).")
    String pulumi;

    @Option(names = "--outputs", paramLabel = "FILE",
            description = "The stack's outputs as JSON (`pulumi stack output --json --show-secrets`), instead of"
                    + " --stack; `-` or absent reads them from standard input.")
    String outputsFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "What to print on standard output: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--json", description = "Shorthand for --format json, for CI.")
    boolean json;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write the report as Markdown to FILE, for the change ticket.")
    Path report;

    @Option(names = "--wait", paramLabel = "DURATION", defaultValue = "0s", converter = DurationConverter.class,
            description = "While the verdict is PENDING, check the pending mailboxes again with back-off until this"
                    + " long has passed (e.g. 2h, 90m; default: check once).")
    Duration waitUpTo;

    @Option(names = "--poll-interval", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "The first pause between checks under --wait; it doubles up to 5 minutes (default 30s).")
    Duration pollInterval;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "8",
            description = "Mailboxes checked at once (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--read-only", description = "Do not write a probe event, even if the stack's profile writes.")
    boolean readOnly;

    @Option(names = "--client-certificate", paramLabel = "FILE",
            description = "Sign in as the platform's app with this certificate (a .pem file with the key, or a"
                    + " PFX) instead of the stack's client secret.")
    Path clientCertificate;

    @Option(names = "--graph-endpoint", paramLabel = "URL", defaultValue = "https://graph.microsoft.com/v1.0",
            description = "Microsoft Graph's base URL (default ${DEFAULT-VALUE}).")
    URI graphEndpoint;

    @Option(names = "--graph-resource", paramLabel = "URL", defaultValue = "https://graph.microsoft.com",
            description = "The resource Graph tokens are requested for (default ${DEFAULT-VALUE}).")
    String graphResource;

    @Option(names = "--authority-host", paramLabel = "URL",
            description = "The Entra authority host (default: the public cloud's).")
    URI authorityHost;

    @Option(names = "--trust-certificate", paramLabel = "PEM",
            description = "Trust this server certificate too (the local tenant simulator's).")
    Path trustCertificate;

    @Option(names = "--exchange-endpoint", paramLabel = "URL",
            description = "The Exchange admin API's base URL (default: the public cloud's).")
    URI exchangeEndpoint;

    @Option(names = "--organization", paramLabel = "DOMAIN",
            description = "The tenant's initial domain (contoso.onmicrosoft.com), for Exchange's routing (default:"
                    + " the stack's verification.organization).")
    String organization;

    @Option(names = "--admin-client-id", paramLabel = "ID",
            description = "The Exchange admin app (Exchange.ManageAsApp) for the admin tests; its secret is read"
                    + " from the variable named by --admin-secret-env, or use --admin-certificate. Without it,"
                    + " AZURE_CLIENT_ID and friends are used if set.")
    String adminClientId;

    @Option(names = "--admin-certificate", paramLabel = "FILE", description = "The admin app's certificate.")
    Path adminCertificate;

    @Option(names = "--admin-secret-env", paramLabel = "VARIABLE", defaultValue = "ROOMGATE_ADMIN_CLIENT_SECRET",
            description = "The environment variable that holds the admin app's client secret (default"
                    + " ${DEFAULT-VALUE}); secrets do not belong on a command line.")
    String adminSecretVariable;

    @Option(names = "--no-admin-tests", description = "Skip the Exchange admin tests and the checks that need an admin"
            + " credential (Graph probes only). Without this option an admin credential is required.")
    boolean noAdminTests;

    @Option(names = "--no-progress", description = "No progress bar, even on a terminal.")
    boolean noProgress;

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;
    private final Map<String, String> environment;
    private final Function<ExchangeClientOptions, ExchangeAdmin> exchangeConnector;
    private final Clock clock;
    private final Verifier.Sleeper sleeper;

    public VerifyCommand() {
        this(System.in, System.out, System.err, System.getenv(), ExchangeAdminClient::connect, Clock.systemUTC(),
                duration -> Thread.sleep(duration.toMillis()));
    }

    /** For embedding and tests: where input and output go, the environment, and how time passes. */
    public VerifyCommand(InputStream stdin, PrintStream stdout, PrintStream stderr, Map<String, String> environment,
                         Function<ExchangeClientOptions, ExchangeAdmin> exchangeConnector, Clock clock,
                         Verifier.Sleeper sleeper) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
        this.environment = Map.copyOf(environment);
        this.exchangeConnector = exchangeConnector;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public static void main(String[] args) {
        io.roomgate.exchange.LibraryLogs.toStderr("verify");
        System.exit(new VerifyCommand().run(args));
    }

    /** Parses {@code args}, runs, and returns the exit code. */
    public int run(String... args) {
        CommandLine line = new CommandLine(this);
        line.setOut(new java.io.PrintWriter(stdout, true));
        line.setErr(new java.io.PrintWriter(stderr, true));
        line.setExecutionExceptionHandler((failure, commandLine, parseResult) -> {
            stderr.println("verify: " + failure.getMessage());
            return EXIT_ERROR;
        });
        return line.execute(args);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (stack != null && outputsFile != null) {
            stderr.println("verify: give either --stack or --outputs, not both");
            return 2;
        }
        StackOutputs outputs;
        try {
            outputs = StackOutputs.parse(readOutputs());
        } catch (IllegalArgumentException e) {
            stderr.println("verify: " + (stack == null ? "" : "stack '" + stack + "': ") + e.getMessage());
            return EXIT_ERROR;
        }
        if (readOnly) {
            outputs = outputs.readOnly();
        }
        if (concurrency < 1 || concurrency > 64) {
            stderr.println("verify: --concurrency must be 1–64, got " + concurrency);
            return 2;
        }
        TlsTrust trust;
        try {
            trust = trustCertificate == null ? null : TlsTrust.fromPem(trustCertificate);
        } catch (IllegalArgumentException e) {
            throw new VerifyException(e.getMessage(), e);
        }
        AdminProbes admin = adminProbes(outputs, trust);
        if (admin == AdminProbes.NONE && (outputs.serviceAccount() != null || !noAdminTests)) {
            stderr.println("verify: " + missingAdminCredential(outputs));
            return EXIT_ERROR;
        }
        GraphProbes graph;
        if (outputs.serviceAccount() != null) {
            graph = GraphProbes.NO_APP;
        } else {
            var app = new PlatformApp(outputs.tenantId(), outputs.clientId(),
                    clientCertificate == null ? outputs.clientSecret() : null, clientCertificate, authorityHost);
            graph = GraphSdkProbes.connect(app.credential(trust), graphEndpoint, graphResource, trust, clock);
        }
        Progress progress = !noProgress && System.console() != null && outputs.rooms().size() >= 10
                ? new TerminalProgress(stderr) : Progress.NONE;
        var settings = new Verifier.Settings(concurrency, waitUpTo, pollInterval,
                pollInterval.compareTo(Duration.ofMinutes(5)) > 0 ? pollInterval : Duration.ofMinutes(5));

        Report result = new Verifier(graph, admin, settings, progress, clock, sleeper).verify(outputs);

        stdout.print((json ? ReportRenderer.JSON : renderer(format)).render(result));
        stdout.flush();
        if (report != null) {
            Files.writeString(report, ReportRenderer.MARKDOWN.render(result), StandardCharsets.UTF_8);
        }
        return result.verdict().exitCode();
    }

    /** Why verify stops without an admin credential, and which options give one. */
    private String missingAdminCredential(StackOutputs outputs) {
        String give = "give --admin-client-id (its secret in $" + adminSecretVariable + ", or --admin-certificate),"
                + " or set AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (or AZURE_CLIENT_CERTIFICATE_PATH)";
        if (outputs.serviceAccount() != null) {
            return "this stack's platform signs in as the service account " + outputs.serviceAccount().address()
                    + ", not as an app, so its rights are checked through Exchange's admin API: " + give;
        }
        return "no Exchange admin credential: the admin tests (Test-ServicePrincipalAuthorization or"
                + " Test-ApplicationAccessPolicy per mailbox, the app's grants and secrets, the organization's EWS"
                + " settings) need one: " + give + ". To prove the Graph side only, run with --no-admin-tests.";
    }

    private AdminProbes adminProbes(StackOutputs outputs, TlsTrust trust) {
        if (noAdminTests) {
            return AdminProbes.NONE;
        }
        CredentialSource credential;
        if (adminClientId != null && adminCertificate != null) {
            credential = new CredentialSource.ClientCertificate(adminClientId, adminCertificate.toString(), null);
        } else if (adminClientId != null) {
            String secret = environment.get(adminSecretVariable);
            if (secret == null || secret.isBlank()) {
                throw new VerifyException("--admin-client-id " + adminClientId + " needs its client secret in the"
                        + " environment variable " + adminSecretVariable + ", or --admin-certificate");
            }
            credential = new CredentialSource.ClientSecret(adminClientId, secret);
        } else if (environment.containsKey("AZURE_CLIENT_ID")) {
            credential = new CredentialSource.Environment();
        } else {
            return AdminProbes.NONE;
        }
        ExchangeClientOptions.Builder options = ExchangeClientOptions.builder(outputs.tenantId(), credential)
                .organization(organization != null ? organization : outputs.organization()).authorityHost(authorityHost);
        if (exchangeEndpoint != null) {
            options.endpoint(exchangeEndpoint);
        }
        if (trust != null) {
            options.sslContext(trust.context());
        }
        ExchangeAdmin exchange = exchangeConnector.apply(options.build());
        return outputs.serviceAccount() != null ? new ServiceAccountProbes(exchange, outputs.serviceAccount())
                : new ExchangeAdminProbes(exchange, outputs.clientId());
    }

    private String readOutputs() throws IOException, InterruptedException {
        if (stack != null) {
            return new PulumiStackOutputs(pulumi, environment, projectDirectory).read(stack);
        }
        if (outputsFile == null || outputsFile.equals("-")) {
            return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        }
        return Files.readString(Path.of(outputsFile), StandardCharsets.UTF_8);
    }

    private static ReportRenderer renderer(Format format) {
        return switch (format) {
            case table -> ReportRenderer.TABLE;
            case json -> ReportRenderer.JSON;
            case markdown -> ReportRenderer.MARKDOWN;
        };
    }

    /** {@code 90s}, {@code 45m}, {@code 2h}, {@code 1h30m}, or ISO-8601 {@code PT2H}. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern PART = Pattern.compile("(\\d+)([hms])");

        @Override
        public Duration convert(String value) {
            String text = value.trim().toLowerCase(Locale.ROOT);
            if (text.startsWith("pt")) {
                try {
                    return Duration.parse(text.toUpperCase(Locale.ROOT));
                } catch (DateTimeParseException e) {
                    throw new CommandLine.TypeConversionException("'" + value + "' is not a duration (e.g. 2h, 90m, 30s)");
                }
            }
            Matcher part = PART.matcher(text);
            Duration total = Duration.ZERO;
            int end = 0;
            while (part.find() && part.start() == end) {
                long amount = Long.parseLong(part.group(1));
                total = total.plus(switch (part.group(2)) {
                    case "h" -> Duration.ofHours(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    default -> Duration.ofSeconds(amount);
                });
                end = part.end();
            }
            if (end != text.length() || text.isEmpty()) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a duration (e.g. 2h, 90m, 30s)");
            }
            return total;
        }
    }
}
