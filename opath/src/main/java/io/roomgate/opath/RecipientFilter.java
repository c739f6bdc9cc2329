package io.roomgate.opath;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * An OPATH recipient filter, as in {@code New-ManagementScope -RecipientRestrictionFilter} or
 * {@code Get-Mailbox -Filter}: comparisons ({@code -eq -ne -like -notlike -gt -ge -lt -le}) of recipient properties
 * with quoted text, numbers, {@code $true}, {@code $false} or {@code $null}, combined with {@code -and}, {@code -or},
 * {@code -not(...)} and parentheses. Property names and text comparisons ignore letter case; {@code -like} knows the
 * {@code *} wildcard. Instances are immutable; equal filters have equal canonical text.
 */
public final class RecipientFilter {
    private final Condition condition;
    private final String canonical;

    private RecipientFilter(Condition condition) {
        this.condition = condition;
        var text = new StringBuilder();
        condition.render(text);
        this.canonical = text.toString();
    }

    /**
     * Parses a filter.
     *
     * @throws OpathSyntaxException if it does not parse, or names a property Exchange does not accept; the message
     *                              says where, what was found and what to write instead
     */
    public static RecipientFilter parse(String opath) {
        Objects.requireNonNull(opath, "opath");
        return new RecipientFilter(Parser.parse(opath));
    }

    /**
     * Whether the recipient satisfies the filter. {@code MemberOfGroup -eq '<DN>'} holds when the recipient's direct
     * groups include that DN (nested groups are out of scope, as in Exchange); a property without a value equals
     * only {@code $null}, and {@code -ne}/{@code -notlike} are the exact negations of {@code -eq}/{@code -like}.
     */
    public boolean matches(RecipientView recipient) {
        return condition.matches(recipient);
    }

    /** The canonical spelling of every property the filter reads. */
    public Set<String> properties() {
        var properties = new TreeSet<String>();
        visitComparisons(comparison -> properties.add(comparison.property()));
        return Collections.unmodifiableSet(properties);
    }

    /** The group distinguished names the filter compares {@code MemberOfGroup} with, as written. */
    public Set<String> memberOfGroupNames() {
        var names = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        visitComparisons(comparison -> {
            if (comparison.property().equals(RecipientFilterProperties.MEMBER_OF_GROUP)) {
                names.add(comparison.literal().text());
            }
        });
        return Collections.unmodifiableSet(names);
    }

    /** The canonical text: single-quoted values, lower-case operators, canonical property names, minimal parentheses. */
    @Override
    public String toString() {
        return canonical;
    }

    /**
     * Whether the two filters select the same recipients because they differ at most in letter case, which no
     * comparison heeds. Exchange may echo a filter back with other casing; that is not a change worth an update.
     */
    public boolean equivalentTo(RecipientFilter other) {
        return canonical.equalsIgnoreCase(other.canonical);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecipientFilter filter && canonical.equals(filter.canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    private void visitComparisons(Consumer<Condition.Comparison> visitor) {
        visit(condition, visitor);
    }

    private static void visit(Condition condition, Consumer<Condition.Comparison> visitor) {
        if (condition instanceof Condition.Comparison comparison) {
            visitor.accept(comparison);
        } else if (condition instanceof Condition.Junction junction) {
            junction.operands().forEach(operand -> visit(operand, visitor));
        } else if (condition instanceof Condition.Negation negation) {
            visit(negation.operand(), visitor);
        }
    }
}
