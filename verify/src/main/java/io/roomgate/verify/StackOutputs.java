package io.roomgate.verify;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
 * @param serviceAccount the service account of a {@link AccessModel#SERVICE_ACCOUNT} stack (which has no app, so
 *                       {@code clientId} is null), else null
 */
public record StackOutputs(String tenantId, String clientId, String clientSecret, List<String> rooms,
                           String canary, AccessModel accessModel, boolean write, String organization,
                           ServiceAccount serviceAccount) {

    /** A mailbox the platform signs in as, and the calendar folder role it must hold on every room. */
    public record ServiceAccount(String address, String folderRole) {
        public ServiceAccount {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(folderRole, "folderRole");
        }
    }

    /** What {@code pulumi stack output --json} prints for a secret without {@code --show-secrets}. */
    static final String HIDDEN_SECRET = "[secret]";
    /** How the program's verification summary describes a service account's access. */
    private static final Pattern SERVICE_ACCOUNT_RESTRICTION =
            Pattern.compile("serviceAccount folder role (\\w+) for (\\S+@\\S+)");
    /** What the vendor guide (Alexa for Business, method 1) grants when a stack names no role. */
    private static final String DEFAULT_FOLDER_ROLE = "Editor";
    private static final String MODELS = Arrays.stream(AccessModel.values()).map(AccessModel::outputValue)
            .collect(Collectors.joining(", "));
    /** Outputs every roomgate stack has; outputs with none of them come from another program. */
    private static final List<String> OWN_OUTPUTS = List.of("tenantId", "accessModel", "roomAddresses", "verification");
    /** The key Pulumi marks a secret value with when it serializes one as an object. */
    private static final String SECRET_SIGNATURE = "4dabf18193072939515e22adb298388d";

    public StackOutputs {
        Objects.requireNonNull(tenantId, "tenantId");
        rooms = List.copyOf(rooms);
        Objects.requireNonNull(accessModel, "accessModel");
        if ((accessModel == AccessModel.SERVICE_ACCOUNT) != (serviceAccount != null)) {
            throw new IllegalArgumentException("a service account comes with, and only with, accessModel serviceAccount");
        }
        if (serviceAccount == null) {
            Objects.requireNonNull(clientId, "clientId");
        }
    }

    public Optional<String> canaryMailbox() {
        return Optional.ofNullable(canary);
    }

    public Optional<String> secret() {
        return Optional.ofNullable(clientSecret);
    }

    /** The same outputs, without the write probe (for {@code --read-only}). */
    public StackOutputs readOnly() {
        return new StackOutputs(tenantId, clientId, clientSecret, rooms, canary, accessModel, false, organization,
                serviceAccount);
    }

    @Override
    public String toString() {
        return "StackOutputs[tenantId=" + tenantId + ", clientId=" + clientId + ", clientSecret="
                + (clientSecret == null ? "none" : "***") + ", rooms=" + rooms.size() + ", canary=" + canary
                + ", accessModel=" + accessModel.outputValue() + ", write=" + write
                + (serviceAccount == null ? "" : ", serviceAccount=" + serviceAccount) + "]";
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
        if (outputs.size() == 0) {
            throw new IllegalArgumentException("the stack has no outputs yet: deploy it first (./roomgate up --stack"
                    + " <stack>, or pulumi up), then run verify");
        }
        if (OWN_OUTPUTS.stream().noneMatch(outputs::has)) {
            throw new IllegalArgumentException("these are not the outputs of roomgate's program: they have "
                    + String.join(", ", outputs.keySet().stream().sorted().limit(10).toList())
                    + (outputs.size() > 10 ? ", …" : "") + " but none of " + String.join(", ", OWN_OUTPUTS)
                    + ". Check the stack name and the project directory.");
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
            AccessModel model = accessModel();
            String tenantId = requiredText(outputs, "tenantId");
            ServiceAccount serviceAccount = model == AccessModel.SERVICE_ACCOUNT ? serviceAccount() : null;
            String clientId = serviceAccount != null ? optionalText(outputs, "clientId").orElse(null)
                    : requiredText(outputs, "clientId");
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
            boolean write = write();
            if (canary != null && rooms.stream().anyMatch(canary::equalsIgnoreCase)) {
                problems.add("the canary " + canary + " is also one of the rooms, so it could never be seen denied;"
                        + " name a user mailbox that is not a room");
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("stack outputs: " + String.join("; ", problems));
            }
            return new StackOutputs(tenantId, clientId, HIDDEN_SECRET.equals(secret) ? null : secret, rooms, canary,
                    model, write, optionalText(verification, "organization").orElse(null), serviceAccount);
        }

        /**
         * The service account of a stack without an app: its address from the connector's settings (or the
         * summary's restriction), its folder role from the summary's restriction ("serviceAccount folder role Editor
         * for svc@…"), Editor when the stack does not say.
         */
        private ServiceAccount serviceAccount() {
            Matcher restriction = SERVICE_ACCOUNT_RESTRICTION.matcher(optionalText(verification, "restriction").orElse(""));
            boolean described = restriction.matches();
            JsonElement settings = outputs.get("connectorSettings");
            Optional<String> address = settings != null && settings.isJsonObject()
                    ? optionalText(unwrap(settings).getAsJsonObject(), "service_account") : Optional.empty();
            address = address.or(() -> described ? Optional.of(restriction.group(2)) : Optional.empty());
            if (address.isEmpty()) {
                problems.add("connectorSettings.service_account is missing: a serviceAccount stack names the mailbox"
                        + " that holds the rooms' calendar folder role, and verify checks that mailbox's rights");
                return new ServiceAccount("", DEFAULT_FOLDER_ROLE);
            }
            return new ServiceAccount(address.get().toLowerCase(Locale.ROOT),
                    described ? restriction.group(1) : DEFAULT_FOLDER_ROLE);
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
                problems.add("accessModel is missing: expected one of " + MODELS);
                return AccessModel.RBAC;
            }
            return AccessModel.fromOutput(value.get()).orElseGet(() -> {
                problems.add("accessModel '" + value.get() + "' is not one of " + MODELS);
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
