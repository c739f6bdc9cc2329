package io.roomgate.exchange;

import io.roomgate.exchange.ExchangeException.Kind;
import io.roomgate.localtenant.TenantSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The production client against the tenant simulator over real HTTPS, with azure-identity's own
 * {@code ClientSecretCredential} and {@code ClientCertificateCredential} getting real tokens from its token service.
 */
class ExchangeClientOnSimulatorTest {
    private static TenantSimulator sim;
    private static ExchangeAdminClient exchange;

    @BeforeAll
    static void start() {
        sim = SimulatedTenant.start();
        exchange = ExchangeAdminClient.connect(SimulatedTenant.options(sim, SimulatedTenant.deployerSecret(sim)).build());
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @AfterEach
    void clearFaults() {
        sim.faults().clear();
        sim.traffic().reset();
    }

    private static String address(String alias) {
        return alias + "@" + sim.organization();
    }

    @Test
    void everyRoomIsListedAcrossPagesSortedByAddress() {
        ExchangeAdminClient smallPages = ExchangeAdminClient.connect(SimulatedTenant.options(sim,
                SimulatedTenant.deployerSecret(sim)).pageSize(5).build());

        List<Mailbox> rooms = smallPages.listRoomMailboxes(RoomQuery.all());

        assertEquals(24, rooms.size());
        assertTrue(rooms.stream().allMatch(Mailbox::isRoom));
        List<String> addresses = rooms.stream().map(Mailbox::primarySmtpAddress).toList();
        assertEquals(addresses.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), addresses);
        assertEquals(5, sim.traffic().calls("Get-Mailbox"), "24 rooms in pages of 5");
    }

    @Test
    void roomsOfARoomListAreExactlyItsMembers() {
        List<Mailbox> berlin = exchange.listRoomMailboxes(new RoomQuery(null, "rooms-ber", null));

        assertEquals(6, berlin.size());
        assertTrue(berlin.stream().allMatch(room -> "Berlin Mitte".equals(room.office())), berlin.toString());
        assertEquals(members("rooms-ber"), berlin.stream().map(Mailbox::primarySmtpAddress).collect(Collectors.toSet()));
    }

    @Test
    void aClientCertificateCredentialWorksToo(@TempDir Path dir) throws Exception {
        Path pem = dir.resolve("deployer.pem");
        Files.writeString(pem, sim.deployerApp().certificatePem());
        ExchangeAdminClient withCertificate = ExchangeAdminClient.connect(SimulatedTenant.options(sim,
                new CredentialSource.ClientCertificate(sim.deployerApp().clientId(), pem.toString(), null)).build());

        Optional<Mailbox> ceo = withCertificate.findMailbox(address("ceo"));

        assertEquals("UserMailbox", ceo.orElseThrow().recipientTypeDetails());
        assertEquals(Optional.empty(), withCertificate.findMailbox(address("nobody")));
    }

    @Test
    @SuppressWarnings("deprecation")
    void theEnvironmentCredentialReadsTheAzureVariables() {
        // EnvironmentCredential reads azure-core's global configuration, which the process environment fills.
        var configuration = com.azure.core.util.Configuration.getGlobalConfiguration();
        configuration.put("AZURE_TENANT_ID", sim.tenantId());
        configuration.put("AZURE_CLIENT_ID", sim.deployerApp().clientId());
        configuration.put("AZURE_CLIENT_SECRET", sim.deployerApp().clientSecret());
        try {
            ExchangeAdminClient fromEnvironment = ExchangeAdminClient.connect(SimulatedTenant.options(sim,
                    new CredentialSource.Environment()).build());

            assertTrue(fromEnvironment.findMailbox(address("ceo")).isPresent());
            assertEquals("environment credential (AZURE_CLIENT_ID=" + sim.deployerApp().clientId() + ")",
                    new CredentialSource.Environment().describe());
        } finally {
            configuration.remove("AZURE_TENANT_ID");
            configuration.remove("AZURE_CLIENT_ID");
            configuration.remove("AZURE_CLIENT_SECRET");
        }
    }

