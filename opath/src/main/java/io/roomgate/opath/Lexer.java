package io.roomgate.opath;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Splits a filter into tokens; only malformed strings and stray characters are its business, grammar is not. */
final class Lexer {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final String filter;
    private final List<Token> tokens = new ArrayList<>();
    private int index;

    private Lexer(String filter) {
        this.filter = filter;
    }

    static List<Token> tokens(String filter) {
        var lexer = new Lexer(filter);
        lexer.run();
        return List.copyOf(lexer.tokens);
    }

    private void run() {
        while (index < filter.length()) {
            char c = filter.charAt(index);
            if (Character.isWhitespace(c)) {
                index++;
            } else if (c == '(' || c == ')') {
                add(c == '(' ? Token.Kind.OPEN : Token.Kind.CLOSE, index + 1, String.valueOf(c));
            } else if (c == '\'' || c == '"') {
                quoted(c);
            } else if (c == '-' && index + 1 < filter.length() && Character.isLetter(filter.charAt(index + 1))) {
                operator();
            } else if (Character.isDigit(c)
                    || c == '-' && index + 1 < filter.length() && Character.isDigit(filter.charAt(index + 1))) {
                number();
            } else if (c == '$') {
                variable();
            } else if (isWordCharacter(c)) {
                word();
            } else {
                throw unexpected(c);
            }
        }
        tokens.add(new Token(Token.Kind.END, "", "", filter.length() + 1));
    }

    private void quoted(char quote) {
        int start = index;
        var value = new StringBuilder();
        index++;
        while (true) {
            if (index >= filter.length()) {
                throw new OpathSyntaxException(filter, start + 1, unterminated(start, quote));
            }
            char c = filter.charAt(index++);
            if (c != quote) {
                value.append(c);
            } else if (index < filter.length() && filter.charAt(index) == quote) {
                value.append(quote);
                index++;
            } else {
                break;
            }
        }
        tokens.add(new Token(Token.Kind.STRING, filter.substring(start, index), value.toString(), start + 1));
    }

    private String unterminated(int start, char quote) {
        String problem = "unterminated string starting at column " + (start + 1);
        if (endsWithBareValue()) {
            return problem + "; quote values like '" + tokens.get(tokens.size() - 1).text() + "'";
        }
        return problem + "; end the value with a matching " + quote + " (write " + quote + quote
                + " for a " + quote + " inside it)";
    }

    private void operator() {
        int start = index++;
        while (index < filter.length() && Character.isLetter(filter.charAt(index))) {
            index++;
        }
        String text = filter.substring(start, index);
        tokens.add(new Token(Token.Kind.OPERATOR, text, text.toLowerCase(Locale.ROOT), start + 1));
    }

    private void number() {
        int start = index++;
        while (index < filter.length() && isWordCharacter(filter.charAt(index))) {
            index++;
        }
        String text = filter.substring(start, index);
        // Something like 2ndFloor or 1.2.3 is a value that needs quotes; the parser reports it as a bare word.
        Token.Kind kind = NUMBER.matcher(text).matches() ? Token.Kind.NUMBER : Token.Kind.WORD;
        tokens.add(new Token(kind, text, text, start + 1));
    }

    private void variable() {
        int start = index++;
        while (index < filter.length() && Character.isLetterOrDigit(filter.charAt(index))) {
            index++;
        }
        String text = filter.substring(start, index);
        tokens.add(new Token(Token.Kind.VARIABLE, text, text.toLowerCase(Locale.ROOT), start + 1));
    }

    private void word() {
        int start = index;
        while (index < filter.length() && isWordCharacter(filter.charAt(index))) {
            index++;
        }
        String text = filter.substring(start, index);
        tokens.add(new Token(Token.Kind.WORD, text, text, start + 1));
    }

    private void add(Token.Kind kind, int column, String text) {
        tokens.add(new Token(kind, text, text, column));
        index++;
    }

    /** Whether the last token is a word right after an operator: a value someone forgot to quote. */
    private boolean endsWithBareValue() {
        int size = tokens.size();
        return size >= 2 && tokens.get(size - 1).kind() == Token.Kind.WORD
                && tokens.get(size - 2).kind() == Token.Kind.OPERATOR;
    }

    private static boolean isWordCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '@';
    }

    private OpathSyntaxException unexpected(char c) {
        int column = index + 1;
        String found = "unexpected character " + c + " at column " + column;
        if (endsWithBareValue()) {
            int end = index;
            while (end < filter.length() && !Character.isWhitespace(filter.charAt(end)) && filter.charAt(end) != ')') {
                end++;
            }
            Token word = tokens.get(tokens.size() - 1);
            String value = word.text() + filter.substring(index, end);
            return new OpathSyntaxException(filter, word.column(), "expected a value at column " + word.column()
                    + " but found " + value + "; quote values like '" + value + "'");
        }
        String hint = switch (c) {
            case '=', '!', '<', '>' -> "operators are written with a dash: -eq, -ne, -lt, -gt, -le, -ge";
            case '‘', '’', '“', '”' -> "that is a typographic quote (often pasted from a document); use a straight ' instead";
            case '{', '}' -> "remove the braces { } around the filter; write only what is inside them";
            case '&', '|' -> "combine conditions with -and and -or";
            default -> "a filter is made of conditions like Office -eq 'HQ', combined with -and, -or and -not";
        };
        return new OpathSyntaxException(filter, column, found + "; " + hint);
    }
}
