package io.roomgate.verify;

import static io.roomgate.verify.ClassifierTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class VerifyCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return run(stdin, Map.of(), args);
    }

    private int runWith(Map<String, String> environment, String... args) {
        return run("", environment, args);
    }

    private int run(String stdin, Map<String, String> environment, String... args) {
        return new VerifyCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                environment, options -> {
                    throw new AssertionError("no admin client expected");
                }, Clock.systemUTC(), duration -> {
                    throw new AssertionError("no waiting expected");
                }).run(args);
    }

    @Test
    void helpDocumentsTheExitCodesAndTheInput() {
        assertEquals(0, run("", "--help"));

        assertContains(out.toString(StandardCharsets.UTF_8), "pulumi stack output --json --show-secrets",
                "0   PASS", "3   BREACH", "4   PENDING", "5   INCOMPLETE", "--wait=DURATION", "--json");
    }

    @Test
    void outputsWithoutShowSecretsFailWithWhatToRun() {
        int exit = run(StackOutputsTest.OUTPUTS.replace("\"s3cr3t~value\"", "\"[secret]\""), "--no-admin-tests");

        assertEquals(1, exit);
        assertContains(err.toString(StandardCharsets.UTF_8), "verify: stack outputs: clientSecret is shown as [secret]",
                "--show-secrets");
    }

    @Test
    void outputsAreReadFromAFileToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path directory) throws Exception {
        java.nio.file.Path file = directory.resolve("outputs.json");
        java.nio.file.Files.writeString(file, "{\"tenantId\": \"t\", \"accessModel\": \"serviceAccount\"}");

        assertEquals(1, run("", "--outputs", file.toString()));
        assertContains(err.toString(StandardCharsets.UTF_8), "roomAddresses is missing",
                "connectorSettings.service_account is missing");
    }

    /** A stand-in for the Pulumi CLI: records its arguments and directory, prints {@code outputs}, exits with {@code exit}. */
    private static Path fakePulumi(Path directory, String outputs, String stderr, int exit) throws Exception {
        Files.writeString(directory.resolve("outputs.json"), outputs);
        Path script = directory.resolve("pulumi");
        Files.writeString(script, "#!/bin/sh\n"
                + "echo \"$@\" > '" + directory.resolve("args.txt") + "'\n"
                + "pwd >> '" + directory.resolve("args.txt") + "'\n"
                + "cat '" + directory.resolve("outputs.json") + "'\n"
                + "printf '%s' '" + stderr + "' >&2\n"
                + "exit " + exit + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    @Test
    void stackOutputsAreReadWithThePulumiCliInTheProjectDirectory(@TempDir Path directory) throws Exception {
        Path project = Files.createDirectories(directory.resolve("project"));
        Path pulumi = fakePulumi(directory, StackOutputsTest.OUTPUTS, "", 0);

        // Without an admin credential verify stops before signing in to anything: the outputs were read and parsed.
        int exit = run("", "--stack", "placeos-dev", "--cwd", project.toString(), "--pulumi", pulumi.toString());

        assertEquals(1, exit);
        assertEquals(List.of("stack output --json --show-secrets --non-interactive --stack placeos-dev",
                project.toRealPath().toString()), Files.readAllLines(directory.resolve("args.txt")));
        assertContains(err.toString(StandardCharsets.UTF_8), "no Exchange admin credential", "--admin-client-id",
                "--no-admin-tests");
    }

    @Test
    void theCliCanBeNamedInTheEnvironment(@TempDir Path directory) throws Exception {
        Path pulumi = fakePulumi(directory, "{}", "", 0);

        int exit = runWith(Map.of("ROOMGATE_PULUMI", pulumi.toString()), "--stack", "local", "--cwd",
                directory.toString());

        assertEquals(1, exit);
        assertContains(err.toString(StandardCharsets.UTF_8), "verify: stack 'local': the stack has no outputs yet",
                "./roomgate up --stack");
    }

    @Test
    void outputsOfAnotherProgramAreRefusedNamingWhatTheyHold(@TempDir Path directory) throws Exception {
        Path pulumi = fakePulumi(directory, "{\"bucketName\": \"b\", \"url\": \"https://x\"}", "", 0);

        int exit = run("", "--stack", "web", "--cwd", directory.toString(), "--pulumi", pulumi.toString());

        assertEquals(1, exit);
        assertContains(err.toString(StandardCharsets.UTF_8), "not the outputs of roomgate's program",
                "bucketName, url", "none of tenantId, accessModel, roomAddresses, verification");
    }

    @Test
    void aStackPulumiDoesNotKnowIsAnErrorWithPulumisOwnWords(@TempDir Path directory) throws Exception {
        Path pulumi = fakePulumi(directory, "", "error: no stack named \"prod\" found", 255);

        int exit = run("", "--stack", "prod", "--cwd", directory.toString(), "--pulumi", pulumi.toString());

        assertEquals(1, exit);
        assertContains(err.toString(StandardCharsets.UTF_8), "failed (exit code 255)",
                "error: no stack named \"prod\" found", "pulumi stack ls");
    }

    @Test
    void aMissingPulumiCliSaysHowToNameIt(@TempDir Path directory) {
        int exit = run("", "--stack", "local", "--cwd", directory.toString(), "--pulumi",
                directory.resolve("no-such-pulumi").toString());

        assertEquals(1, exit);
        assertContains(err.toString(StandardCharsets.UTF_8), "could not run the Pulumi CLI", "--pulumi",
                "$ROOMGATE_PULUMI");
    }

    @Test
    void stackAndOutputsTogetherAreAUsageError() {
        assertEquals(2, run("", "--stack", "local", "--outputs", "outputs.json"));
        assertContains(err.toString(StandardCharsets.UTF_8), "either --stack or --outputs");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, run("", "--frobnicate"));
        assertContains(err.toString(StandardCharsets.UTF_8), "Unknown option: '--frobnicate'");
    }

    @Test
    void durationsReadLikeAnAdminWritesThem() {
        var converter = new VerifyCommand.DurationConverter();

        assertEquals(Duration.ofHours(2), converter.convert("2h"));
        assertEquals(Duration.ofMinutes(90), converter.convert("1h30m"));
        assertEquals(Duration.ofSeconds(45), converter.convert("45s"));
        assertEquals(Duration.ofMinutes(30), converter.convert("PT30M"));
        assertThrows(CommandLine.TypeConversionException.class, () -> converter.convert("two hours"));
        assertThrows(CommandLine.TypeConversionException.class, () -> converter.convert("2h tomorrow"));
    }
}
