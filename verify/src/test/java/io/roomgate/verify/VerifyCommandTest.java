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
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class VerifyCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return new VerifyCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), options -> {
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
