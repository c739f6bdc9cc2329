package io.roomgate.verify;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What verify needs from the stack, read from {@code pulumi stack output --json --show-secrets}: the app's identity
 * and secret, the rooms, the canary, the access model, and whether the platform writes to room calendars.
 *
 * <p>Rooms and canary come from the {@code verification} summary when the stack has one, else from
 * {@code roomAddresses}. {@link #toString()} never shows the client secret.
 *
 * @param clientSecret the app's client secret; null when the stack has none (certificate credentials)
 * @param canary       a mailbox that is not a room, which the app must be denied; null when the stack names none
 * @param write        whether the platform's profile writes to room calendars (then a probe event is written)
 * @param organization the tenant's initial domain from the verification summary, or null
 */
public record StackOutputs(String tenantId, String clientId, String clientSecret, List<String> rooms,
                           String canary, AccessModel accessModel, boolean write, String organization) {

    /** What {@code pulumi stack output --json} prints for a secret without {@code --show-secrets}. */
    static final String HIDDEN_SECRET = "[secret]";
    /** The key Pulumi marks a secret value with when it serializes one as an object. */
    private static final String SECRET_SIGNATURE = "4dabf18193072939515e22adb298388d";

    public StackOutputs {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(clientId, "clientId");
        rooms = List.copyOf(rooms);
        Objects.requireNonNull(accessModel, "accessModel");
    }

    public Optional<String> canaryMailbox() {
        return Optional.ofNullable(canary);
    }

    public Optional<String> secret() {
        return Optional.ofNullable(clientSecret);
    }

    /** The same outputs, without the write probe (for {@code --read-only}). */
    public StackOutputs readOnly() {
        return new StackOutputs(tenantId, clientId, clientSecret, rooms, canary, accessModel, false, organization);
    }

    @Override
    public String toString() {
        return "StackOutputs[tenantId=" + tenantId + ", clientId=" + clientId + ", clientSecret="
                + (clientSecret == null ? "none" : "***") + ", rooms=" + rooms.size() + ", canary=" + canary
                + ", accessModel=" + accessModel.outputValue() + ", write=" + write + "]";
    }

    /**
     * Reads the JSON Pulumi prints. Every problem is reported at once, naming the output and what to do.
     *
     * @throws IllegalArgumentException when the JSON is not a stack's outputs or lacks what verify needs
     */
    public static StackOutputs parse(String json) {
        JsonObject outputs;
        try {
            JsonElement root = JsonParser.parseString(json);
            if (!root.isJsonObject()) {
                throw new IllegalArgumentException("stack outputs: expected the JSON object that `pulumi stack output"
                        + " --json --show-secrets` prints, got " + kind(root));
            }
            outputs = root.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("stack outputs are not JSON (" + e.getMessage()
                    + "); pipe in `pulumi stack output --json --show-secrets`", e);
        }
        return new Reader(outputs).read();
    }

    private static String kind(JsonElement element) {
        return element.isJsonArray() ? "an array" : element.isJsonNull() ? "null" : "a single value";
    }

    /** Collects problems while reading, so an admin sees all of them in one go. */
    private static final class Reader {
        private final JsonObject outputs;
        private final JsonObject verification;
        private final List<String> problems = new ArrayList<>();

        Reader(JsonObject outputs) {
            this.outputs = outputs;
            JsonElement summary = outputs.get("verification");
            this.verification = summary != null && summary.isJsonObject() ? summary.getAsJsonObject() : new JsonObject();
        }

        StackOutputs read() {
            if (optionalText(outputs, "accessModel").filter("serviceAccount"::equalsIgnoreCase).isPresent()) {
                throw new IllegalArgumentException("stack outputs: this stack gives a service account folder"
                        + " permissions on the rooms (accessModel serviceAccount) and has no app; verify proves what an"
                        + " app can reach, so it has nothing to check here");
            }
            String tenantId = requiredText(outputs, "tenantId");
            String clientId = requiredText(outputs, "clientId");
            String secret = optionalText(outputs, "clientSecret").orElse(null);
            if (HIDDEN_SECRET.equals(secret)) {
                problems.add("clientSecret is shown as [secret]: run `pulumi stack output --json --show-secrets`"
                        + " (or pass --client-certificate to sign in with a certificate instead)");
            }
            List<String> rooms = rooms();
            String canary = optionalText(verification, "canary")
                    .or(() -> optionalText(verification, "canaryMailbox"))
                    .or(() -> optionalText(outputs, "canaryMailbox"))
                    .orElse(null);
            AccessModel model = accessModel();
            boolean write = write();
            if (canary != null && rooms.stream().anyMatch(canary::equalsIgnoreCase)) {
                problems.add("the canary " + canary + " is also one of the rooms, so it could never be seen denied;"
                        + " name a user mailbox that is not a room");
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("stack outputs: " + String.join("; ", problems));
            }
            return new StackOutputs(tenantId, clientId, HIDDEN_SECRET.equals(secret) ? null : secret, rooms, canary,
                    model, write, optionalText(verification, "organization").orElse(null));
        }

        private List<String> rooms() {
            JsonElement listed = verification.has("rooms") ? verification.get("rooms") : outputs.get("roomAddresses");
            String name = verification.has("rooms") ? "verification.rooms" : "roomAddresses";
            if (listed == null || listed.isJsonNull()) {
                problems.add("roomAddresses is missing: the stack has no rooms for verify to check");
                return List.of();
            }
            if (!listed.isJsonArray()) {
                problems.add(name + " must be a list of room addresses");
                return List.of();
            }
            var rooms = new LinkedHashSet<String>();
            for (JsonElement room : unwrap(listed).getAsJsonArray()) {
                JsonElement value = unwrap(room);
                String address = value.isJsonPrimitive() ? value.getAsString()
                        : value.isJsonObject() ? textOf(value.getAsJsonObject(), "address", "primarySmtpAddress")
                        : null;
                if (address == null || !address.contains("@")) {
                    problems.add(name + " holds " + room + ", which is not a mailbox address");
                } else {
                    rooms.add(address.trim().toLowerCase(Locale.ROOT));
                }
            }
            if (rooms.isEmpty() && problems.isEmpty()) {
                problems.add(name + " is empty: the stack has no rooms for verify to check");
            }
            return new ArrayList<>(rooms);
        }

        private AccessModel accessModel() {
            Optional<String> value = optionalText(verification, "accessModel").or(() -> optionalText(outputs, "accessModel"));
            if (value.isEmpty()) {
                problems.add("accessModel is missing: expected one of rbac, applicationAccessPolicy, unrestricted");
                return AccessModel.RBAC;
            }
            return AccessModel.fromOutput(value.get()).orElseGet(() -> {
                problems.add("accessModel '" + value.get() + "' is not one of rbac, applicationAccessPolicy, unrestricted");
                return AccessModel.RBAC;
            });
        }

        /** The stack says so explicitly, or its app's permissions include a calendar write permission. */
        private boolean write() {
            for (String key : List.of("write", "probeWrite", "calendarWrite")) {
                JsonElement flag = verification.get(key);
                if (flag != null && flag.isJsonPrimitive() && flag.getAsJsonPrimitive().isBoolean()) {
                    return flag.getAsBoolean();
                }
            }
            JsonElement permissions = verification.get("permissions");
            if (permissions != null && permissions.isJsonArray()) {
                for (JsonElement permission : permissions.getAsJsonArray()) {
                    if (permission.isJsonPrimitive() && permission.getAsString().equalsIgnoreCase("Calendars.ReadWrite")) {
                        return true;
                    }
                }
                return false;
            }
            return true;
        }

        private String requiredText(JsonObject object, String key) {
            Optional<String> value = optionalText(object, key);
            if (value.isEmpty()) {
                problems.add(key + " is missing");
                return "";
            }
            return value.get();
        }

        private static Optional<String> optionalText(JsonObject object, String key) {
            JsonElement element = object.get(key);
            if (element == null || element.isJsonNull()) {
                return Optional.empty();
            }
            element = unwrap(element);
            return element.isJsonPrimitive() && !element.getAsString().isBlank()
                    ? Optional.of(element.getAsString().trim()) : Optional.empty();
        }

        private static String textOf(JsonObject object, String... keys) {
            for (String key : keys) {
                Optional<String> value = optionalText(object, key);
                if (value.isPresent()) {
                    return value.get();
                }
            }
            return null;
        }

        /** A secret Pulumi serialized as {@code {"<signature>": "…", "value": …}} stands for its value. */
        private static JsonElement unwrap(JsonElement element) {
            if (element.isJsonObject()) {
                JsonObject object = element.getAsJsonObject();
                if (object.has(SECRET_SIGNATURE) && object.has("value")) {
                    return object.get("value");
                }
            }
            return element;
        }
    }
}
