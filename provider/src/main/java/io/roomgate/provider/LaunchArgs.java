package io.roomgate.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line the Pulumi engine gives a provider plugin:
 * {@code [--logtostderr] [-v=N] [--tracing <endpoint>] <engine-address>}.
 *
 * @param logToStderr   the engine runs with {@code --logflow}: our diagnostics belong on stderr
 * @param verbosity     the engine's {@code -v} level (0 = quiet); above 3 we log debug detail to stderr
 * @param tracing       the tracing endpoint, when tracing is on (accepted, not used)
 * @param engineAddress the engine's gRPC address, where progress and warnings are logged; empty when started by hand
 */
public record LaunchArgs(boolean logToStderr, int verbosity, Optional<String> tracing, Optional<String> engineAddress) {

    public static LaunchArgs parse(String... args) {
        boolean logToStderr = false;
        int verbosity = 0;
        String tracing = null;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--logtostderr") || arg.equals("-logtostderr") || arg.equals("--logflow")) {
                logToStderr = true;
            } else if (arg.startsWith("-v=") || arg.startsWith("--v=")) {
                verbosity = parseVerbosity(arg.substring(arg.indexOf('=') + 1));
            } else if (arg.equals("--tracing") || arg.equals("-tracing")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--tracing needs an endpoint");
                }
                tracing = args[++i];
            } else if (arg.startsWith("--tracing=")) {
                tracing = arg.substring("--tracing=".length());
            } else if (arg.startsWith("-")) {
                throw new IllegalArgumentException("unknown option " + arg
                        + "; expected [--logtostderr] [-v=N] [--tracing <endpoint>] <engine-address>");
            } else {
                positional.add(arg);
            }
        }
        if (positional.size() > 1) {
            throw new IllegalArgumentException("expected one engine address, got " + positional);
        }
        return new LaunchArgs(logToStderr, verbosity, Optional.ofNullable(tracing),
                positional.stream().findFirst());
    }

    private static int parseVerbosity(String level) {
        try {
            return Math.max(0, Integer.parseInt(level));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-v wants a number, got '" + level + "'");
        }
    }
}
