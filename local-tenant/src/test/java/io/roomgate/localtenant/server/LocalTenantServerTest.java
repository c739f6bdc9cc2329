package io.roomgate.localtenant.server;

import io.roomgate.localtenant.LocalTenantMain;
import io.roomgate.localtenant.SimulatorOptions;
import io.roomgate.localtenant.TenantSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code local-tenant start|status|stop} as an admin runs them, each a process of its own, on a free port with the
 * tenant's directory in a temporary directory (so builds in other worktrees never meet it).
 */
class LocalTenantServerTest {
    @TempDir
    Path directory;

    @AfterEach
    void stopWhatIsLeft() throws Exception {
        command("stop");
    }

    private record Ran(int exit, String output) {
    }

    private Ran command(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), LocalTenantMain.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--dir", directory.toString()));
        if (args[0].equals("start")) {
            command.addAll(List.of("--port", "0", "--rooms", "3"));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "local-tenant " + args[0] + " did not end");
        return new Ran(process.exitValue(), output);
    }

    @Test
    void startRunsTheTenantInTheBackgroundAndWritesWhereItIs() throws Exception {
        Ran started = command("start");

        assertEquals(0, started.exit(), started.output());
        LocalTenantHome home = new LocalTenantHome(directory);
        ConnectionFile connection = ConnectionFile.read(home.connectionFile());
        assertTrue(started.output().contains("Exchange admin API " + connection.invokeCommandUrl()), started.output());
        assertTrue(started.output().contains("exchangeonline:local: "), started.output());
        assertFalse(started.output().contains(connection.deployer().clientSecret()), "no secret on the console");
        assertEquals(Files.readString(Path.of(connection.caCertificateFile())).strip(),
                Files.readString(home.directory().resolve(ConnectionFile.CA_FILE_NAME)).strip());
        assertEquals("contoso.onmicrosoft.com", connection.organization());
        assertTrue(home.running().isPresent());
        assertEquals(0, command("status").exit());
    }

    @Test
    void startingARunningTenantAgainChangesNothing() throws Exception {
        assertEquals(0, command("start").exit());
        long pid = new LocalTenantHome(directory).running().orElseThrow().pid();

        Ran again = command("start");

        assertEquals(0, again.exit(), again.output());
        assertTrue(again.output().contains("already running") && again.output().contains("pid                " + pid),
                again.output());
    }

    @Test
    void stoppingLosesNothingTheNextStartServesTheSameTenant() throws Exception {
        assertEquals(0, command("start").exit());
        ConnectionFile before = ConnectionFile.read(new LocalTenantHome(directory).connectionFile());

        Ran stopped = command("stop");
        Ran status = command("status");
        assertEquals(0, command("start").exit());

        assertEquals(0, stopped.exit(), stopped.output());
        assertEquals(3, status.exit(), status.output());
        assertTrue(status.output().contains("start it with ./roomgate tenant start"), status.output());
        ConnectionFile after = ConnectionFile.read(new LocalTenantHome(directory).connectionFile());
        assertEquals(before.tenantId(), after.tenantId());
        assertEquals(before.deployer(), after.deployer());
        assertNotEquals(before.exchangeEndpoint(), after.exchangeEndpoint(), "port 0 picks a new port each start");
    }

    @Test
    void stoppingATenantThatDoesNotRunIsNotAnError() throws Exception {
        Ran stopped = command("stop");

        assertEquals(0, stopped.exit(), stopped.output());
        assertTrue(stopped.output().contains("is not running"), stopped.output());
    }

    @Test
    void aStalePidFileWhosePidNowNamesAnotherProgramIsNotTakenForTheTenant() throws Exception {
        LocalTenantHome home = new LocalTenantHome(directory);
        // the pid of this JVM, written by a server that started at another time
        Files.writeString(home.pidFile(), ProcessHandle.current().pid() + "\n1700000000000\n");
        try (TenantSimulator tenant = TenantSimulator.start(SimulatorOptions.defaults().withRooms(1))) {
            ConnectionFile.publish(tenant, directory);

            assertTrue(home.process().isEmpty(), "this test JVM is not that local tenant");
            assertTrue(home.running().isEmpty());
        }
    }

    @Test
    void theConnectionFileReadsBackWhatThePublishedTenantIs() {
        try (TenantSimulator tenant = TenantSimulator.start(SimulatorOptions.defaults().withRooms(1))) {
            ConnectionFile connection = ConnectionFile.read(ConnectionFile.publish(tenant, directory));

            assertEquals(tenant.tenantId(), connection.tenantId());
            assertEquals(tenant.exchangeEndpoint(), connection.exchangeEndpoint());
            assertEquals(tenant.graphEndpoint(), connection.graphEndpoint());
            assertEquals(tenant.authorityHost(), connection.loginEndpoint());
            assertEquals("127.0.0.1:" + tenant.port(), connection.metadataHost());
            assertEquals(tenant.deployerApp().clientSecret(), connection.deployer().clientSecret());
            assertEquals(tenant.platformApp().clientId(), connection.platformApp().clientId());
            assertFalse(connection.deployer().toString().contains(tenant.deployerApp().clientSecret()));
        }
    }
}
