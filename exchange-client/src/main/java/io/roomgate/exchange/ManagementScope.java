package io.roomgate.exchange;

/** A management scope as Get-/New-ManagementScope return it; {@code recipientFilter} is the OPATH filter. */
public record ManagementScope(
        String name,
        String identity,
        String recipientFilter,
        String scopeRestrictionType,
        Boolean exclusive) {
}
