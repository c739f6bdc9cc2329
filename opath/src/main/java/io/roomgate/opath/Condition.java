package io.roomgate.opath;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.annotation.Nullable;

/** A parsed filter: comparisons combined with -and, -or and -not. */
sealed interface Condition {

    boolean matches(RecipientView recipient);

    /** Appends the canonical text: one spelling per meaning, so equal filters print equally. */
    void render(StringBuilder out);

    /** {@code property -op literal}; the property is in its canonical spelling. */
    record Comparison(String property, ComparisonOperator operator, Literal literal, @Nullable Pattern wildcard)
            implements Condition {

        static Comparison of(String property, ComparisonOperator operator, Literal literal) {
            Pattern wildcard = operator.matchesPattern() ? wildcardPattern(literal.text()) : null;
            return new Comparison(property, operator, literal, wildcard);
        }

        @Override
        public boolean matches(RecipientView recipient) {
            List<Object> values = valuesOf(recipient.property(property));
            boolean holds = switch (operator) {
                case EQ, NE -> literal instanceof Literal.Null
                        ? values.isEmpty()
                        : values.stream().anyMatch(this::equalsLiteral);
                case LIKE, NOTLIKE -> values.stream().anyMatch(value -> wildcard.matcher(value.toString()).matches());
                case GT -> values.stream().anyMatch(value -> compareToLiteral(value) > 0);
                case GE -> values.stream().anyMatch(value -> compareToLiteral(value) >= 0);
                case LT -> values.stream().anyMatch(value -> compareToLiteral(value) < 0);
                case LE -> values.stream().anyMatch(value -> compareToLiteral(value) <= 0);
            };
            return operator.negates() != holds;
        }

        @Override
        public void render(StringBuilder out) {
            out.append(property).append(' ').append(operator.text).append(' ').append(literal.render());
        }

        private boolean equalsLiteral(Object value) {
            if (literal instanceof Literal.Bool bool) {
                return value instanceof Boolean b
                        ? b == bool.value()
                        : value.toString().equalsIgnoreCase(String.valueOf(bool.value()));
            }
            Optional<BigDecimal> left = number(value);
            Optional<BigDecimal> right = numberIn(literal);
            if (left.isPresent() && right.isPresent()) {
                return left.get().compareTo(right.get()) == 0;
            }
            return value.toString().equalsIgnoreCase(literal.text());
        }

        private int compareToLiteral(Object value) {
            Optional<BigDecimal> left = number(value);
            Optional<BigDecimal> right = numberIn(literal);
            if (left.isPresent() && right.isPresent()) {
                return left.get().compareTo(right.get());
            }
            return String.CASE_INSENSITIVE_ORDER.compare(value.toString(), literal.text());
        }

        /** Single values and lists alike become a list; blank text means "no value", as it does in Exchange. */
        private static List<Object> valuesOf(@Nullable Object property) {
            var values = new ArrayList<Object>();
            if (property instanceof Collection<?> collection) {
                collection.forEach(values::add);
            } else if (property != null) {
                values.add(property);
            }
            values.removeIf(value -> value == null || value instanceof CharSequence text && text.toString().isBlank());
            return values;
        }

        /** A number only when the recipient's value is one: text properties compare as text, as in Exchange. */
        private static Optional<BigDecimal> number(Object value) {
            if (!(value instanceof Number)) {
                return Optional.empty();
            }
            try {
                return Optional.of(new BigDecimal(value.toString()));
            } catch (NumberFormatException notFinite) {
                return Optional.empty();
            }
        }

        private static Optional<BigDecimal> numberIn(Literal literal) {
            try {
                return Optional.of(new BigDecimal(literal.text().trim()));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }

        /** {@code *} stands for any run of characters; everything else is literal, compared ignoring case. */
        private static Pattern wildcardPattern(String pattern) {
            String regex = Arrays.stream(pattern.split("\\*", -1))
                    .map(part -> part.isEmpty() ? "" : Pattern.quote(part))
                    .collect(Collectors.joining(".*"));
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
        }
    }

    /** Operands joined by one connective; a nested junction of the same connective is flattened into this one. */
    record Junction(Connective connective, List<Condition> operands) implements Condition {

        static Junction of(Connective connective, List<Condition> operands) {
            var flat = new ArrayList<Condition>();
            for (Condition operand : operands) {
                if (operand instanceof Junction junction && junction.connective == connective) {
                    flat.addAll(junction.operands);
                } else {
                    flat.add(operand);
                }
            }
            return new Junction(connective, List.copyOf(flat));
        }

        @Override
        public boolean matches(RecipientView recipient) {
            Predicate<Condition> holds = operand -> operand.matches(recipient);
            return connective == Connective.AND ? operands.stream().allMatch(holds) : operands.stream().anyMatch(holds);
        }

        @Override
        public void render(StringBuilder out) {
            for (int i = 0; i < operands.size(); i++) {
                if (i > 0) {
                    out.append(' ').append(connective.text).append(' ');
                }
                Condition operand = operands.get(i);
                if (operand instanceof Junction) {
                    out.append('(');
                    operand.render(out);
                    out.append(')');
                } else {
                    operand.render(out);
                }
            }
        }
    }

    record Negation(Condition operand) implements Condition {
        @Override
        public boolean matches(RecipientView recipient) {
            return !operand.matches(recipient);
        }

        @Override
        public void render(StringBuilder out) {
            out.append("-not(");
            operand.render(out);
            out.append(')');
        }
    }

    enum Connective {
        AND("-and"), OR("-or");

        final String text;

        Connective(String text) {
            this.text = text;
        }

        static Optional<Connective> of(String lowerCaseText) {
            return AND.text.equals(lowerCaseText) ? Optional.of(AND)
                    : OR.text.equals(lowerCaseText) ? Optional.of(OR) : Optional.empty();
        }
    }
}
