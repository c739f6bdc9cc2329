package io.roomgate.verify;


import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.roomgate.exchange.CredentialSource;
import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.exchange.ExchangeAdminClient;
import io.roomgate.exchange.ExchangeClientOptions;
import io.roomgate.localtenant.TenantSimulator;
import io.roomgate.localtenant.graph.GraphEndpoint;
import io.roomgate.testfixtures.TenantFixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The local tenant simulator with Graph mounted, for verify's end-to-end tests: the platform's app signs in with
 * azure-identity and calls Graph with the Graph SDK, exactly as in production. The tenant's access configuration is
 * set directly in its state, as {@code pulumi up} would have left it.
 *
 * <p>The admin tests run with the production Exchange admin client, signed in as the simulator's deploying admin
 * app, against the simulator's InvokeCommand (Test-ServicePrincipalAuthorization, Test-ApplicationAccessPolicy).
 */
final class SimulatedTenant implements AutoCloseable {
    final TenantFixture fixture;
    final TenantSimulator sim;
    final GraphEndpoint graph;
    final Path directory;
    final Path certificatePem;

    SimulatedTenant(int rooms) {
        fixture = new TenantFixture(rooms);
        sim = fixture.sim;
        graph = fixture.graph;
        directory = fixture.directory;
        certificatePem = fixture.certificatePem;
    }

    String platformAppId() {
        return fixture.platformAppId();
    }

    String canary() {
        return fixture.canary();
    }

    List<String> rooms(String building) {
        return fixture.rooms(building);
    }

    List<String> allRooms() {
        return fixture.allRooms();
    }

    SimulatedTenant rbacScope(String filter) {
        fixture.rbacScope(filter);
        return this;
    }

    SimulatedTenant entraGrant(String permission) {
        fixture.entraGrant(permission);
        return this;
    }

    SimulatedTenant restrictAccessTo(List<String> rooms) {
        fixture.restrictAccessTo(rooms);
        return this;
    }

    Path platformCertificate() {
        return fixture.platformCertificate();
    }

    /** The deploying admin's Exchange client, for changing the tenant by hand as an admin would. */
    ExchangeAdmin deployerAdmin() {
        return ExchangeAdminClient.connect(ExchangeClientOptions.builder(sim.tenantId(),
                        new CredentialSource.ClientSecret(sim.deployerApp().clientId(), sim.deployerApp().clientSecret()))
                .organization(sim.organization()).authorityHost(URI.create(sim.authorityHost()))
                .endpoint(URI.create(sim.exchangeEndpoint())).sslContext(sim.clientSslContext()).build());
    }

    // ---- running verify

    /** What {@code pulumi stack output --json --show-secrets} prints for a stack over these rooms. */
    String outputs(String accessModel, List<String> rooms, boolean write) {
        var outputs = new JsonObject();
        outputs.addProperty("tenantId", sim.tenantId());
        outputs.addProperty("clientId", platformAppId());
        outputs.addProperty("clientSecret", sim.platformApp().clientSecret());
        var addresses = new JsonArray();
        rooms.forEach(addresses::add);
        outputs.add("roomAddresses", addresses);
        outputs.addProperty("accessModel", accessModel);
        var verification = new JsonObject();
        verification.add("rooms", addresses);
        verification.addProperty("canary", canary());
        verification.addProperty("accessModel", accessModel);
        verification.addProperty("write", write);
        outputs.add("verification", verification);
        return outputs.toString();
    }

    /** What the program outputs for a stack whose platform signs in as a service account with Editor on each room. */
    String serviceAccountOutputs(String account, List<String> rooms) {
        var outputs = new JsonObject();
        outputs.addProperty("tenantId", sim.tenantId());
        var addresses = new JsonArray();
        rooms.forEach(addresses::add);
        outputs.add("roomAddresses", addresses);
        outputs.addProperty("accessModel", "serviceAccount");
        var settings = new JsonObject();
        settings.addProperty("service_account", account);
        settings.add("rooms", addresses);
        outputs.add("connectorSettings", settings);
        var verification = new JsonObject();
        verification.addProperty("tenantId", sim.tenantId());
        verification.addProperty("organization", sim.organization());
        verification.addProperty("accessModel", "serviceAccount");
        verification.add("rooms", addresses);
        verification.addProperty("canaryMailbox", canary());
        verification.addProperty("write", true);
        verification.add("permissions", new JsonArray());
        verification.addProperty("restriction", "serviceAccount folder role Editor for " + account);
        outputs.add("verification", verification);
        return outputs.toString();
    }

    record Run(int exitCode, String stdout, String stderr) {
    }

    /** Runs the real command against the simulator; waiting moves the simulator's clock instead of sleeping. */
    Run verify(String outputs, String... extraArgs) {
        return verifyWithAdmin(sim.deployerApp().clientId(), sim.deployerApp().clientSecret(), outputs, extraArgs);
    }

    /** The same, with another app for the Exchange admin tests. */
    Run verifyWithAdmin(String adminClientId, String adminSecret, String outputs, String... extraArgs) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var args = new ArrayList<>(List.of("--graph-endpoint", sim.graphEndpoint(), "--authority-host",
                sim.authorityHost(), "--exchange-endpoint", sim.exchangeEndpoint(), "--organization",
                sim.organization(), "--trust-certificate", certificatePem.toString(), "--admin-client-id",
                adminClientId, "--no-progress"));
        args.addAll(List.of(extraArgs));
        var command = new VerifyCommand(new ByteArrayInputStream(outputs.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("ROOMGATE_ADMIN_CLIENT_SECRET", adminSecret), ExchangeAdminClient::connect,
                simulatedClock(), duration -> sim.tenant().clock().advance(duration));
        int exit = command.run(args.toArray(String[]::new));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Clock simulatedClock() {
        return new MutableClock(() -> sim.tenant().clock().now());
    }

    @Override
    public void close() {
        sim.close();
    }
}
