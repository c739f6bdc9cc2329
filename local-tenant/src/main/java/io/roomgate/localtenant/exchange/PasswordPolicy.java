package io.roomgate.localtenant.exchange;

import java.util.Locale;

/**
 * Entra ID's password policy for cloud accounts, which a new mailbox's password must meet: 8 to 256 characters, of
 * at least three of lower case, upper case, digits and symbols, ASCII letters, digits, symbols and spaces only, and
 * not containing the account's alias.
 */
final class PasswordPolicy {
    static final String REFUSED = "The specified password does not comply with password complexity requirements. "
            + "Please provide a different password.";

    private PasswordPolicy() {
    }

    static void require(String password, String alias) throws CmdletException {
        if (!meets(password, alias)) {
            throw CmdletException.task("Microsoft.Exchange.Management.Tasks.PasswordComplexityException", REFUSED);
        }
    }

    static boolean meets(String password, String alias) {
        if (password.length() < 8 || password.length() > 256) {
            return false;
        }
        if (password.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            return false;
        }
        int categories = (password.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
                + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c) && c != ' ') ? 1 : 0);
        return categories >= 3 && (alias == null || alias.length() < 3
                || !password.toLowerCase(Locale.ROOT).contains(alias.toLowerCase(Locale.ROOT)));
    }
}
