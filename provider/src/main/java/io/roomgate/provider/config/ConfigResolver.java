package io.roomgate.provider.config;

import com.google.gson.JsonParser;
import io.roomgate.provider.codec.PropertyCodec;
import io.roomgate.provider.codec.Secret;
import io.roomgate.provider.framework.CheckFailures;
import io.roomgate.provider.framework.PropertySpec;
import io.roomgate.provider.framework.PropertyType;
import io.roomgate.provider.framework.ProviderException;
import io.roomgate.provider.framework.RecordShape;
import io.roomgate.provider.framework.Validation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Provider configuration from what the engine sends (structured {@code args}, the older {@code variables} map) and,
 * for keys the stack leaves out, the environment the Azure SDKs read.
 */
public final class ConfigResolver {
    public static final RecordShape<ProviderConfig> SHAPE = RecordShape.of(ProviderConfig.class);
    private static final String PACKAGE = "exchangeonline";

    private static final Map<String, String> ENVIRONMENT_KEYS = Map.of(
            "tenantId", "AZURE_TENANT_ID",
            "clientId", "AZURE_CLIENT_ID",
            "clientSecret", "AZURE_CLIENT_SECRET",
            "clientCertificatePath", "AZURE_CLIENT_CERTIFICATE_PATH",
            "clientCertificatePassword", "AZURE_CLIENT_CERTIFICATE_PASSWORD",
            "authorityHost", "AZURE_AUTHORITY_HOST");

    private ConfigResolver() {}

    /**
     * @param args      {@code ConfigureRequest.args} decoded (may hold secrets), keys without the package prefix
     * @param variables {@code ConfigureRequest.variables}: {@code exchangeonline:config:key} to a string
     *                  (non-strings JSON-encoded)
     */
    public static ProviderConfig resolve(Map<String, Object> args, Map<String, String> variables,
                                         Map<String, String> environment) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (PropertySpec spec : SHAPE.properties()) {
            Object value = args.get(spec.name());
            if (value == null) {
                String text = variables.get(PACKAGE + ":config:" + spec.name());
                value = text != null ? text : variables.get(PACKAGE + ":" + spec.name());
            }
            if (value == null && ENVIRONMENT_KEYS.containsKey(spec.name())) {
                String fromEnvironment = environment.get(ENVIRONMENT_KEYS.get(spec.name()));
                value = fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment;
            }
            if (value != null) {
                values.put(spec.name(), value);
            }
        }
        Validation validation = Validation.of(SHAPE, normalize(values));
        CheckFailures failures = validation.failures();
        if (!failures.isEmpty()) {
            throw ProviderException.invalidInput("the exchangeonline provider configuration is invalid: " + failures
                    + " (set it with `pulumi config set exchangeonline:<key> <value>`)");
        }
        return SHAPE.toRecord(PropertyCodec.reveal(validation.known()));
    }

    /**
     * Stack config reaches a provider as strings (the older engines JSON-encode non-strings): booleans and numbers
     * are read back from their text, so {@code pulumi config set exchangeonline:maxConcurrency 8} works.
     */
    public static Map<String, Object> normalize(Map<String, Object> values) {
        Map<String, Object> normalized = new LinkedHashMap<>(values);
        for (PropertySpec spec : SHAPE.properties()) {
            Object value = normalized.get(spec.name());
            boolean secret = value instanceof Secret;
            Object plain = secret ? ((Secret) value).value() : value;
            if (plain instanceof String text && spec.type() != PropertyType.STRING) {
                Object parsed = parse(spec.type(), text.trim());
                normalized.put(spec.name(), secret ? new Secret(parsed) : parsed);
            }
        }
        return normalized;
    }

    private static Object parse(PropertyType type, String text) {
        if (type == PropertyType.BOOLEAN && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(text);
        }
        if (type == PropertyType.INTEGER) {
            try {
                return JsonParser.parseString(text).getAsDouble();
            } catch (RuntimeException e) {
                return text;
            }
        }
        return text;
    }

}