    @Test
    void securityGroupLifecycleWithMembership() {
        String ams1 = exchange.listRoomMailboxes(new RoomQuery(null, "rooms-ams", null)).get(0).primarySmtpAddress();
        String ams2 = exchange.listRoomMailboxes(new RoomQuery(null, "rooms-ams", null)).get(1).primarySmtpAddress();
        String ber1 = exchange.listRoomMailboxes(new RoomQuery(null, "rooms-ber", null)).get(0).primarySmtpAddress();

        DistributionGroup created = exchange.newSecurityGroup(new NewSecurityGroup("Lifecycle Rooms", "lifecycle-rooms",
                null, null, List.of(address("adelev")), List.of(ams1)));
        assertTrue(created.isSecurityGroup());
        assertEquals(created.guid(), exchange.findDistributionGroup("lifecycle-rooms").orElseThrow().guid());
        assertTrue(exchange.findDistributionGroup("lifecycle-rooms").orElseThrow().distinguishedName().startsWith("CN="));

        exchange.addDistributionGroupMember("lifecycle-rooms", ams2);
        ExchangeException again = assertThrows(ExchangeException.class,
                () -> exchange.addDistributionGroupMember("lifecycle-rooms", ams2));
        assertEquals(Kind.ALREADY_MEMBER, again.kind());
        assertEquals(Set.of(ams1, ams2), members("lifecycle-rooms"));

        exchange.removeDistributionGroupMember("lifecycle-rooms", ams1);
        assertEquals(Kind.NOT_MEMBER, assertThrows(ExchangeException.class,
                () -> exchange.removeDistributionGroupMember("lifecycle-rooms", ams1)).kind());
        exchange.replaceDistributionGroupMembers("lifecycle-rooms", List.of(ber1, ams1));
        assertEquals(Set.of(ber1, ams1), members("lifecycle-rooms"));

        exchange.setDistributionGroup("lifecycle-rooms", new DistributionGroupChanges(null, "Lifecycle Rooms (all)",
                null, null, true));
        DistributionGroup changed = exchange.findDistributionGroup("lifecycle-rooms").orElseThrow();
        assertEquals("Lifecycle Rooms (all)", changed.displayName());
        assertEquals(Boolean.TRUE, changed.hiddenFromAddressListsEnabled());

        assertEquals(Kind.ALREADY_EXISTS, assertThrows(ExchangeException.class, () -> exchange.newSecurityGroup(
                new NewSecurityGroup("Lifecycle Rooms", "lifecycle-rooms", null, null, List.of(), List.of()))).kind());

        exchange.removeDistributionGroup("lifecycle-rooms");
        assertEquals(Optional.empty(), exchange.findDistributionGroup("lifecycle-rooms"));
        assertTrue(assertThrows(ExchangeException.class, () -> exchange.removeDistributionGroup("lifecycle-rooms"))
                .meansAbsent());
    }

    private static Set<String> members(String group) {
        return exchange.listDistributionGroupMembers(group).stream().map(Recipient::primarySmtpAddress)
                .collect(Collectors.toSet());
    }

    @Test
    void membersAreListedAcrossPages() {
        ExchangeAdminClient smallPages = ExchangeAdminClient.connect(SimulatedTenant.options(sim,
                SimulatedTenant.deployerSecret(sim)).pageSize(4).build());

        assertEquals(6, smallPages.listDistributionGroupMembers("rooms-chi").size());
        assertEquals(2, sim.traffic().calls("Get-DistributionGroupMember"));
    }

    @Test
    void throttlingIsWaitedOutAsExchangeAsks() {
        sim.faults().throttleAfter(0, 2, Duration.ofSeconds(1));

        assertTrue(exchange.findMailbox(address("ceo")).isPresent());

        assertEquals(2, sim.traffic().throttledCalls());
        assertEquals(3, sim.traffic().calls("Get-Mailbox"));
    }

    @Test
    void serverErrorsOnReadsAreRetried() {
        sim.faults().failNext("Get-DistributionGroup", 2, 503);

        assertTrue(exchange.findDistributionGroup("rooms-ams").isPresent());
        assertEquals(3, sim.traffic().calls("Get-DistributionGroup"));
    }

    @Test
    void aCreateRefusedWith500IsLookedUpThenSentAgainOnce() {
        sim.faults().failNext("New-DistributionGroup", 1, 500);

        DistributionGroup group = exchange.newSecurityGroup(new NewSecurityGroup("Retry Rooms", "retry-rooms", null,
                null, List.of(), List.of()));

        assertEquals("retry-rooms", group.alias());
        assertEquals(2, sim.traffic().calls("New-DistributionGroup"));
        assertEquals(1, sim.traffic().calls("Get-DistributionGroup"), "looked up before sending again");
        exchange.removeDistributionGroup("retry-rooms");
    }

    @Test
    void aCreateWhoseResponseWasDroppedAfterCommitIsAdoptedNotDuplicated() {
        sim.faults().dropResponseAfterCommit("New-DistributionGroup", 1);

        DistributionGroup group = exchange.newSecurityGroup(new NewSecurityGroup("Dropped Rooms", "dropped-rooms", null,
                null, List.of(), List.of()));

        assertEquals("dropped-rooms", group.alias());
        assertEquals(1, sim.traffic().calls("New-DistributionGroup"), "never sent twice");
        assertEquals(1, sim.tenant().resolveRecipients("dropped-rooms").size());
        exchange.removeDistributionGroup("dropped-rooms");
    }

