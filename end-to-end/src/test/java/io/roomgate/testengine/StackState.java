package io.roomgate.testengine;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Struct;
import com.google.protobuf.util.JsonFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stack's checkpoint as the stand-in engine keeps it: one entry per resource, persisted between runs. */
final class StackState {

    /** One resource as last applied. {@code sequence} orders creations, so reverse order is a safe delete order. */
    record Entry(String urn, String type, String name, String id, Struct inputs, Struct outputs,
                 List<String> dependencies, String provider, long sequence) {
        Entry withOutputs(Struct newOutputs) {
            return new Entry(urn, type, name, id, inputs, newOutputs, dependencies, provider, sequence);
        }
    }

    private final Map<String, Entry> resources = new LinkedHashMap<>();
    private long nextSequence = 1;

    synchronized Entry get(String urn) {
        return resources.get(urn);
    }

    synchronized Collection<Entry> entries() {
        return List.copyOf(resources.values());
    }

    synchronized long nextSequence() {
        return nextSequence++;
    }

    synchronized void put(Entry entry) {
        resources.put(entry.urn(), entry);
    }

    synchronized void remove(String urn) {
        resources.remove(urn);
    }

    // ---- persistence: Structs as protobuf JSON inside a Gson document ----

    private record StoredEntry(String urn, String type, String name, String id, String inputs, String outputs,
                               List<String> dependencies, String provider, long sequence) {}

    private record Stored(long nextSequence, List<StoredEntry> resources) {}

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    synchronized void save(Path file) {
        List<StoredEntry> stored = new ArrayList<>();
        for (Entry entry : resources.values()) {
            stored.add(new StoredEntry(entry.urn(), entry.type(), entry.name(), entry.id(), json(entry.inputs()),
                    json(entry.outputs()), entry.dependencies(), entry.provider(), entry.sequence()));
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, GSON.toJson(new Stored(nextSequence, stored)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the stand-in engine's state to " + file, e);
        }
    }

    static StackState load(Path file) {
        StackState state = new StackState();
        if (file == null || !Files.exists(file)) {
            return state;
        }
        try {
            Stored stored = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Stored.class);
            state.nextSequence = stored.nextSequence();
            for (StoredEntry entry : stored.resources()) {
                state.put(new Entry(entry.urn(), entry.type(), entry.name(), entry.id(), struct(entry.inputs()),
                        struct(entry.outputs()), List.copyOf(entry.dependencies()), entry.provider(),
                        entry.sequence()));
            }
            return state;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stand-in engine's state from " + file, e);
        }
    }

    private static String json(Struct struct) {
        try {
            return JsonFormat.printer().omittingInsignificantWhitespace().print(struct);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Struct struct(String json) throws IOException {
        Struct.Builder builder = Struct.newBuilder();
        JsonFormat.parser().merge(json, builder);
        return builder.build();
    }
}
