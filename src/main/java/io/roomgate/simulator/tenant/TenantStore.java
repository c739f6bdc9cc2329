package io.roomgate.simulator.tenant;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps a tenant in a JSON file so that successive runs see the same tenant. Writes are coalesced: a burst of
 * cmdlets costs one save, at most every {@value #SAVE_INTERVAL_MILLIS} ms, and {@link #close()} saves the rest.
 * The file holds the seeded apps' secrets: it is the tenant's own data, kept next to nothing else.
 */
public final class TenantStore implements AutoCloseable {
    private static final long SAVE_INTERVAL_MILLIS = 200;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final Path file;
    private final Tenant tenant;
    private final AtomicBoolean dirty = new AtomicBoolean();
    private final ScheduledExecutorService saver;

    private TenantStore(Path file, Tenant tenant) {
        this.file = file;
        this.tenant = tenant;
        this.saver = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "tenant-store");
            thread.setDaemon(true);
            return thread;
        });
        saver.scheduleWithFixedDelay(this::saveIfDirty, SAVE_INTERVAL_MILLIS, SAVE_INTERVAL_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /** Starts persisting a tenant to a file (and saves it once now). */
    public static TenantStore attach(Path file, Tenant tenant) {
        TenantStore store = new TenantStore(file, tenant);
        tenant.onWrite(() -> store.dirty.set(true));
        store.save();
        return store;
    }

    public static Optional<TenantState> load(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (Reader reader = Files.newBufferedReader(file)) {
            return Optional.ofNullable(GSON.fromJson(reader, TenantState.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the tenant state file " + file, e);
        }
    }

    public static String toJson(TenantState state) {
        return GSON.toJson(state);
    }

    private void saveIfDirty() {
        if (dirty.getAndSet(false)) {
            save();
        }
    }

    public synchronized void save() {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (Writer writer = Files.newBufferedWriter(temporary)) {
                tenant.read(() -> {
                    GSON.toJson(tenant.state(), writer);
                    return null;
                });
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the tenant state to " + file, e);
        }
    }

    @Override
    public void close() {
        saver.shutdownNow();
        save();
    }
}