    @Test
    void aPolicyCreateWhoseResponseWasDroppedIsFoundByItsScopeGroupAndAdopted() {
        String appId = sim.platformApp().clientId();
        DistributionGroup scope = exchange.newSecurityGroup(new NewSecurityGroup("Dropped Policy Rooms",
                "dropped-policy-rooms", null, null, List.of(), List.of()));
        sim.faults().dropResponseAfterCommit("New-ApplicationAccessPolicy", 1);

        ApplicationAccessPolicy policy = exchange.newApplicationAccessPolicy(new NewApplicationAccessPolicy(appId,
                scope.primarySmtpAddress(), "RestrictAccess", "rooms only"));

        assertEquals(1, sim.traffic().calls("New-ApplicationAccessPolicy"), "never sent twice");
        assertEquals(List.of(policy.identity()), exchange.listApplicationAccessPolicies().stream()
                .map(ApplicationAccessPolicy::identity).toList());
        exchange.removeApplicationAccessPolicy(policy.identity());
        exchange.removeDistributionGroup("dropped-policy-rooms");
    }

    @Test
    void aMemberAddWhoseResponseWasDroppedIsConfirmedByReplaying() {
        String room = exchange.listRoomMailboxes(new RoomQuery(null, "rooms-den", null)).get(0).primarySmtpAddress();
        exchange.newSecurityGroup(new NewSecurityGroup("Drop Add", "drop-add", null, null, List.of(), List.of()));
        sim.faults().dropResponseAfterCommit("Add-DistributionGroupMember", 1);

        exchange.addDistributionGroupMember("drop-add", room);

        assertEquals(Set.of(room), members("drop-add"));
        assertEquals(2, sim.traffic().calls("Add-DistributionGroupMember"));
        exchange.removeDistributionGroup("drop-add");
    }

    @Test
    void replicationLagAfterACreateIsWaitedOut() {
        String room = exchange.listRoomMailboxes(new RoomQuery(null, "rooms-den", null)).get(1).primarySmtpAddress();
        sim.faults().replicationLag(Duration.ofMillis(1500));

        exchange.newSecurityGroup(new NewSecurityGroup("Lagging", "lagging", null, null, List.of(), List.of()));
        exchange.addDistributionGroupMember("lagging", room);

        assertEquals(Set.of(room), members("lagging"));
        assertTrue(sim.traffic().calls("Add-DistributionGroupMember") >= 2, "the first add met the lag");
        exchange.removeDistributionGroup("lagging");
    }

    @Test
    void shortLivedTokensAreRenewedByAzureIdentity() throws Exception {
        // JWT expiry has whole-second precision, so a token lives between two and three seconds here: long enough
        // for the first call on a loaded machine, and certainly expired after the pause.
        sim.faults().tokenLifetime(Duration.ofSeconds(3));
        ExchangeAdminClient fresh = ExchangeAdminClient.connect(SimulatedTenant.options(sim,
                SimulatedTenant.deployerSecret(sim)).build());

        assertTrue(fresh.findMailbox(address("ceo")).isPresent());
        Thread.sleep(3200);
        assertTrue(fresh.findMailbox(address("ceo")).isPresent());
    }

    @Test
    void theConcurrencyBoundHoldsAsTheTenantMeasuresIt() throws Exception {
        sim.faults().latency(Duration.ofMillis(100));
        ExchangeAdminClient bounded = ExchangeAdminClient.connect(SimulatedTenant.options(sim,
                SimulatedTenant.deployerSecret(sim)).maxConcurrency(3).build());
        bounded.findMailbox(address("ceo"));
        sim.traffic().reset();

        runInParallel(24, () -> bounded.findMailbox(address("ceo")));

        assertEquals(24, sim.traffic().calls("Get-Mailbox"));
        assertTrue(sim.traffic().maxConcurrentRequests() <= 3, "max in flight " + sim.traffic().maxConcurrentRequests());
        assertEquals(0, sim.traffic().concurrencyRefusals());
    }

    @Test
    void concurrencyRefusalsBeyondTheTenantsLimitAreRetriedAndNarrowTheLimit() throws Exception {
        sim.faults().latency(Duration.ofMillis(100)).concurrencyLimit(2);
        ExchangeClientOptions options = SimulatedTenant.options(sim, SimulatedTenant.deployerSecret(sim))
                .maxConcurrency(6).maxRetries(8).replicationWait(Duration.ZERO).build();
        InvokeCommandClient invoker = InvokeCommandClient.create(options);
        ExchangeAdminClient eager = new ExchangeAdminClient(invoker, options);
        eager.findMailbox(address("ceo"));

        // The limit grows back by one per healthy window, so watch for its low point while the burst runs rather
        // than reading it once afterwards (how far it has grown back by then depends on scheduling).
        AtomicInteger lowestLimit = new AtomicInteger(invoker.currentConcurrencyLimit());
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor();
        try {
            watcher.scheduleAtFixedRate(() -> lowestLimit.accumulateAndGet(invoker.currentConcurrencyLimit(), Math::min),
                    0, 1, TimeUnit.MILLISECONDS);
            runInParallel(18, () -> eager.findMailbox(address("ceo")));
        } finally {
            watcher.shutdownNow();
        }

        assertTrue(sim.traffic().concurrencyRefusals() > 0, "the tenant refused some calls");
        assertTrue(lowestLimit.get() < 6, "the limit never narrowed below " + lowestLimit.get());
    }

