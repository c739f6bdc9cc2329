package io.roomgate.localtenant;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The simulator turns Nagle's algorithm off on its own, so no embedder pays ~40 ms a call for a forgotten flag. */
class NoDelayTest extends SimulatorTestBase {

    @Test
    void aStartedSimulatorHasAskedTheJdkServerForNoDelay() {
        assertEquals("true", System.getProperty(TenantSimulator.NO_DELAY));
    }

    @Test
    void anExplicitSettingEitherWayIsKept() {
        Properties unset = new Properties();
        Properties off = new Properties();
        off.setProperty(TenantSimulator.NO_DELAY, "false");

        TenantSimulator.preferNoDelay(unset);
        TenantSimulator.preferNoDelay(off);

        assertEquals("true", unset.getProperty(TenantSimulator.NO_DELAY));
        assertEquals("false", off.getProperty(TenantSimulator.NO_DELAY));
    }
}
