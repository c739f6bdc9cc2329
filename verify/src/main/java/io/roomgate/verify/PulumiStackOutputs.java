package io.roomgate.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A stack's outputs as the admin would read them: {@code pulumi stack output --json --show-secrets --stack <s>},
 * run in the project directory with the caller's environment (the passphrase or cloud login Pulumi needs for
 * secrets comes from there). The CLI is the one named by {@code --pulumi}, else {@code $ROOMGATE_PULUMI}, else
 * {@code pulumi} on the {@code PATH}.
 */
final class PulumiStackOutputs {
    /** The environment variable that names the Pulumi CLI when {@code --pulumi} is not given. */
    static final String PULUMI_VARIABLE = "ROOMGATE_PULUMI";
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final int SHOWN_ERROR_CHARACTERS = 2_000;

    private final String pulumi;
    private final Path projectDirectory;

    /**
     * @param pulumiOption     the CLI given with {@code --pulumi}, or null
     * @param projectDirectory where {@code Pulumi.yaml} is (the CLI finds the project from there)
     */
    PulumiStackOutputs(String pulumiOption, Map<String, String> environment, Path projectDirectory) {
        String fromEnvironment = environment.get(PULUMI_VARIABLE);
        this.pulumi = pulumiOption != null ? pulumiOption
                : fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : "pulumi";
        this.projectDirectory = projectDirectory;
    }

    /** The exact command line, as shown to the admin when it fails. */
    List<String> command(String stack) {
        return List.of(pulumi, "stack", "output", "--json", "--show-secrets", "--non-interactive", "--stack", stack);
    }

    /**
     * The JSON Pulumi printed.
     *
     * @throws VerifyException when the CLI cannot be started, fails, or does not answer in time; the message says
     *                         what Pulumi said and what to do
     */
    String read(String stack) throws InterruptedException {
        List<String> command = command(stack);
        Process process;
        try {
            process = new ProcessBuilder(command).directory(projectDirectory.toFile()).start();
        } catch (IOException e) {
            throw new VerifyException("could not run the Pulumi CLI '" + pulumi + "' (" + e.getMessage() + "):"
                    + " install it (https://www.pulumi.com/docs/iac/download-install/), or name it with --pulumi or"
                    + " $" + PULUMI_VARIABLE, e);
        }
        closeQuietly(process);
        var stdout = drain(process.getInputStream(), "pulumi-stdout");
        var stderr = drain(process.getErrorStream(), "pulumi-stderr");
        try {
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new VerifyException("`" + String.join(" ", command) + "` did not finish within "
                        + TIMEOUT.toMinutes() + " minutes; run it yourself to see what it waits for");
            }
            stdout.thread.join(TIMEOUT.toMillis());
            stderr.thread.join(TIMEOUT.toMillis());
        } finally {
            process.destroyForcibly();
        }
        if (process.exitValue() != 0) {
            throw new VerifyException("`" + String.join(" ", command) + "` failed (exit code " + process.exitValue()
                    + ") in " + projectDirectory.toAbsolutePath().normalize() + ": " + tail(stderr.text())
                    + ". Check the stack name (pulumi stack ls) and that this is roomgate's project directory"
                    + " (--cwd).");
        }
        return stdout.text();
    }

    /** Pulumi gets no input: a prompt (a missing passphrase) fails at once instead of waiting. */
    private static void closeQuietly(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // The process already closed its end; nothing to tell it.
        }
    }

    private static String tail(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return "it printed nothing on standard error";
        }
        return trimmed.length() <= SHOWN_ERROR_CHARACTERS ? trimmed
                : "…" + trimmed.substring(trimmed.length() - SHOWN_ERROR_CHARACTERS);
    }

    /** Reads a stream to its end on a thread of its own, so a chatty stderr cannot block the process. */
    private static Drained drain(InputStream stream, String name) {
        var buffer = new ByteArrayOutputStream();
        Thread thread = new Thread(() -> {
            try (stream) {
                stream.transferTo(buffer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return new Drained(thread, buffer);
    }

    private record Drained(Thread thread, ByteArrayOutputStream buffer) {
        String text() {
            return buffer.toString(StandardCharsets.UTF_8);
        }
    }
}
