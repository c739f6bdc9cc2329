package io.roomgate.e2e;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@code ./roomgate} without a Pulumi CLI refuses, before it starts anything. */
class LocalStandInTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return LocalStandIn.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aStackOnARealTenantIsLeftToPulumi() throws Exception {
        assertEquals(2, run("up", "--stack", "placeos-dev"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("is a real tenant (no exchangeonline:local)"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownStackNamesTheStacksThereAre() throws Exception {
        assertEquals(2, run("up", "--stack", "nowhere"));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("no stack file stacks/Pulumi.nowhere.yaml") && message.contains("local"), message);
    }
}
