package io.roomgate.localtenant.access;

import java.util.List;

/**
 * What a Graph call needs: any one of these application permissions. Reading a calendar is satisfied by
 * {@code Calendars.Read} or {@code Calendars.ReadWrite}; writing only by {@code Calendars.ReadWrite}.
 */
public record RequiredPermission(List<String> anyOf) {

    public static final RequiredPermission READ_CALENDAR = anyOf("Calendars.Read", "Calendars.ReadWrite");
    public static final RequiredPermission WRITE_CALENDAR = anyOf("Calendars.ReadWrite");

    public RequiredPermission {
        anyOf = List.copyOf(anyOf);
        if (anyOf.isEmpty()) {
            throw new IllegalArgumentException("a required permission names at least one permission");
        }
    }

    public static RequiredPermission anyOf(String... permissions) {
        return new RequiredPermission(List.of(permissions));
    }

    public boolean satisfiedBy(String permission) {
        return anyOf.stream().anyMatch(permission::equalsIgnoreCase);
    }

    /** "Calendars.Read or Calendars.ReadWrite". */
    @Override
    public String toString() {
        return anyOf.size() == 1 ? anyOf.get(0)
                : String.join(", ", anyOf.subList(0, anyOf.size() - 1)) + " or " + anyOf.get(anyOf.size() - 1);
    }
}
