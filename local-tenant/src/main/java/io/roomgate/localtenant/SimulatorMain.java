package io.roomgate.localtenant;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code roomgate-simulator}: runs a local tenant until killed and prints how to reach it. */
@Command(name = "roomgate-simulator", mixinStandardHelpOptions = true,
        description = "Runs a simulated Microsoft 365 tenant (Entra token service and Exchange admin API) over HTTPS "
                + "on 127.0.0.1 until killed.")
public final class SimulatorMain implements Callable<Integer> {
    @Option(names = "--port", description = "Port on 127.0.0.1 (0 picks a free one; default ${DEFAULT-VALUE}).")
    int port = 0;

    @Option(names = "--state-file", description = "Keep the tenant in this JSON file between runs.")
    Path stateFile;

    @Option(names = "--rooms", description = "Room mailboxes to seed in a new tenant (0-10000; default ${DEFAULT-VALUE}).")
    int rooms = SimulatorOptions.DEFAULT_ROOMS;

    @Option(names = "--organization", description = "Organization name: <name>.onmicrosoft.com (default ${DEFAULT-VALUE}).")
    String organization = "contoso";

    @Option(names = "--certificate-file", description = "Write the simulator's TLS certificate (PEM) here.")
    Path certificateFile;

    @Option(names = "--deployer-certificate-file",
            description = "Write the deploying app's certificate and private key (PEM) here.")
    Path deployerCertificateFile;

    @Override
    public Integer call() throws Exception {
        TenantSimulator simulator = startAndDescribe(new PrintWriter(System.out, true));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "simulator-shutdown"));
        stopped.await();
        return 0;
    }

    /** Starts the simulator the options describe, writes the files asked for, and prints how to reach it. */
    TenantSimulator startAndDescribe(PrintWriter out) throws IOException {
        SimulatorOptions options = new SimulatorOptions(port, Optional.ofNullable(stateFile), rooms, organization,
                SimulatorOptions.defaults().seed());
        TenantSimulator simulator = TenantSimulator.start(options);
        if (certificateFile != null) {
            simulator.writeCertificatePem(certificateFile);
        }
        if (deployerCertificateFile != null) {
            Files.writeString(deployerCertificateFile, simulator.deployerApp().certificatePem());
        }
        out.println("Tenant simulator running (Ctrl-C to stop)");
        out.println("  tenant id         " + simulator.tenantId());
        out.println("  organization      " + simulator.organization());
        out.println("  authority host    " + simulator.authorityHost());
        out.println("  exchange endpoint " + simulator.exchangeEndpoint() + "/adminapi/beta/" + simulator.tenantId()
                + "/InvokeCommand");
        out.println("  graph endpoint    " + simulator.graphEndpoint());
        out.println("  certificate       " + (certificateFile != null ? certificateFile : "(use --certificate-file)"));
        printApp(out, simulator.deployerApp());
        printApp(out, simulator.platformApp());
        out.flush();
        return simulator;
    }

    /** Printing the secrets is the point here: this is a local, simulated tenant for the person running it. */
    private static void printApp(PrintWriter out, AppCredentials app) {
        out.println("  app '" + app.displayName() + "'");
        out.println("    client id       " + app.clientId());
        out.println("    client secret   " + app.clientSecret());
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SimulatorMain()).execute(args));
    }
}