    @Test
    void errorShapesFromTheTenantMapToKinds() {
        ExchangeException badEnum = assertThrows(ExchangeException.class, () -> InvokeCommandClient.create(
                SimulatedTenant.options(sim, SimulatedTenant.deployerSecret(sim)).build()).invoke(
                Cmdlet.named("New-DistributionGroup").with("Name", "x").with("Type", "Secret").build()));
        assertEquals(Kind.INVALID_PARAMETER, badEnum.kind());
        assertTrue(badEnum.validValues().contains("Security"), badEnum.validValues().toString());

        ExchangeException unknown = assertThrows(ExchangeException.class, () -> InvokeCommandClient.create(
                SimulatedTenant.options(sim, SimulatedTenant.deployerSecret(sim)).build()).invoke(
                Cmdlet.named("Get-Nonexistent").build()));
        assertEquals(Kind.FORBIDDEN, unknown.kind());
        assertTrue(unknown.getMessage().contains("Get-Nonexistent"), unknown.getMessage());
    }

    @Test
    void anAppWithoutExchangeGrantsIsToldWhatToGrantAndTheSecretStaysOut() {
        CredentialSource platform = new CredentialSource.ClientSecret(sim.platformApp().clientId(),
                sim.platformApp().clientSecret());
        ExchangeAdminClient unprivileged = ExchangeAdminClient.connect(SimulatedTenant.options(sim, platform).build());

        ExchangeException refused = assertThrows(ExchangeException.class, () -> unprivileged.findMailbox(address("ceo")));

        assertEquals(Kind.UNAUTHORIZED, refused.kind());
        assertTrue(refused.getMessage().contains("Exchange.ManageAsApp"), refused.getMessage());
        assertTrue(refused.getMessage().contains(sim.platformApp().clientId()));
        assertFalse(refused.getMessage().contains(sim.platformApp().clientSecret()));
    }

    @Test
    void aWrongSecretFailsAtTheTokenWithTheAppAndTenantNamed() {
        ExchangeAdminClient wrong = ExchangeAdminClient.connect(SimulatedTenant.options(sim,
                new CredentialSource.ClientSecret(sim.deployerApp().clientId(), "not-the-secret-123")).maxRetries(0)
                .build());

        ExchangeException refused = assertThrows(ExchangeException.class, () -> wrong.findMailbox(address("ceo")));

        assertEquals(Kind.UNAUTHORIZED, refused.kind(), refused.getMessage());
        assertTrue(refused.getMessage().contains(sim.deployerApp().clientId()), refused.getMessage());
        assertTrue(refused.getMessage().contains(sim.tenantId()));
        assertFalse(refused.getMessage().contains("not-the-secret-123"));
    }

    @Test
    void noLogLineCarriesTheSecretOrATokenWhileFaultsAreRecovered() {
        String secret = sim.deployerApp().clientSecret();
        try (LogCapture log = new LogCapture()) {
            ExchangeAdminClient fresh = ExchangeAdminClient.connect(SimulatedTenant.options(sim,
                    SimulatedTenant.deployerSecret(sim)).build());
            sim.faults().throttleAfter(1, 1, Duration.ZERO).failNext("Get-DistributionGroup", 1, 503);
            fresh.findMailbox(address("ceo"));
            fresh.findMailbox(address("ceo"));
            fresh.findDistributionGroup("rooms-ams");
            sim.faults().dropResponseAfterCommit("New-DistributionGroup", 1);
            fresh.newSecurityGroup(new NewSecurityGroup("Logged", "logged", null, null, List.of(), List.of()));
            fresh.removeDistributionGroup("logged");
            assertThrows(ExchangeException.class, () -> ExchangeAdminClient.connect(SimulatedTenant.options(sim,
                    new CredentialSource.ClientSecret(sim.deployerApp().clientId(), secret + "x")).build())
                    .findMailbox(address("ceo")));

            List<String> lines = log.lines();
            assertTrue(lines.stream().anyMatch(line -> line.contains("HTTP 429")), "the faults were logged");
            for (String line : lines) {
                assertFalse(line.contains(secret), line);
                assertFalse(line.contains("eyJ"), line);
            }
        }
    }

    private static void runInParallel(int calls, Runnable call) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(calls);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                running.add(callers.submit(call));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            callers.shutdownNow();
        }
    }
}
