package io.roomgate.exchange;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.roomgate.exchange.ExchangeException.Kind;

/**
 * Turns any failed InvokeCommand response into one {@link ExchangeException}. Exchange answers failures in several
 * shapes (reference/exchange-admin-api.md 1.7): an OData error whose {@code details[0].message} is
 * {@code id|Type|text} or a JSON string, an {@code innererror.internalexception}, a 403 whose body is NUL bytes with
 * the reason in {@code x-ms-diagnostics}, plain-text concurrency refusals, and arbitrary non-JSON bodies.
 */
final class ErrorParser {
    static final String CONCURRENCY_REFUSAL = "maximum number of concurrent requests";

    private static final Pattern PIPE_SHAPE = Pattern.compile("^([^|]*)\\|([A-Za-z0-9_.+`]+)\\|(.*)$", Pattern.DOTALL);
    private static final List<Pattern> VALID_VALUES = List.of(
            Pattern.compile("(?i)enumerator names and try again:\\s*\"?([^\"\\r\\n]+?)\"?\\s*(?:\\.\\s*)?(?:\"|$|\\r|\\n)"),
            Pattern.compile("(?i)possible enumeration values are\\s*[\"']([^\"']+)[\"']"),
            Pattern.compile("(?i)valid values are:?\\s*([^\\r\\n.]+)"),
            Pattern.compile("(?i)supported values are:?\\s*([^\\r\\n.]+)"),
            Pattern.compile("(?i)the argument \"[^\"]*\" does not belong to the set \"([^\"]+)\""));

    private final String tenantId;
    private final String credentialDescription;
    private final Redactor redactor;

    ErrorParser(String tenantId, String credentialDescription, Redactor redactor) {
        this.tenantId = tenantId;
        this.credentialDescription = credentialDescription;
        this.redactor = redactor;
    }

    /** What Exchange said, in its parts. */
    record Diagnosis(String code, String exceptionType, String text) {
    }

    ExchangeException fromResponse(Cmdlet cmdlet, int status, Function<String, String> header, byte[] body,
                                   String requestId) {
        Diagnosis diagnosis = diagnose(status, header, body);
        String text = redactor.echo(diagnosis.text());
        Kind kind = classify(status, diagnosis);
        if (kind == Kind.TRANSIENT && !cmdlet.isSafeToReplay()) {
            // A 5xx to a create, add or remove does not say whether it committed before failing.
            kind = Kind.OUTCOME_UNKNOWN;
        }
        List<String> validValues = kind == Kind.INVALID_PARAMETER ? validValues(diagnosis.text()) : List.of();
        String message = explain(kind, cmdlet, status, diagnosis.exceptionType(), text, header, validValues, requestId);
        return new ExchangeException(kind, cmdlet.name(), status, diagnosis.exceptionType(), validValues, requestId,
                message, null);
    }

    /**
     * A failure Exchange reports as a warning of a successful answer: {@code Remove-MailboxPermission} says that the
     * entry to remove does not exist (the ACE) that way, where every other cmdlet answers an error.
     */
    Optional<ExchangeException> fromWarnings(Cmdlet cmdlet, List<String> warnings) {
        if (!cmdlet.name().equals("Remove-MailboxPermission")) {
            return Optional.empty();
        }
        return warnings.stream()
                .filter(w -> w.contains("ACE doesn't exist") || w.contains("ACE does not exist"))
                .findFirst()
                .map(missing -> new ExchangeException(Kind.PERMISSION_ENTRY_NOT_FOUND, cmdlet.name(), cmdlet.describe()
                        + ": " + cmdlet.parameters().get("User") + " holds no such permission entry ("
                        + redactor.echo(String.join(" ", warnings)) + ")"));
    }

    /** For {@code @adminapi.errors} inside a 200: each entry is a string or an object in the same shapes. */
    ExchangeException fromEmbeddedError(Cmdlet cmdlet, JsonElement error, String requestId) {
        byte[] asBody = error.isJsonPrimitive()
                ? wrapAsOData(error.getAsString()).getBytes(StandardCharsets.UTF_8)
                : error.toString().getBytes(StandardCharsets.UTF_8);
        return fromResponse(cmdlet, 200, name -> null, asBody, requestId);
    }

    private static String wrapAsOData(String message) {
        JsonObject detail = new JsonObject();
        detail.addProperty("message", message);
        JsonObject error = new JsonObject();
        error.addProperty("message", message);
        var details = new com.google.gson.JsonArray();
        details.add(detail);
        error.add("details", details);
        JsonObject envelope = new JsonObject();
        envelope.add("error", error);
        return envelope.toString();
    }

