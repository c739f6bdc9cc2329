package io.roomgate.provider.framework;

import java.util.Optional;
import java.util.regex.Pattern;

/** Syntaxes Exchange insists on; each names what is wrong and what a valid value looks like. */
public enum Format {
    ANY {
        @Override
        public Optional<String> problem(String value) {
            return Optional.empty();
        }
    },
    SMTP {
        @Override
        public Optional<String> problem(String value) {
            return isSmtp(value) ? Optional.empty()
                    : Optional.of("'" + value + "' is not an SMTP address; write it as name@domain, e.g. room1@contoso.com");
        }
    },
    GUID {
        @Override
        public Optional<String> problem(String value) {
            return isGuid(value) ? Optional.empty()
                    : Optional.of("'" + value + "' is not a GUID; copy the id from Entra (e.g. 00000000-0000-0000-0000-000000000000)");
        }
    },
    /** A recipient named by SMTP address or GUID. */
    ADDRESS_OR_GUID {
        @Override
        public Optional<String> problem(String value) {
            return isSmtp(value) || isGuid(value) ? Optional.empty()
                    : Optional.of("'" + value + "' is neither an SMTP address nor a GUID; use the group's address (e.g. rooms@contoso.com) or its GUID");
        }
    },
    /** {@code <mailbox>:\<folder path>}, e.g. {@code room1@contoso.com:\Calendar}. */
    FOLDER_IDENTITY {
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
    },
    /** A recipient filter in OPATH, parsed as Exchange would. */
    OPATH_FILTER {
        @Override
        public Optional<String> problem(String value) {
            return RecipientFilters.problem(value);
        }

        @Override
        public boolean same(String a, String b) {
            return RecipientFilters.equivalent(a, b);
        }
    },
    /** The Name of an Exchange object: at most 64 characters, no control characters or surrounding spaces. */
    NAME {
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
    },
    /** An Exchange alias (the part of the address before the @ when none is given). */
    ALIAS {
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
    };

    private static final Pattern ATOM = Pattern.compile("[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~]+");
    private static final Pattern ALIAS_PATTERN = Pattern.compile(ATOM.pattern() + "(\\." + ATOM.pattern() + ")*");
    private static final Pattern SMTP_PATTERN = Pattern.compile(ALIAS_PATTERN.pattern()
            + "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern GUID_PATTERN =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** What is wrong with {@code value}, with the fix; empty when it is fine. */
    public abstract Optional<String> problem(String value);

    /** Whether two valid values mean the same to Exchange (e.g. the same filter spelled differently). */
    public boolean same(String a, String b) {
        return a.equals(b);
    }

    public static boolean isSmtp(String value) {
        return value.length() <= 320 && SMTP_PATTERN.matcher(value).matches();
    }

    public static boolean isGuid(String value) {
        return GUID_PATTERN.matcher(value).matches();
    }
}
