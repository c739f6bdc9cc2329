package io.roomgate.provider.framework;

import io.roomgate.provider.codec.PropertyCodec;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.PropertyDiff.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Diff from declarations alone: only inputs the program declares are compared (an undeclared optional setting is
 * not managed, a create-only one is never compared again); sets ignore order, addresses ignore case; a changed input replaces or updates as declared, and a
 * replacement always creates the new object before deleting the old one.
 */
public final class PropertyDiff {
    private PropertyDiff() {}

    /**
     * @param shape the resource's properties
     * @param olds  what is recorded: the old outputs, which after a refresh are what the service has now
     * @param news  the new checked inputs (may hold secrets and, during preview, unknowns)
     */
    public static DiffResponse diff(RecordShape<?> shape, Map<String, Object> olds, Map<String, Object> news) {
        DiffResponse.Builder response = DiffResponse.newBuilder().setDeleteBeforeReplace(false).setHasDetailedDiff(true);
        List<String> changed = new ArrayList<>();
        for (PropertySpec spec : shape.inputs()) {
            if (!news.containsKey(spec.name()) || news.get(spec.name()) == null || spec.createOnly()) {
                continue;
            }
            Object newValue = news.get(spec.name());
            Object oldValue = olds.get(spec.name());
            boolean added = oldValue == null;
            if (!added && !PropertyCodec.containsUnknown(newValue) && same(spec, oldValue, newValue)) {
                continue;
            }
            changed.add(spec.name());
            Kind kind = added ? (spec.replaces() ? Kind.ADD_REPLACE : Kind.ADD)
                    : (spec.replaces() ? Kind.UPDATE_REPLACE : Kind.UPDATE);
            response.putDetailedDiff(spec.name(),
                    pulumirpc.Provider.PropertyDiff.newBuilder().setKind(kind).setInputDiff(true).build());
            if (spec.replaces()) {
                response.addReplaces(spec.name());
            }
        }
        response.addAllDiffs(changed);
        shape.inputs().stream().filter(spec -> !changed.contains(spec.name()) && spec.replaces())
                .forEach(spec -> response.addStables(spec.name()));
        return response.setChanges(changed.isEmpty() ? DiffResponse.DiffChanges.DIFF_NONE
                : DiffResponse.DiffChanges.DIFF_SOME).build();
    }

    /** Whether two known values of a property mean the same thing to the service. */
    public static boolean same(PropertySpec spec, Object oldValue, Object newValue) {
        Object left = PropertyCodec.reveal(oldValue);
        Object right = PropertyCodec.reveal(newValue);
        if (spec.isSet() && left instanceof List<?> oldItems && right instanceof List<?> newItems) {
            return normalizedSet(spec, oldItems).equals(normalizedSet(spec, newItems));
        }
        if (left instanceof String a && right instanceof String b && !spec.declaration().ignoreCase()) {
            return spec.format().same(a, b);
        }
        return Objects.equals(normalized(spec, left), normalized(spec, right));
    }

    private static TreeSet<Object> normalizedSet(PropertySpec spec, List<?> items) {
        TreeSet<Object> set = new TreeSet<>((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
        items.forEach(item -> set.add(normalized(spec, item)));
        return set;
    }

    private static Object normalized(PropertySpec spec, Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        } else if (value instanceof String text && spec.declaration().ignoreCase()) {
            return text.toLowerCase(Locale.ROOT);
        } else if (value instanceof List<?> items) {
            return items.stream().map(item -> normalized(spec, item)).toList();
        }
        return value;
    }
}
