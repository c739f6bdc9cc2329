package io.roomgate.testfixtures;

import io.roomgate.localtenant.SimulatorOptions;
import io.roomgate.localtenant.TenantSimulator;
import io.roomgate.localtenant.server.ConnectionFile;
import io.roomgate.localtenant.server.LocalTenantHome;

import java.nio.file.Path;

/**
 * A local tenant in the test's JVM, as {@code ./roomgate tenant start} leaves one: its state, CA certificate and
 * connection file in {@code directory}, on a free port (so builds in other worktrees never collide), for a
 * provider pointed at it by {@code exchangeonline:local}.
 */
public record InProcessLocalTenant(TenantSimulator simulator, LocalTenantHome home) implements AutoCloseable {

    public static InProcessLocalTenant start(Path directory, SimulatorOptions options) {
        LocalTenantHome home = new LocalTenantHome(directory);
        TenantSimulator simulator = TenantSimulator.start(options.withPort(0).withStateFile(home.stateFile()));
        ConnectionFile.publish(simulator, home.directory());
        return new InProcessLocalTenant(simulator, home);
    }

    public Path connectionFile() {
        return home.connectionFile();
    }

    @Override
    public void close() {
        simulator.close();
    }
}
