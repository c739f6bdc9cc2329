package io.roomgate.provider;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The version the plugin reports (GetPluginInfo, schema) is the project's: the SDK's resources ask the engine for
 * that same version (ExchangeOnlineVersionTest), so the engine always finds this plugin for them.
 */
class PluginVersionTest {

    @Test
    void thePluginReportsTheProjectsVersion() {
        assertEquals(System.getProperty("roomgate.projectVersion"), PluginVersion.get());
    }
}
