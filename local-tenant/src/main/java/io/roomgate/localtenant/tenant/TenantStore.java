package io.roomgate.localtenant.tenant;

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

/**
 * Keeps a tenant in a JSON file so that successive runs see the same tenant. Every write is on disk before it is
 * answered: the Pulumi engine kills a provider plugin (and so the in-process local tenant) without warning once a
 * run is over, so a write that was saved later, or on close, could be lost after its caller recorded it.
 * The file holds the seeded apps' secrets: it is the tenant's own data, kept next to nothing else.
 */
public final class TenantStore implements AutoCloseable {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final Path file;
    private final Tenant tenant;
    private TenantStore(Path file, Tenant tenant) {
        this.file = file;
        this.tenant = tenant;
    }

    /** Starts persisting a tenant to a file (and saves it once now). */
    public static TenantStore attach(Path file, Tenant tenant) {
        TenantStore store = new TenantStore(file, tenant);
        tenant.onWrite(store::save);
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
        save();
    }
}
