package io.roomgate.localtenant;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to start a simulator.
 *
 * @param port         TCP port on 127.0.0.1; 0 picks a free one
 * @param stateFile    where the tenant is kept between runs (loaded if present, else seeded and saved); empty
 *                     keeps it in memory only
 * @param rooms        room mailboxes to seed (0–10,000); ignored when the state file already holds a tenant
 * @param organization the organization's name: the initial domain is {@code <organization>.onmicrosoft.com}
 * @param seed         makes the seeded tenant's ids reproducible
 */
public record SimulatorOptions(int port, Optional<Path> stateFile, int rooms, String organization, long seed) {
    public static final int DEFAULT_ROOMS = 24;

    public SimulatorOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0–65535, was " + port);
        }
        if (rooms < 0 || rooms > 10_000) {
            throw new IllegalArgumentException("rooms must be 0–10000, was " + rooms);
        }
        if (!organization.matches("[a-z0-9][a-z0-9-]{0,26}")) {
            throw new IllegalArgumentException("organization must be lower-case letters, digits and dashes (as in "
                    + "<organization>.onmicrosoft.com), was '" + organization + "'");
        }
    }

    public static SimulatorOptions defaults() {
        return new SimulatorOptions(0, Optional.empty(), DEFAULT_ROOMS, "contoso", 20240601L);
    }

    public SimulatorOptions withPort(int port) {
        return new SimulatorOptions(port, stateFile, rooms, organization, seed);
    }

    public SimulatorOptions withStateFile(Path stateFile) {
        return new SimulatorOptions(port, Optional.of(stateFile), rooms, organization, seed);
    }

    public SimulatorOptions withRooms(int rooms) {
        return new SimulatorOptions(port, stateFile, rooms, organization, seed);
    }

    public SimulatorOptions withOrganization(String organization) {
        return new SimulatorOptions(port, stateFile, rooms, organization, seed);
    }

    public SimulatorOptions withSeed(long seed) {
        return new SimulatorOptions(port, stateFile, rooms, organization, seed);
    }
}
