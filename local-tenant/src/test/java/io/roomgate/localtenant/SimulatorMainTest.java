package io.roomgate.localtenant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulatorMainTest {
    @Test
    void commandPrintsEndpointsAndCredentialsAndWritesTheCertificates(@TempDir Path directory) throws Exception {
        Path certificate = directory.resolve("sim.pem");
        Path deployer = directory.resolve("deployer.pem");
        SimulatorMain command = CommandLine.populateCommand(new SimulatorMain(), "--port", "0", "--rooms", "3",
                "--organization", "fabrikam", "--state-file", directory.resolve("tenant.json").toString(),
                "--certificate-file", certificate.toString(), "--deployer-certificate-file", deployer.toString());
        StringWriter printed = new StringWriter();

        try (TenantSimulator simulator = command.startAndDescribe(new PrintWriter(printed))) {
            String text = printed.toString();
            assertTrue(text.contains("  organization      fabrikam.onmicrosoft.com"), text);
            assertTrue(text.contains("  authority host    " + simulator.authorityHost()), text);
            assertTrue(text.contains("    client id       " + simulator.deployerApp().clientId()), text);
            assertTrue(text.contains("    client secret   " + simulator.platformApp().clientSecret()), text);
            assertEquals(simulator.certificatePem(), Files.readString(certificate));
            assertTrue(Files.readString(deployer).contains("-----BEGIN PRIVATE KEY-----"));
            assertEquals(3, simulator.tenant().read(() -> simulator.tenant().recipients().stream()
                    .filter(r -> r.kind == io.roomgate.localtenant.tenant.RecipientKind.RoomMailbox).count()).intValue());
        }
        assertTrue(Files.exists(directory.resolve("tenant.json")));
    }
}
