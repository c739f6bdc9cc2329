package io.roomgate.opath;

import java.util.Map;
import java.util.TreeMap;
import javax.annotation.Nullable;

/**
 * A recipient as a filter sees it: named properties whose values are a {@link String}, a {@link Boolean}, a
 * {@link Number}, or a {@link java.util.Collection} of strings (multi-valued properties such as
 * {@code EmailAddresses}, and {@code MemberOfGroup}: the distinguished names of the recipient's <em>direct</em>
 * groups). A filter asks for properties by their canonical spelling ({@link RecipientFilterProperties#canonical});
 * implementations should nevertheless answer case-insensitively, as Exchange does.
 */
@FunctionalInterface
public interface RecipientView {

    /** The property's value, or {@code null} when the recipient has none. */
    @Nullable
    Object property(String name);

    /** A view over a map, looked up case-insensitively; absent keys and null values both mean "no value". */
    static RecipientView of(Map<String, ?> properties) {
        var byName = new TreeMap<String, Object>(String.CASE_INSENSITIVE_ORDER);
        properties.forEach((name, value) -> {
            if (value != null) {
                byName.put(name, value);
            }
        });
        return byName::get;
    }
}
