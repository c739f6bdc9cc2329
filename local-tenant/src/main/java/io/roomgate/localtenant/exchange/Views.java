package io.roomgate.localtenant.exchange;

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
