package io.roomgate.localtenant.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A local tenant's directory ({@code .roomgate/local-tenant/} by default): its state file, the pid and log of the
 * server process, its CA certificate and the connection file. The files outlive the process: stopping the tenant
 * loses nothing, and starting it again serves the same tenant.
 */
public record LocalTenantHome(Path directory) {
    public static final Path DEFAULT_DIRECTORY = Path.of(".roomgate", "local-tenant");

    public LocalTenantHome {
        directory = directory.toAbsolutePath().normalize();
    }

    public Path stateFile() {
        return directory.resolve("tenant.json");
    }

    public Path pidFile() {
        return directory.resolve("local-tenant.pid");
    }

    public Path logFile() {
        return directory.resolve("local-tenant.log");
    }

    public Path connectionFile() {
        return directory.resolve(ConnectionFile.FILE_NAME);
    }

    /** The server this directory's pid file names, when that process is alive and its listener answers. */
    public Optional<Running> running() {
        Optional<ProcessHandle> process = process();
        if (process.isEmpty() || !Files.exists(connectionFile())) {
            return Optional.empty();
        }
        ConnectionFile connection = ConnectionFile.read(connectionFile());
        return answers(connection) ? Optional.of(new Running(process.get().pid(), connection)) : Optional.empty();
    }

    /** The pid file's process id, if there is a readable one. */
    public Optional<Long> pid() {
        return pidFileLines().map(lines -> Long.parseLong(lines.get(0).trim()));
    }

    /**
     * The live process the pid file names. A pid file left by a server that died may name a pid the system has since
     * given to another program; the file also holds when its process started, which that other program's does not match.
     */
    public Optional<ProcessHandle> process() {
        Optional<String> started = pidFileLines().filter(lines -> lines.size() > 1).map(lines -> lines.get(1).trim());
        return pid().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(process -> started.isEmpty() || process.info().startInstant()
                        .map(instant -> String.valueOf(instant.toEpochMilli()).equals(started.get())).orElse(true));
    }

    private Optional<List<String>> pidFileLines() {
        try {
            List<String> lines = Files.exists(pidFile()) ? Files.readAllLines(pidFile()) : List.of();
            if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
                return Optional.empty();
            }
            return Optional.of(lines);
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /** Records {@code process} as this directory's server: its pid, and when it started. */
    public void writePid(ProcessHandle process) {
        try {
            Files.createDirectories(directory);
            Files.writeString(pidFile(), process.pid() + "\n"
                    + process.info().startInstant().map(instant -> String.valueOf(instant.toEpochMilli())).orElse("")
                    + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + pidFile(), e);
        }
    }

    public void removePid(long pid) {
        if (pid().filter(written -> written == pid).isPresent()) {
            try {
                Files.deleteIfExists(pidFile());
            } catch (IOException e) {
                // a stale pid file names a process that is gone; running() treats it as not running
            }
        }
    }

    /** Whether something accepts connections where the connection file says the tenant listens. */
    static boolean answers(ConnectionFile connection) {
        URI origin = URI.create(connection.exchangeEndpoint());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getByName(origin.getHost()), origin.getPort()), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /** A running server: its process and where it is. */
    public record Running(long pid, ConnectionFile connection) {
    }
}
