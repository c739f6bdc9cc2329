package io.roomgate.opath;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The recipient properties Exchange accepts in recipient filters ({@code -RecipientRestrictionFilter} of
 * management scopes, {@code -Filter} of {@code Get-Mailbox}/{@code Get-Recipient}) that a room-booking set-up can
 * reasonably use. A filter naming anything else is rejected when it is parsed, so a typo fails at preview instead of
 * producing a scope that silently matches nothing.
 */
public final class RecipientFilterProperties {

    /** The group-membership property: its values are the distinguished names of the recipient's direct groups. */
    public static final String MEMBER_OF_GROUP = "MemberOfGroup";

    private static final Set<String> NAMES = Collections.unmodifiableSet(acceptedNames());

    private static final Map<String, String> BY_LOWER_CASE = byLowerCase();

    private RecipientFilterProperties() {
    }

    /** Every accepted property, in its canonical spelling, sorted case-insensitively. */
    public static Set<String> names() {
        return NAMES;
    }

    private static Set<String> acceptedNames() {
        var names = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(Set.of(
                "Alias", "AssistantName", "City", "Company", "CountryOrRegion", "Database", "Department",
                "DisplayName", "DistinguishedName", "EmailAddresses", "ExchangeGuid", "ExternalDirectoryObjectId",
                "ExternalEmailAddress", "Fax", "FirstName", "Guid", "HiddenFromAddressListsEnabled", "HomePhone",
                "Initials", "IsDirSynced", "LastName", "LegacyExchangeDN", "ManagedBy", "Manager", MEMBER_OF_GROUP,
                "Members", "MobilePhone", "Name", "Notes", "Office", "OtherTelephone", "Pager", "Phone",
                "PostalCode", "PostOfficeBox", "PrimarySmtpAddress", "RecipientType", "RecipientTypeDetails",
                "ResourceCapacity", "ResourceCustom", "ResourceType", "SamAccountName", "SimpleDisplayName",
                "StateOrProvince", "StreetAddress", "Title", "UsageLocation", "UserPrincipalName", "WhenChanged",
                "WhenCreated", "WindowsEmailAddress"));
        IntStream.rangeClosed(1, 15).forEach(i -> names.add("CustomAttribute" + i));
        IntStream.rangeClosed(1, 5).forEach(i -> names.add("ExtensionCustomAttribute" + i));
        return names;
    }

    /** The canonical spelling of {@code name} (matched case-insensitively), or empty if Exchange would refuse it. */
    public static Optional<String> canonical(String name) {
        return Optional.ofNullable(BY_LOWER_CASE.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Whether Exchange accepts {@code name} (in any letter case) in a recipient filter. */
    public static boolean isKnown(String name) {
        return canonical(name).isPresent();
    }

    /** The accepted property closest to a misspelt {@code name}, if one is close enough to be a likely typo. */
    static Optional<String> closestTo(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return NAMES.stream()
                .map(candidate -> Map.entry(candidate, editDistance(lower, candidate.toLowerCase(Locale.ROOT))))
                .filter(scored -> scored.getValue() <= Math.max(2, name.length() / 4))
                .min(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    private static Map<String, String> byLowerCase() {
        var map = new TreeMap<String, String>();
        NAMES.forEach(name -> map.put(name.toLowerCase(Locale.ROOT), name));
        return map;
    }

    private static int editDistance(String a, String b) {
        int[] previous = IntStream.rangeClosed(0, b.length()).toArray();
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[b.length()];
    }
}
