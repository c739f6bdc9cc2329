package io.roomgate.program.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** The shapes Exchange and Entra accept for addresses, ids and names. */
final class Names {
    private static final Pattern SMTP = Pattern.compile(
            "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$");
    private static final Pattern GUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern INITIAL_DOMAIN = Pattern.compile("^[a-z0-9][a-z0-9-]*\\.onmicrosoft\\.com$");
    private static final Pattern ALIAS = Pattern.compile("^[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~.]+$");

    /** Exchange's limit for group names, aliases and role assignment names. */
    static final int EXCHANGE_NAME_LIMIT = 64;

    private Names() {}

    static boolean isSmtpAddress(String value) {
        return SMTP.matcher(value).matches();
    }

    static boolean isGuid(String value) {
        return GUID.matcher(value).matches();
    }

    static boolean isInitialDomain(String value) {
        return INITIAL_DOMAIN.matcher(value.toLowerCase(Locale.ROOT)).matches();
    }

    static boolean isAlias(String value) {
        return ALIAS.matcher(value).matches() && !value.startsWith(".") && !value.endsWith(".");
    }

    /** A group alias made from its name: the characters Exchange refuses in an alias are dropped. */
    static String aliasFrom(String name) {
        String alias = name.replaceAll("[^A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~.]", "").replaceAll("^\\.+|\\.+$", "");
        return alias.length() > EXCHANGE_NAME_LIMIT ? alias.substring(0, EXCHANGE_NAME_LIMIT) : alias;
    }

    /** A country as Exchange's Set-Place takes it: an ISO 3166-1 two-letter code or the country's English name. */
    static boolean isCountry(String value) {
        return java.util.Arrays.stream(Locale.getISOCountries()).anyMatch(code -> code.equalsIgnoreCase(value)
                || new Locale("", code).getDisplayCountry(Locale.ENGLISH).equalsIgnoreCase(value));
    }

    /** Entra accepts https redirect URIs, and http only for the local machine. */
    static boolean isRedirectUri(String value) {
        try {
            URI uri = new URI(value);
            if (uri.getHost() == null || uri.getFragment() != null) {
                return false;
            }
            return "https".equals(uri.getScheme())
                    || ("http".equals(uri.getScheme()) && (uri.getHost().equals("localhost") || uri.getHost().equals("127.0.0.1")));
        } catch (URISyntaxException notAUri) {
            return false;
        }
    }
}
