package io.roomgate.localtenant.access;

import io.roomgate.opath.RecipientFilter;
import io.roomgate.opath.RecipientView;
import java.time.Instant;
import java.util.Map;

/** A small tenant the access tests share: rooms in a group (one through a nested group) and a canary user. */
final class Tenant {
    static final String APP = "0b5ad0c2-58d8-4d4e-9a61-1f3b3c0e6f11";
    static final String OTHER_APP = "7d0c1ffb-2c3e-4a8f-9a3b-5e2e8a6f0c22";
    static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    static final Group ROOMS = new Group("1a1a1a1a-0000-0000-0000-000000000001", "Rooms",
            "CN=Rooms,OU=contoso.onmicrosoft.com,OU=Microsoft Exchange Hosted Organizations,DC=EURPR01A001,DC=prod,DC=outlook,DC=com");
    static final Group BUILDING_A = new Group("1a1a1a1a-0000-0000-0000-000000000002", "Building A rooms",
            "CN=Building A rooms,OU=contoso.onmicrosoft.com,OU=Microsoft Exchange Hosted Organizations,DC=EURPR01A001,DC=prod,DC=outlook,DC=com");
    static final Group ALL_STAFF = new Group("1a1a1a1a-0000-0000-0000-000000000003", "All staff",
            "CN=All staff,OU=contoso.onmicrosoft.com,OU=Microsoft Exchange Hosted Organizations,DC=EURPR01A001,DC=prod,DC=outlook,DC=com");

    /** A direct member of Rooms. */
    static final Mailbox BOARD_ROOM = mailbox("2b2b2b2b-0000-0000-0000-000000000001", "board.room@contoso.com",
            "RoomMailbox", "HQ");
    /** A member of Building A rooms, which is a member of Rooms. */
    static final Mailbox ATRIUM = mailbox("2b2b2b2b-0000-0000-0000-000000000002", "atrium@contoso.com",
            "RoomMailbox", "Building A");
    /** The canary: a person's mailbox the app must never reach. */
    static final Mailbox CEO = mailbox("2b2b2b2b-0000-0000-0000-000000000003", "ceo@contoso.com",
            "UserMailbox", "HQ");

    static final AccessFacts DIRECTORY = AccessFacts.NONE
            .withGroups(ROOMS, BUILDING_A, ALL_STAFF)
            .withMemberships(
                    member(BOARD_ROOM.id(), ROOMS),
                    member(BUILDING_A.id(), ROOMS),
                    member(ATRIUM.id(), BUILDING_A),
                    member(CEO.id(), ALL_STAFF));

    private Tenant() {
    }

    static Mailbox mailbox(String id, String address, String recipientTypeDetails, String office) {
        return new Mailbox(id, address, RecipientView.of(Map.of(
                "RecipientTypeDetails", recipientTypeDetails, "PrimarySmtpAddress", address, "Office", office)));
    }

    static Membership member(String memberId, Group group) {
        return new Membership(memberId, group.id(), Validity.always());
    }

    static AccessPolicy restrictTo(Group group) {
        return new AccessPolicy("restrict-" + group.name(), APP, group.id(), AccessRight.RestrictAccess, Validity.always());
    }

    static AccessPolicy denyTo(Group group) {
        return new AccessPolicy("deny-" + group.name(), APP, group.id(), AccessRight.DenyAccess, Validity.always());
    }

    static EntraGrant entraGrant(String permission) {
        return new EntraGrant(APP, permission, Validity.always());
    }

    static ManagementScope scope(String name, String filter) {
        return new ManagementScope(name, RecipientFilter.parse(filter), Validity.always());
    }

    static RoleAssignment assignment(String name, String role, String scopeName) {
        return new RoleAssignment(name, role, APP, scopeName, Validity.always());
    }

    static ManagementScope roomsGroupScope() {
        return scope("Rooms group", "MemberOfGroup -eq '" + ROOMS.distinguishedName() + "'");
    }
}
