package io.roomgate.exchange;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes tokens and known secrets from any text on its way into a log line or an exception message. Exchange and
 * Entra error bodies are echoed to the admin, so they pass through here too.
 */
final class Redactor {
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[^\\s\"',;]+");
    private static final Pattern SECRET_FIELD =
            Pattern.compile("(?i)((?:client_secret|access_token|refresh_token|password|client_assertion)[\"']?\\s*[=:]\\s*[\"']?)[^\\s\"'&,}]+");
    private static final int MAX_ECHO = 600;

    private final List<String> secrets;

    Redactor(List<String> secrets) {
        this.secrets = secrets.stream().filter(s -> s != null && s.length() >= 4).toList();
    }

    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String clean = JWT.matcher(text).replaceAll("[token]");
        clean = BEARER.matcher(clean).replaceAll("$1[token]");
        clean = SECRET_FIELD.matcher(clean).replaceAll("$1[redacted]");
        for (String secret : secrets) {
            clean = clean.replace(secret, "[secret]");
        }
        return clean;
    }

    /** Scrubbed and cut to a length that fits in a message. */
    String echo(String text) {
        String clean = scrub(text);
        if (clean == null) {
            return null;
        }
        clean = clean.replace('\u0000', ' ').strip();
        return clean.length() <= MAX_ECHO ? clean : clean.substring(0, MAX_ECHO) + "…";
    }
}
