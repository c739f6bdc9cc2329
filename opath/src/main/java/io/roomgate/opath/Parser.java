package io.roomgate.opath;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recursive descent over the tokens:
 * <pre>
 * filter     := expression END
 * expression := unary ((-and | -or) unary)*      one connective per level; mixing them needs parentheses
 * unary      := -not ( expression ) | ( expression ) | comparison
 * comparison := PROPERTY operator literal
 * </pre>
 * Mixing -and and -or without parentheses is refused rather than resolved: PowerShell gives them equal precedence
 * and other languages do not, and a scope that means something other than what its author read is a breach.
 */
final class Parser {
    private static final String EXAMPLE = "Office -eq 'HQ'";

    private final String filter;
    private final List<Token> tokens;
    private int next;

    private Parser(String filter) {
        this.filter = filter;
        this.tokens = Lexer.tokens(filter);
    }

    static Condition parse(String filter) {
        return new Parser(filter).filter();
    }

    private Condition filter() {
        if (peek().kind() == Token.Kind.END) {
            throw error(1, "is empty; write a condition such as RecipientTypeDetails -eq 'RoomMailbox'");
        }
        Condition condition = expression();
        Token rest = peek();
        if (rest.kind() == Token.Kind.CLOSE) {
            throw error(rest.column(), "unexpected ) at column " + rest.column() + " closes no (; remove it");
        }
        if (rest.kind() != Token.Kind.END) {
            throw error(rest.column(), "expected -and, -or or the end of the filter at column " + rest.column()
                    + " but found " + rest.describe());
        }
        return condition;
    }

    private Condition expression() {
        var operands = new ArrayList<Condition>();
        operands.add(unary());
        Token first = null;
        Condition.Connective connective = null;
        while (peek().kind() == Token.Kind.OPERATOR && Condition.Connective.of(peek().value()).isPresent()) {
            Token token = take();
            Condition.Connective found = Condition.Connective.of(token.value()).orElseThrow();
            if (connective != null && found != connective) {
                throw error(token.column(), found.text + " at column " + token.column() + " follows "
                        + connective.text + " at column " + first.column() + " without parentheses; add parentheses"
                        + " to say which comes first, e.g. (A -and B) -or C");
            }
            first = first == null ? token : first;
            connective = found;
            operands.add(unary());
        }
        return connective == null ? operands.get(0) : Condition.Junction.of(connective, operands);
    }

    private Condition unary() {
        Token token = peek();
        switch (token.kind()) {
            case OPEN -> {
                take();
                Condition inner = expression();
                close(token);
                return inner;
            }
            case WORD -> {
                return comparison();
            }
            case OPERATOR -> {
                if (token.value().equals("-not")) {
                    take();
                    Token open = peek();
                    if (open.kind() != Token.Kind.OPEN) {
                        throw error(token.column(), "-not at column " + token.column() + " must be followed by a"
                                + " condition in parentheses, e.g. -not(" + EXAMPLE + ")");
                    }
                    take();
                    Condition inner = expression();
                    close(open);
                    return new Condition.Negation(inner);
                }
                throw expectedCondition(token);
            }
            case END -> {
                Token previous = tokens.get(next - 1);
                throw error(token.column(), "ends after " + previous.describe() + " at column " + previous.column()
                        + "; expected a condition such as " + EXAMPLE);
            }
            default -> throw expectedCondition(token);
        }
    }

    private Condition comparison() {
        Token name = take();
        String property = RecipientFilterProperties.canonical(name.text()).orElseThrow(() -> unknownProperty(name));
        Token operatorToken = peek();
        ComparisonOperator operator = operatorToken.kind() == Token.Kind.OPERATOR
                ? ComparisonOperator.of(operatorToken.value()).orElse(null) : null;
        if (operator == null) {
            String unknown = operatorToken.kind() == Token.Kind.OPERATOR && !isLogical(operatorToken)
                    ? "unknown operator " : "";
            throw error(operatorToken.column(), "expected a comparison operator (" + ComparisonOperator.ALL
                    + ") after " + property + " at column " + operatorToken.column() + " but found " + unknown
                    + operatorToken.describe());
        }
        take();
        Literal literal = literal(property, operatorToken);
        checkCombination(property, name, operator, operatorToken, literal);
        return Condition.Comparison.of(property, operator, literal);
    }