    Diagnosis diagnose(int status, Function<String, String> header, byte[] body) {
        String headerType = firstNonBlank(header.apply("x-ExceptionType"), null);
        String raw = body == null ? "" : new String(body, StandardCharsets.UTF_8).replace("\u0000", "").strip();
        if (raw.isEmpty()) {
            String diagnostics = header.apply("x-ms-diagnostics");
            return new Diagnosis(null, headerType, firstNonBlank(diagnostics, null));
        }
        JsonObject error = errorObject(raw);
        if (error == null) {
            return new Diagnosis(null, headerType, raw);
        }
        String code = string(error, "code");
        String detail = firstNonBlank(
                string(child(child(error, "innererror"), "internalexception"), "message"),
                firstDetailMessage(error),
                string(error, "message"));
        Diagnosis parsed = parseDetail(code, detail);
        String type = firstNonBlank(parsed.exceptionType(), firstNonBlank(headerType,
                string(child(error, "innererror"), "type")));
        // The innererror type of the OData layer says nothing about the cmdlet's failure; prefer the detail's.
        return new Diagnosis(code, type, parsed.text());
    }

    private static Diagnosis parseDetail(String code, String detail) {
        if (detail == null) {
            return new Diagnosis(code, null, null);
        }
        String trimmed = detail.strip();
        if (trimmed.startsWith("{")) {
            JsonObject json = parseObject(trimmed);
            if (json != null) {
                String type = firstNonBlank(string(json, "TypeName"), string(json, "ClassName"));
                String message = firstNonBlank(string(json, "Message"), string(json, "message"));
                return new Diagnosis(code, type, message == null ? trimmed : message);
            }
        }
        Matcher pipe = PIPE_SHAPE.matcher(trimmed);
        if (pipe.matches()) {
            return new Diagnosis(code, pipe.group(2), pipe.group(3).strip());
        }
        return new Diagnosis(code, null, trimmed);
    }

    private static JsonObject errorObject(String raw) {
        JsonObject envelope = parseObject(raw);
        if (envelope == null) {
            return null;
        }
        JsonObject error = child(envelope, "error");
        return error != null ? error : envelope;
    }

