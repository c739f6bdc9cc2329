package io.roomgate.provider.framework;

import io.roomgate.provider.codec.Secret;
import io.roomgate.provider.codec.Unknown;
import io.roomgate.provider.handlers.ApplicationAccessPolicy;
import io.roomgate.provider.handlers.CalendarProcessing;
import io.roomgate.provider.handlers.MailEnabledSecurityGroup;
import io.roomgate.provider.handlers.ManagementScope;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.PropertyDiff.Kind;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Replace-or-update and "managed only when declared" are data; these hold the data to DESIGN's table. */
class DiffTest {
    private static final RecordShape<?> GROUP = RecordShape.of(MailEnabledSecurityGroup.Group.class);

    @Test
    void aliasChangeReplacesTheGroupCreatingTheNewOneFirst() {
        DiffResponse diff = PropertyDiff.diff(GROUP, Map.of("name", "Rooms", "alias", "rooms", "guid", "g1"),
                Map.of("name", "Rooms", "alias", "rooms2"));
        assertEquals(DiffResponse.DiffChanges.DIFF_SOME, diff.getChanges());
        assertEquals(List.of("alias"), diff.getReplacesList());
        assertEquals(Kind.UPDATE_REPLACE, diff.getDetailedDiffOrThrow("alias").getKind());
        assertFalse(diff.getDeleteBeforeReplace());
        assertEquals(List.of("alias"), diff.getDiffsList());
    }

    @Test
    void membersInAnotherOrderOrCaseAreNoChange() {
        DiffResponse diff = PropertyDiff.diff(GROUP,
                Map.of("name", "Rooms", "alias", "rooms", "members", List.of("Room1@contoso.com", "room2@contoso.com")),
                Map.of("name", "Rooms", "alias", "rooms", "members", List.of("room2@contoso.com", "room1@CONTOSO.com")));
        assertEquals(DiffResponse.DiffChanges.DIFF_NONE, diff.getChanges());
    }

    @Test
    void aRoomRemovedByHandShowsAsAMembersUpdateNotAReplace() {
        DiffResponse diff = PropertyDiff.diff(GROUP,
                Map.of("name", "Rooms", "alias", "rooms", "members", List.of("room1@contoso.com")),
                Map.of("name", "Rooms", "alias", "rooms", "members", List.of("room1@contoso.com", "room2@contoso.com")));
        assertEquals(List.of("members"), diff.getDiffsList());
        assertEquals(Kind.UPDATE, diff.getDetailedDiffOrThrow("members").getKind());
        assertEquals(List.of(), diff.getReplacesList());
    }

    @Test
    void settingsTheProgramDoesNotDeclareAreNeitherDiffedNorManaged() {
        DiffResponse diff = PropertyDiff.diff(RecordShape.of(CalendarProcessing.Settings.class),
                Map.of("identity", "room1@contoso.com", "allowConflicts", true, "deleteSubject", true,
                        "bookingWindowInDays", 180.0),
                Map.of("identity", "room1@contoso.com", "deleteSubject", true, "bookingWindowInDays", 180.0));
        assertEquals(DiffResponse.DiffChanges.DIFF_NONE, diff.getChanges());
    }

    @Test
    void aFlagFlippedByHandIsAnUpdateOfThatFlagOnly() {
        DiffResponse diff = PropertyDiff.diff(RecordShape.of(CalendarProcessing.Settings.class),
                Map.of("identity", "room1@contoso.com", "deleteSubject", true, "addOrganizerToSubject", true),
                Map.of("identity", "room1@contoso.com", "deleteSubject", false, "addOrganizerToSubject", true));
        assertEquals(List.of("deleteSubject"), diff.getDiffsList());
        assertEquals(Kind.UPDATE, diff.getDetailedDiffOrThrow("deleteSubject").getKind());
    }

