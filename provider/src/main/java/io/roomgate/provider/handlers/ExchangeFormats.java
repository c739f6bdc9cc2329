package io.roomgate.provider.handlers;

import io.roomgate.opath.OpathSyntaxException;
import io.roomgate.opath.RecipientFilter;
import io.roomgate.provider.framework.ValueFormat;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The syntaxes Exchange insists on, for {@code @Property(format = ...)}: each names what is wrong with a value and
 * what a valid one looks like, so Check rejects what Exchange would reject, before anything is sent.
 */
public final class ExchangeFormats {
    private static final Pattern ATOM = Pattern.compile("[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~]+");
    private static final Pattern ALIAS_PATTERN = Pattern.compile(ATOM.pattern() + "(\\." + ATOM.pattern() + ")*");
    private static final Pattern SMTP_PATTERN = Pattern.compile(ALIAS_PATTERN.pattern()
            + "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern GUID_PATTERN =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private ExchangeFormats() {}

    public static boolean isSmtp(String value) {
        return value.length() <= 320 && SMTP_PATTERN.matcher(value).matches();
    }

    public static boolean isGuid(String value) {
        return GUID_PATTERN.matcher(value).matches();
    }

    /** The same recipient filter, however spelled (Exchange rewrites filters into its canonical form). */
    public static boolean sameFilter(String a, String b) {
        try {
            return RecipientFilter.parse(a).equivalentTo(RecipientFilter.parse(b));
        } catch (OpathSyntaxException e) {
            return a.equals(b);
        }
    }

    /** An SMTP address, e.g. {@code room1@contoso.com}. */
    public static final class Smtp implements ValueFormat {
        @Override
        public Optional<String> problem(String value) {
            return isSmtp(value) ? Optional.empty()
                    : Optional.of("'" + value + "' is not an SMTP address; write it as name@domain, e.g. room1@contoso.com");
        }
    }

    /** An Entra id. */
    public static final class Guid implements ValueFormat {
        @Override
        public Optional<String> problem(String value) {
            return isGuid(value) ? Optional.empty()
                    : Optional.of("'" + value + "' is not a GUID; copy the id from Entra (e.g. 00000000-0000-0000-0000-000000000000)");
        }
    }

    /** A recipient named by SMTP address or GUID. */
    public static final class AddressOrGuid implements ValueFormat {
        @Override
        public Optional<String> problem(String value) {
            return isSmtp(value) || isGuid(value) ? Optional.empty()
                    : Optional.of("'" + value + "' is neither an SMTP address nor a GUID; use the group's address (e.g. rooms@contoso.com) or its GUID");
        }
    }

    /** {@code <mailbox>:\<folder path>}, e.g. {@code room1@contoso.com:\Calendar}. */
    public static final class FolderIdentity implements ValueFormat {
        @Override
        public Optional<String> problem(String value) {
            int separator = value.indexOf(":\\");
            if (separator < 0) {
                return Optional.of("'" + value + "' names no folder; write <mailbox>:\\<folder>, e.g. room1@contoso.com:\\Calendar");
            }
            String mailbox = value.substring(0, separator);
            if (!isSmtp(mailbox) && !isGuid(mailbox)) {
                return Optional.of("the mailbox part '" + mailbox + "' of '" + value
                        + "' is not an SMTP address; write e.g. room1@contoso.com:\\Calendar");
            }
            if (value.length() == separator + 2) {
                return Optional.of("'" + value + "' has an empty folder path; write e.g. " + mailbox + ":\\Calendar");
            }
            return Optional.empty();
        }
    }

    /** A recipient filter in OPATH, parsed as Exchange would; two spellings of one filter are the same. */
    public static final class OpathFilter implements ValueFormat {
        @Override
        public Optional<String> problem(String filter) {
            if (filter.isBlank()) {
                return Optional.of("the filter is empty; write an OPATH filter such as RecipientTypeDetails -eq 'RoomMailbox'");
            }
            try {
                RecipientFilter.parse(filter);
                return Optional.empty();
            } catch (OpathSyntaxException e) {
                return Optional.of(e.getMessage());
            }
        }

        @Override
        public boolean same(String a, String b) {
            return sameFilter(a, b);
        }
    }

    /** The Name of an Exchange object: at most 64 characters, no control characters or surrounding spaces. */
    public static final class Name implements ValueFormat {
        @Override
        public Optional<String> problem(String value) {
            if (value.isEmpty() || value.length() > 64) {
                return Optional.of("'" + value + "' is " + value.length() + " characters long; Exchange names take 1 to 64, shorten it");
            }
            if (!value.strip().equals(value) || value.chars().anyMatch(c -> Character.isISOControl(c) || c == '"' || c == '\\')) {
                return Optional.of("'" + value + "' contains a character Exchange names cannot hold (control characters, \", \\, leading or trailing spaces); remove it");
            }
            return Optional.empty();
        }
    }

    /**
     * A country or region as Set-Place takes it: an ISO 3166-1 two-letter code or the country's name. Exchange
     * answers with the name, so a code and its name are the same value.
     */
    public static final class Country implements ValueFormat {
        @Override
        public Optional<String> problem(String value) {
            return Countries.code(value).isPresent() ? Optional.empty()
                    : Optional.of("'" + value + "' is not a country or region Exchange knows; write its ISO 3166-1 "
                    + "two-letter code, e.g. AU, GB, US");
        }

        @Override
        public boolean same(String a, String b) {
            return Countries.code(a).equals(Countries.code(b));
        }
    }

    /** An Exchange alias (the part of the address before the @ when none is given). */
    public static final class Alias implements ValueFormat {
        @Override
        public Optional<String> problem(String value) {
            if (value.isEmpty() || value.length() > 64) {
                return Optional.of("'" + value + "' is " + value.length() + " characters long; an alias takes 1 to 64, shorten it");
            }
            if (!ALIAS_PATTERN.matcher(value).matches()) {
                return Optional.of("'" + value + "' is not a valid alias: use letters, digits and !#$%&'*+-/=?^_`{|}~, "
                        + "with dots only between them (e.g. room-booking)");
            }
            return Optional.empty();
        }
    }
}
