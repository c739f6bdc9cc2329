package io.roomgate.localtenant;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One seeded simulator per test class, with a client already holding the deploying app's token. */
abstract class SimulatorTestBase {
    static TenantSimulator sim;
    static SimulatorClient client;

    @BeforeAll
    static void startSimulator() {
        sim = TenantSimulator.start(SimulatorOptions.defaults());
        client = new SimulatorClient(sim);
    }

    @AfterAll
    static void stopSimulator() {
        sim.close();
    }

    /** The first object of a response's value. */
    static JsonObject first(JsonObject response) {
        return response.getAsJsonArray("value").get(0).getAsJsonObject();
    }
}