    @Test
    void anUnknownInputDuringPreviewIsAChangeOfItsDeclaredKind() {
        DiffResponse diff = PropertyDiff.diff(RecordShape.of(ApplicationAccessPolicy.Policy.class),
                Map.of("appId", "11111111-2222-3333-4444-555555555555", "policyScopeGroupId", "rooms@contoso.com",
                        "accessRight", "RestrictAccess"),
                Map.of("appId", "11111111-2222-3333-4444-555555555555", "policyScopeGroupId", Unknown.STRING,
                        "accessRight", "RestrictAccess"));
        assertEquals(List.of("policyScopeGroupId"), diff.getReplacesList());
        assertFalse(diff.getDeleteBeforeReplace(), "a restriction is never deleted before its replacement exists");
    }

    @Test
    void theSameFilterSpelledDifferentlyIsNoChange() {
        DiffResponse diff = PropertyDiff.diff(RecordShape.of(ManagementScope.Scope.class),
                Map.of("name", "rooms", "recipientRestrictionFilter", "RecipientTypeDetails -eq 'RoomMailbox'"),
                Map.of("name", "rooms", "recipientRestrictionFilter", "(recipienttypedetails -EQ \"RoomMailbox\")"));
        assertEquals(DiffResponse.DiffChanges.DIFF_NONE, diff.getChanges(), diff.toString());
    }

    @Test
    void aSecretComparesByItsValue() {
        RecordShape<?> config = RecordShape.of(io.roomgate.provider.config.ProviderConfig.class);
        assertEquals(DiffResponse.DiffChanges.DIFF_NONE, PropertyDiff.diff(config,
                Map.of("clientSecret", new Secret("s1")), Map.of("clientSecret", new Secret("s1"))).getChanges());
        assertEquals(List.of("clientSecret"), PropertyDiff.diff(config,
                Map.of("clientSecret", new Secret("s1")), Map.of("clientSecret", new Secret("s2"))).getDiffsList());
    }

    @Test
    void replaceRulesMatchTheDesignTable() {
        Map<Class<? extends Record>, List<String>> replacing = Map.of(
                MailEnabledSecurityGroup.Group.class, List.of("alias"),
                ApplicationAccessPolicy.Policy.class, List.of("appId", "policyScopeGroupId", "accessRight"),
                io.roomgate.provider.handlers.ServicePrincipal.Principal.class, List.of("appId", "objectId"),
                ManagementScope.Scope.class, List.of("name"),
                io.roomgate.provider.handlers.ManagementRoleAssignment.Assignment.class, List.of("name", "role", "app"),
                CalendarProcessing.Settings.class, List.of("identity"),
                io.roomgate.provider.handlers.MailboxPermission.Permission.class, List.of("identity", "user"),
                io.roomgate.provider.handlers.MailboxFolderPermission.FolderPermission.class, List.of("identity", "user"));
        replacing.forEach((type, expected) -> assertEquals(expected,
                RecordShape.of(type).inputs().stream().filter(PropertySpec::replaces).map(PropertySpec::name).toList(),
                type.getSimpleName()));
    }

    @Test
    void aServiceAccountsPasswordChangedInTheStackIsNoDiffBecauseItIsUsedOnlyAtCreation() {
        DiffResponse diff = PropertyDiff.diff(RecordShape.of(io.roomgate.provider.handlers.UserMailbox.Account.class),
                Map.of("primarySmtpAddress", "svc@contoso.com", "name", "Svc", "password", new Secret("Old-Pass-2026")),
                Map.of("primarySmtpAddress", "svc@contoso.com", "name", "Svc", "password", new Secret("New-Pass-2026")));
        assertEquals(DiffResponse.DiffChanges.DIFF_NONE, diff.getChanges());
    }

    @Test
    void aCountryWrittenAsItsCodeIsTheSameAsTheNameExchangeAnswersWith() {
        DiffResponse diff = PropertyDiff.diff(RecordShape.of(io.roomgate.provider.handlers.RoomMailbox.Room.class),
                Map.of("primarySmtpAddress", "r@contoso.com", "name", "R", "countryOrRegion", "Australia"),
                Map.of("primarySmtpAddress", "r@contoso.com", "name", "R", "countryOrRegion", "AU"));
        assertEquals(DiffResponse.DiffChanges.DIFF_NONE, diff.getChanges());
    }
}