    private Literal literal(String property, Token operator) {
        Token token = peek();
        Literal literal = switch (token.kind()) {
            case STRING -> new Literal.Text(token.value());
            case NUMBER -> new Literal.Numeric(token.text());
            case VARIABLE -> switch (token.value()) {
                case "$true" -> new Literal.Bool(true);
                case "$false" -> new Literal.Bool(false);
                case "$null" -> new Literal.Null();
                default -> throw error(token.column(), "unknown value " + token.text() + " at column "
                        + token.column() + "; use $true, $false or $null, or quote text like '" + token.text() + "'");
            };
            case WORD -> {
                String bare = bareValueAt(token);
                throw error(token.column(), "expected a value at column " + token.column() + " but found " + bare
                        + "; quote values like '" + bare + "'"
                        + (Set.of("true", "false", "null").contains(bare.toLowerCase(Locale.ROOT))
                        ? ", or write $" + bare.toLowerCase(Locale.ROOT) : ""));
            }
            case END -> throw error(token.column(), "ends after " + operator.text() + " at column "
                    + operator.column() + "; expected a value for " + property + " such as 'RoomMailbox'");
            default -> throw error(token.column(), "expected a value after " + operator.text() + " at column "
                    + token.column() + " but found " + token.describe() + "; quote values like 'RoomMailbox'");
        };
        take();
        return literal;
    }

    private void checkCombination(String property, Token name, ComparisonOperator operator, Token operatorToken,
                                  Literal literal) {
        int column = operatorToken.column();
        if (property.equals(RecipientFilterProperties.MEMBER_OF_GROUP)
                && operator != ComparisonOperator.EQ && operator != ComparisonOperator.NE) {
            throw error(name.column(), property + " at column " + name.column() + " takes a group's distinguished"
                    + " name with -eq or -ne; " + operator.text + " does not work with it");
        }
        if (operator.matchesPattern() && !(literal instanceof Literal.Text || literal instanceof Literal.Numeric)) {
            throw error(column, operator.text + " at column " + column + " needs a text pattern such as 'Building*',"
                    + " not " + literal.render() + "; use -eq or -ne to compare with " + literal.render());
        }
        if (operator.ordersValues() && (literal instanceof Literal.Bool || literal instanceof Literal.Null)) {
            throw error(column, operator.text + " at column " + column + " orders values, and "
                    + literal.render() + " has no order; use -eq or -ne");
        }
    }

    /** The unquoted value as the admin wrote it: up to the next space or closing parenthesis. */
    private String bareValueAt(Token token) {
        int end = token.column() - 1;
        while (end < filter.length() && !Character.isWhitespace(filter.charAt(end)) && filter.charAt(end) != ')') {
            end++;
        }
        return filter.substring(token.column() - 1, end);
    }

    private void close(Token open) {
        Token token = peek();
        if (token.kind() != Token.Kind.CLOSE) {
            throw error(token.column(), "missing ) for the ( at column " + open.column() + "; found "
                    + token.describe() + " at column " + token.column() + " instead");
        }
        take();
    }

    private OpathSyntaxException unknownProperty(Token name) {
        String hint = RecipientFilterProperties.closestTo(name.text())
                .map(closest -> "did you mean " + closest + "?")
                .orElse("Exchange accepts properties such as RecipientTypeDetails, MemberOfGroup, Office,"
                        + " CustomAttribute1 to CustomAttribute15, PrimarySmtpAddress, Alias, DisplayName, Department");
        return error(name.column(), "unknown property " + name.text() + " at column " + name.column() + "; " + hint);
    }

    private OpathSyntaxException expectedCondition(Token token) {
        return error(token.column(), "expected a condition such as " + EXAMPLE + " at column " + token.column()
                + " but found " + token.describe());
    }

    private static boolean isLogical(Token token) {
        return token.value().equals("-not") || Condition.Connective.of(token.value()).isPresent();
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        return tokens.get(next++);
    }

    private OpathSyntaxException error(int column, String problem) {
        return new OpathSyntaxException(filter, column, problem);
    }
}
