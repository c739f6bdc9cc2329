package io.roomgate.resources.azuread;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import io.roomgate.resources.azuread.outputs.*;
import java.util.List;
import javax.annotation.Nullable;

/** azuread `azuread:index/group:Group` (v6.10.0): An Entra security or Microsoft 365 group (never a mail-enabled security group: azuread cannot create those). */
@ResourceType(type = "azuread:index/group:Group")
public class Group extends CustomResource {
    public static final String TYPE = "azuread:index/group:Group";

    @Export(name = "administrativeUnitIds", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> administrativeUnitIds;

    @Export(name = "assignableToRole", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> assignableToRole;

    @Export(name = "autoSubscribeNewMembers", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> autoSubscribeNewMembers;

    @Export(name = "behaviors", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> behaviors;

    @Export(name = "description", refs = {String.class}, tree = "[0]")
    private Output<String> description;

    @Export(name = "displayName", refs = {String.class}, tree = "[0]")
    private Output<String> displayName;

    @Export(name = "dynamicMembership", refs = {GroupDynamicMembership.class}, tree = "[0]")
    private Output<GroupDynamicMembership> dynamicMembership;

    @Export(name = "externalSendersAllowed", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> externalSendersAllowed;

    @Export(name = "hideFromAddressLists", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> hideFromAddressLists;

    @Export(name = "hideFromOutlookClients", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> hideFromOutlookClients;

    @Export(name = "mail", refs = {String.class}, tree = "[0]")
    private Output<String> mail;

    @Export(name = "mailEnabled", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> mailEnabled;

    @Export(name = "mailNickname", refs = {String.class}, tree = "[0]")
    private Output<String> mailNickname;

    @Export(name = "members", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> members;

    @Export(name = "objectId", refs = {String.class}, tree = "[0]")
    private Output<String> objectId;

    @Export(name = "onpremisesDomainName", refs = {String.class}, tree = "[0]")
    private Output<String> onpremisesDomainName;

    @Export(name = "onpremisesGroupType", refs = {String.class}, tree = "[0]")
    private Output<String> onpremisesGroupType;

    @Export(name = "onpremisesNetbiosName", refs = {String.class}, tree = "[0]")
    private Output<String> onpremisesNetbiosName;

    @Export(name = "onpremisesSamAccountName", refs = {String.class}, tree = "[0]")
    private Output<String> onpremisesSamAccountName;

    @Export(name = "onpremisesSecurityIdentifier", refs = {String.class}, tree = "[0]")
    private Output<String> onpremisesSecurityIdentifier;

    @Export(name = "onpremisesSyncEnabled", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> onpremisesSyncEnabled;

    @Export(name = "owners", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> owners;

    @Export(name = "preferredLanguage", refs = {String.class}, tree = "[0]")
    private Output<String> preferredLanguage;

    @Export(name = "preventDuplicateNames", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> preventDuplicateNames;

    @Export(name = "provisioningOptions", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> provisioningOptions;

    @Export(name = "proxyAddresses", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> proxyAddresses;

    @Export(name = "securityEnabled", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> securityEnabled;

    @Export(name = "theme", refs = {String.class}, tree = "[0]")
    private Output<String> theme;

    @Export(name = "types", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> types;

    @Export(name = "visibility", refs = {String.class}, tree = "[0]")
    private Output<String> visibility;

    @Export(name = "writebackEnabled", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> writebackEnabled;

    public Output<List<String>> administrativeUnitIds() { return this.administrativeUnitIds; }
    public Output<Boolean> assignableToRole() { return this.assignableToRole; }
    public Output<Boolean> autoSubscribeNewMembers() { return this.autoSubscribeNewMembers; }
    public Output<List<String>> behaviors() { return this.behaviors; }
    public Output<String> description() { return this.description; }
    public Output<String> displayName() { return this.displayName; }
    public Output<GroupDynamicMembership> dynamicMembership() { return this.dynamicMembership; }
    public Output<Boolean> externalSendersAllowed() { return this.externalSendersAllowed; }
    public Output<Boolean> hideFromAddressLists() { return this.hideFromAddressLists; }
    public Output<Boolean> hideFromOutlookClients() { return this.hideFromOutlookClients; }
    public Output<String> mail() { return this.mail; }
    public Output<Boolean> mailEnabled() { return this.mailEnabled; }
    public Output<String> mailNickname() { return this.mailNickname; }
    public Output<List<String>> members() { return this.members; }
    public Output<String> objectId() { return this.objectId; }
    public Output<String> onpremisesDomainName() { return this.onpremisesDomainName; }
    public Output<String> onpremisesGroupType() { return this.onpremisesGroupType; }
    public Output<String> onpremisesNetbiosName() { return this.onpremisesNetbiosName; }
    public Output<String> onpremisesSamAccountName() { return this.onpremisesSamAccountName; }
    public Output<String> onpremisesSecurityIdentifier() { return this.onpremisesSecurityIdentifier; }
    public Output<Boolean> onpremisesSyncEnabled() { return this.onpremisesSyncEnabled; }
    public Output<List<String>> owners() { return this.owners; }
    public Output<String> preferredLanguage() { return this.preferredLanguage; }
    public Output<Boolean> preventDuplicateNames() { return this.preventDuplicateNames; }
    public Output<List<String>> provisioningOptions() { return this.provisioningOptions; }
    public Output<List<String>> proxyAddresses() { return this.proxyAddresses; }
    public Output<Boolean> securityEnabled() { return this.securityEnabled; }
    public Output<String> theme() { return this.theme; }
    public Output<List<String>> types() { return this.types; }
    public Output<String> visibility() { return this.visibility; }
    public Output<Boolean> writebackEnabled() { return this.writebackEnabled; }

    public Group(String name, GroupArgs args) { this(name, args, null); }

    public Group(String name, GroupArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, AzureAd.withDefaults(options));
    }
}
