package io.roomgate.provider.handlers;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Entra ID's password policy for cloud accounts, checked at preview: 8 to 256 characters; letters, digits, symbols
 * and spaces of ASCII only; at least three of lower case, upper case, digits and symbols; not the account's alias.
 * (Entra's banned-password list is checked only by Entra.) Messages never contain the password.
 */
final class PasswordPolicy {
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "!#$%&*+-=?@^_~";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {}

    /** What Entra would refuse in the password, with the fix; empty when it meets the policy. */
    static Optional<String> problem(String password, String alias) {
        if (password.length() < 8 || password.length() > 256) {
            return Optional.of("the password has " + password.length() + " characters; Entra's policy takes 8 to 256. "
                    + "Leave it out to have a strong one generated");
        }
        if (password.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            return Optional.of("the password holds characters Entra refuses (only ASCII letters, digits, symbols and "
                    + "spaces); leave it out to have one generated");
        }
        int kinds = (password.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
                + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c) && c != ' ') ? 1 : 0);
        if (kinds < 3) {
            return Optional.of("the password uses " + kinds + " of the four kinds of character (lower case, upper case, "
                    + "digits, symbols); Entra's policy needs three. Leave it out to have one generated");
        }
        if (alias != null && alias.length() >= 3 && password.toLowerCase(Locale.ROOT).contains(alias.toLowerCase(Locale.ROOT))) {
            return Optional.of("the password contains the account's alias, which Entra refuses; choose another or "
                    + "leave it out to have one generated");
        }
        return Optional.empty();
    }

    /** 24 random characters with every kind present (about 140 bits), unambiguous ones only. */
    static String generate() {
        List<Character> characters = new ArrayList<>();
        for (String kind : List.of(LOWER, UPPER, DIGITS, SYMBOLS)) {
            characters.add(kind.charAt(RANDOM.nextInt(kind.length())));
        }
        String all = LOWER + UPPER + DIGITS + SYMBOLS;
        while (characters.size() < 24) {
            characters.add(all.charAt(RANDOM.nextInt(all.length())));
        }
        Collections.shuffle(characters, RANDOM);
        StringBuilder password = new StringBuilder();
        characters.forEach(password::append);
        return password.toString();
    }
}
