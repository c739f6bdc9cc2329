package io.roomgate.localtenant;

import io.roomgate.localtenant.graph.GraphEndpoint;
import io.roomgate.localtenant.http.HttpIo;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MountingTest extends SimulatorTestBase {
    private HttpResponse<String> get(String url, String token) throws Exception {
        return client.http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void graphIsServedByDefaultOverTheSameTenant() throws Exception {
        String token = client.tokenFor(sim.deployerApp(), "https://graph.microsoft.com/.default");

        HttpResponse<String> application = get(sim.graphEndpoint() + "/applications(appId='"
                + sim.platformApp().clientId() + "')", token);

        assertEquals(200, application.statusCode(), application.body());
        assertEquals("Room booking platform", SimulatorClient.json(application).get("displayName").getAsString());
    }

    @Test
    void mountingAPrefixAgainReplacesItsHandler() throws Exception {
        GraphEndpoint replaced = GraphEndpoint.mountOn(sim);
        sim.mount("/custom/", exchange -> HttpIo.sendJson(exchange, 200, Map.of("served", "custom")));
        sim.mount("/custom/", exchange -> HttpIo.sendJson(exchange, 200, Map.of("served", "replacement")));

        HttpResponse<String> custom = get(sim.exchangeEndpoint() + "/custom/x", "none");

        assertEquals("replacement", SimulatorClient.json(custom).get("served").getAsString());
        assertTrue(replaced.propagationDelays() != null);
    }
}
