package io.roomgate.provider;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LaunchArgsTest {
    @Test
    void engineArgumentsWithLogflowAndTracingAreUnderstood() {
        LaunchArgs args = LaunchArgs.parse("--logtostderr", "-v=9", "--tracing", "127.0.0.1:4000", "127.0.0.1:53123");
        assertEquals(new LaunchArgs(true, 9, Optional.of("127.0.0.1:4000"), Optional.of("127.0.0.1:53123")), args);
    }

    @Test
    void plainLaunchCarriesOnlyTheEngineAddress() {
        assertEquals(new LaunchArgs(false, 0, Optional.empty(), Optional.of("127.0.0.1:1")),
                LaunchArgs.parse("127.0.0.1:1"));
    }

    @Test
    void startedByHandWithoutEngineLogsToStderrOnly() {
        assertEquals(Optional.empty(), LaunchArgs.parse().engineAddress());
    }

    @Test
    void unknownOptionIsRefusedWithTheExpectedUsage() {
        var failure = assertThrows(IllegalArgumentException.class, () -> LaunchArgs.parse("--verbose", "x"));
        assertEquals("unknown option --verbose; expected [--logtostderr] [-v=N] [--tracing <endpoint>] <engine-address>",
                failure.getMessage());
    }

    @Test
    void twoEngineAddressesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> LaunchArgs.parse("a:1", "b:2"));
    }
}
