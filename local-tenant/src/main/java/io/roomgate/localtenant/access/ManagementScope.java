package io.roomgate.localtenant.access;

import io.roomgate.opath.RecipientFilter;
import java.util.Objects;

/**
 * A management scope ({@code New-ManagementScope -RecipientRestrictionFilter}). A changed filter is a new fact
 * with the same name: the old one ends when the new one starts.
 */
public record ManagementScope(String name, RecipientFilter filter, Validity validity) {
    public ManagementScope {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(validity, "validity");
    }
}
