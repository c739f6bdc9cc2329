package io.roomgate.localtenant;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Azure cloud metadata document a client given only the tenant's metadata host reads its endpoints from. */
class CloudMetadataTest extends SimulatorTestBase {

    private static HttpResponse<String> get(String query) throws Exception {
        return client.http.send(HttpRequest.newBuilder(URI.create(sim.exchangeEndpoint() + "/metadata/endpoints"
                + query)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theCurrentDocumentNamesThisTenantAsLoginAndGraphEndpoint() throws Exception {
        HttpResponse<String> response = get("?api-version=2022-09-01");

        assertEquals(200, response.statusCode());
        JsonObject cloud = JsonParser.parseString(response.body()).getAsJsonObject();
        assertEquals(sim.authorityHost(), cloud.getAsJsonObject("authentication").get("loginEndpoint").getAsString());
        assertEquals(sim.exchangeEndpoint() + "/", cloud.get("microsoftGraphResourceId").getAsString());
        assertEquals(sim.exchangeEndpoint() + "/", cloud.get("resourceManager").getAsString());
    }

    @Test
    void theOlderDocumentListsTheSameCloudByName() throws Exception {
        HttpResponse<String> response = get("?api-version=2019-05-01");

        assertEquals(200, response.statusCode());
        JsonElement clouds = JsonParser.parseString(response.body());
        JsonObject cloud = clouds.getAsJsonArray().get(0).getAsJsonObject();
        assertEquals(1, clouds.getAsJsonArray().size());
        assertEquals("AzureCloud", cloud.get("name").getAsString());
        assertEquals(sim.authorityHost(), cloud.getAsJsonObject("authentication").get("loginEndpoint").getAsString());
    }

    @Test
    void anUnknownApiVersionIsRefusedAsAzureRefusesIt() throws Exception {
        HttpResponse<String> response = get("?api-version=2015-01-01");

        assertEquals(400, response.statusCode());
        assertEquals("InvalidApiVersionParameter", JsonParser.parseString(response.body()).getAsJsonObject()
                .getAsJsonObject("error").get("code").getAsString());
    }
}
