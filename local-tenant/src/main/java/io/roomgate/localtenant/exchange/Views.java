package io.roomgate.localtenant.exchange;

import io.roomgate.localtenant.tenant.Place;
import io.roomgate.localtenant.tenant.Recipient;
import io.roomgate.localtenant.tenant.RecipientKind;
import io.roomgate.localtenant.tenant.Tenant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How recipients look in cmdlet output: Exchange's property names, in Exchange's order. */
final class Views {
    private Views() {
    }

    static List<String> emailAddresses(Recipient recipient) {
        List<String> addresses = new ArrayList<>();
        addresses.add("SMTP:" + recipient.primarySmtpAddress);
        recipient.secondaryAddresses.forEach(a -> addresses.add("smtp:" + a));
        return addresses;
    }

    private static Map<String, Object> common(Tenant tenant, Recipient recipient) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("Identity", recipient.name);
        view.put("Id", recipient.name);
        view.put("Name", recipient.name);
        view.put("Alias", recipient.alias);
        view.put("DisplayName", recipient.displayName);
        view.put("PrimarySmtpAddress", recipient.primarySmtpAddress);
        view.put("EmailAddresses", emailAddresses(recipient));
        view.put("RecipientType", recipient.kind.recipientType());
        view.put("RecipientTypeDetails", recipient.kind.name());
        view.put("HiddenFromAddressListsEnabled", recipient.hiddenFromAddressListsEnabled);
        view.put("DistinguishedName", tenant.distinguishedName(recipient));
        view.put("Guid", recipient.guid);
        view.put("ExternalDirectoryObjectId", recipient.externalDirectoryObjectId);
        view.put("OrganizationalUnit", tenant.organization().initialDomain + "/Microsoft Exchange Hosted Organizations/"
                + tenant.organization().initialDomain);
        view.put("WhenCreated", recipient.whenCreated);
        view.put("WhenCreatedUTC", recipient.whenCreated);
        return view;
    }

    static Map<String, Object> mailbox(Tenant tenant, Recipient mailbox) {
        Map<String, Object> view = common(tenant, mailbox);
        view.put("UserPrincipalName", mailbox.userPrincipalName);
        view.put("Office", mailbox.office);
        boolean resource = mailbox.kind == RecipientKind.RoomMailbox || mailbox.kind == RecipientKind.EquipmentMailbox;
        view.put("IsResource", resource);
        view.put("ResourceType", mailbox.kind == RecipientKind.RoomMailbox ? "Room"
                : mailbox.kind == RecipientKind.EquipmentMailbox ? "Equipment" : null);
        view.put("ResourceCapacity", mailbox.resourceCapacity);
        view.put("IsShared", mailbox.kind == RecipientKind.SharedMailbox);
        view.put("AccountDisabled", mailbox.accountDisabled());
        return view;
    }

    /** A row of Get-Place: the room's Places data, with the country's friendly name as Exchange shows it. */
    static Map<String, Object> place(Tenant tenant, Recipient room) {
        Place place = room.place == null ? new Place() : room.place;
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("Identity", room.primarySmtpAddress);
        view.put("DisplayName", room.displayName);
        view.put("Type", "Room");
        view.put("Street", place.street);
        view.put("City", place.city);
        view.put("State", place.state);
        view.put("PostalCode", place.postalCode);
        view.put("CountryOrRegion", place.countryOrRegion == null ? null : PlaceCmdlets.countryName(place.countryOrRegion));
        view.put("GeoCoordinates", place.geoCoordinates);
        view.put("Phone", place.phone);
        view.put("Building", place.building);
        view.put("Floor", place.floor);
        view.put("FloorLabel", place.floorLabel);
        view.put("Capacity", room.resourceCapacity);
        view.put("Label", place.label);
        view.put("AudioDeviceName", place.audioDeviceName);
        view.put("VideoDeviceName", place.videoDeviceName);
        view.put("DisplayDeviceName", place.displayDeviceName);
        view.put("IsWheelChairAccessible", Boolean.TRUE.equals(place.isWheelChairAccessible));
        view.put("MTREnabled", Boolean.TRUE.equals(place.mtrEnabled));
        view.put("Tags", List.copyOf(place.tags));
        view.put("Guid", room.guid);
        return view;
    }

    /** A row of Get-AcceptedDomain. */
    static Map<String, Object> acceptedDomain(String domain, boolean initial) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("Identity", domain);
        view.put("Name", domain);
        view.put("DomainName", domain);
        view.put("DomainType", "Authoritative");
        view.put("Default", initial);
        view.put("InitialDomain", initial);
        return view;
    }

    static Map<String, Object> group(Tenant tenant, Recipient group) {
        Map<String, Object> view = common(tenant, group);
        view.put("GroupType", group.kind == RecipientKind.MailUniversalSecurityGroup
                ? "Universal, SecurityEnabled" : "Universal");
        view.put("ManagedBy", group.managedBy.stream()
                .map(guid -> tenant.recipientByGuid(guid).map(r -> r.name).orElse(guid)).toList());
        view.put("MemberJoinRestriction", "Closed");
        view.put("MemberDepartRestriction", "Closed");
        view.put("RequireSenderAuthenticationEnabled", group.requireSenderAuthenticationEnabled);
        view.put("Notes", group.notes);
        return view;
    }

    /** A row of Get-DistributionGroupMember / Get-Recipient. */
    static Map<String, Object> recipient(Tenant tenant, Recipient recipient) {
        Map<String, Object> view = common(tenant, recipient);
        if (recipient.kind.isMailbox()) {
            view.put("Office", recipient.office);
            view.put("ResourceCapacity", recipient.resourceCapacity);
        }
        return view;
    }
}