    private static JsonObject parseObject(String text) {
        try {
            JsonElement element = JsonParser.parseString(text);
            return element.isJsonObject() ? element.getAsJsonObject() : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static String firstDetailMessage(JsonObject error) {
        JsonElement details = member(error, "details");
        if (details != null && details.isJsonArray() && !details.getAsJsonArray().isEmpty()
                && details.getAsJsonArray().get(0).isJsonObject()) {
            return string(details.getAsJsonArray().get(0).getAsJsonObject(), "message");
        }
        return null;
    }

    /** Exchange's casing of property names varies between shapes ({@code innererror}/{@code innerError}). */
    private static JsonElement member(JsonObject object, String name) {
        if (object == null) {
            return null;
        }
        for (var entry : object.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static JsonObject child(JsonObject object, String name) {
        JsonElement value = member(object, name);
        return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
    }

    private static String string(JsonObject object, String name) {
        JsonElement value = member(object, name);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }

    static Kind classify(int status, Diagnosis diagnosis) {
        String type = diagnosis.exceptionType() == null ? "" : diagnosis.exceptionType();
        String text = diagnosis.text() == null ? "" : diagnosis.text().toLowerCase(Locale.ROOT);
        if (status == 401) {
            return Kind.UNAUTHORIZED;
        }
        if (status == 403) {
            return Kind.FORBIDDEN;
        }
        if (status == 429 || text.contains(CONCURRENCY_REFUSAL)) {
            return Kind.THROTTLED;
        }
        if (type.endsWith("UserAlreadyExistsInPermissionEntryException")
                || text.contains("existing permission entry was found")) {
            return Kind.PERMISSION_ENTRY_EXISTS;
        }
        if (type.endsWith("UserNotFoundInPermissionEntryException")
                || text.contains("no existing permission entry") || text.contains("ace doesn't exist")
                || text.contains("ace does not exist")) {
            return Kind.PERMISSION_ENTRY_NOT_FOUND;
        }
        if (type.endsWith("MemberAlreadyExistsException") || text.contains("is already a member")) {
            return Kind.ALREADY_MEMBER;
        }
        if (type.endsWith("MemberNotFoundException") || text.contains("isn't a member")
                || text.contains("is not a member")) {
            return Kind.NOT_MEMBER;
        }
        if (type.endsWith("ADObjectAlreadyExistsException") || type.endsWith("AlreadyExistsException")
                || text.contains("already exists") || text.contains("is already being used")) {
            return Kind.ALREADY_EXISTS;
        }
        if (type.endsWith("ManagementObjectNotFoundException") || type.endsWith("ObjectNotFoundException")
                || text.contains("couldn't be found") || text.contains("could not be found")
                || "NotFound".equalsIgnoreCase(diagnosis.code()) || status == 404) {
            return Kind.NOT_FOUND;
        }
        if (type.contains("ParameterBinding") || type.contains("AmbiguousParameterSet")
                || type.contains("ParameterArgumentValidation") || type.contains("ArgumentTransformation")
                || text.contains("a parameter cannot be found") || text.contains("cannot bind parameter")
                || text.contains("cannot process argument transformation") || text.contains("cannot validate argument")
                || text.contains("enumerator names") || text.contains("parameter set cannot be resolved")
                || text.contains("nosuchparameter")) {
            return Kind.INVALID_PARAMETER;
        }
        if (text.contains("delegating role assignment") || text.contains("you don't have access to create, change, or remove")) {
            return Kind.FORBIDDEN;
        }
        if (status == 408 || status >= 500) {
            return Kind.TRANSIENT;
        }
        return Kind.FAILED;
    }

    static List<String> validValues(String text) {
        if (text == null) {
            return List.of();
        }
        for (Pattern pattern : VALID_VALUES) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                return Arrays.stream(matcher.group(1).split("[,;]"))
                        .map(v -> v.strip().replaceAll("^[\"'“”]+|[\"'“”.]+$", ""))
                        .filter(v -> !v.isEmpty())
                        .toList();
            }
        }
        return List.of();
    }

    private String explain(Kind kind, Cmdlet cmdlet, int status, String type, String text,
                           Function<String, String> header, List<String> validValues, String requestId) {
        String what = cmdlet.describe();
        String said = text == null ? "" : ": " + text;
        String trailer = " (HTTP " + status + (type == null ? "" : ", " + type)
                + (requestId == null ? "" : ", request id " + requestId) + ")";
        return switch (kind) {
            case UNAUTHORIZED -> what + " was refused with HTTP 401: Exchange Online did not accept the token that "
                    + credentialDescription + " obtained for tenant " + tenantId
                    + redactor.echo(describeChallenge(header)) + said
                    + diagnostics(header)
                    + ". Check that the app is registered in that tenant, that its secret or certificate is current,"
                    + " and that the authority host matches the tenant's cloud." + trailer;
            case FORBIDDEN -> what + " was refused" + forbiddenReason(header, text)
                    + ". The deploying app (" + credentialDescription + ") needs the Exchange.ManageAsApp application"
                    + " permission of 'Office 365 Exchange Online' with admin consent, and the Exchange Administrator"
                    + " role in Entra ID (or an Exchange role group that allows " + cmdlet.name() + ")."
                    + " A cmdlet Exchange does not know is refused the same way." + trailer;
            case THROTTLED -> what + " was throttled by Exchange Online and retries ran out" + said
                    + ". Lower exchangeonline:maxConcurrency or run again later." + trailer;
            case TRANSIENT -> what + " failed on Exchange Online's side and retries ran out" + said
                    + ". Run again later." + trailer;
            case OUTCOME_UNKNOWN -> what + " failed on Exchange Online's side" + said + trailer
                    + ". It may or may not have taken effect: look the object up before trying again.";
            case INVALID_PARAMETER -> what + " refused its parameters" + said
                    + (validValues.isEmpty() ? "" : ". Valid values: " + String.join(", ", validValues)) + trailer;
            default -> what + " failed" + said + trailer;
        };
    }

    private static String describeChallenge(Function<String, String> header) {
        String challenge = header.apply("WWW-Authenticate");
        if (challenge == null) {
            return "";
        }
        Matcher description = Pattern.compile("error_description=\"([^\"]*)\"").matcher(challenge);
        return description.find() ? " (" + description.group(1) + ")" : "";
    }

    /** Exchange states why it refused a token only in {@code x-ms-diagnostics}: {@code 2000001;reason="...";...}. */
    private String diagnostics(Function<String, String> header) {
        String reason = reason(header.apply("x-ms-diagnostics"));
        return reason == null ? "" : ": " + redactor.echo(reason);
    }

    private static String reason(String diagnostics) {
        if (diagnostics == null) {
            return null;
        }
        Matcher reason = Pattern.compile("reason=\"([^\"]*)\"").matcher(diagnostics);
        return reason.find() ? reason.group(1) : diagnostics;
    }

    private String forbiddenReason(Function<String, String> header, String text) {
        String diagnostics = redactor.echo(reason(header.apply("x-ms-diagnostics")));
        String reason = firstNonBlank(diagnostics, text);
        return " with HTTP 403" + (reason == null ? "" : ": " + reason);
    }
}
