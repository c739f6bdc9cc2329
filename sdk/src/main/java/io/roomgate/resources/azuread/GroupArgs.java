package io.roomgate.resources.azuread;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.roomgate.resources.azuread.inputs.*;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Inputs of `azuread:index/group:Group`. */
public final class GroupArgs extends ResourceArgs {
    public static final GroupArgs Empty = new GroupArgs();

    @Import(name = "administrativeUnitIds", required = false)
    private @Nullable Output<List<String>> administrativeUnitIds;

    @Import(name = "assignableToRole", required = false)
    private @Nullable Output<Boolean> assignableToRole;

    @Import(name = "autoSubscribeNewMembers", required = false)
    private @Nullable Output<Boolean> autoSubscribeNewMembers;

    @Import(name = "behaviors", required = false)
    private @Nullable Output<List<String>> behaviors;

    @Import(name = "description", required = false)
    private @Nullable Output<String> description;

    @Import(name = "displayName", required = true)
    private Output<String> displayName;

    @Import(name = "dynamicMembership", required = false)
    private @Nullable Output<GroupDynamicMembershipArgs> dynamicMembership;

    @Import(name = "externalSendersAllowed", required = false)
    private @Nullable Output<Boolean> externalSendersAllowed;

    @Import(name = "hideFromAddressLists", required = false)
    private @Nullable Output<Boolean> hideFromAddressLists;

    @Import(name = "hideFromOutlookClients", required = false)
    private @Nullable Output<Boolean> hideFromOutlookClients;

    @Import(name = "mailEnabled", required = false)
    private @Nullable Output<Boolean> mailEnabled;

    @Import(name = "mailNickname", required = false)
    private @Nullable Output<String> mailNickname;

    @Import(name = "members", required = false)
    private @Nullable Output<List<String>> members;

    @Import(name = "onpremisesGroupType", required = false)
    private @Nullable Output<String> onpremisesGroupType;

    @Import(name = "owners", required = false)
    private @Nullable Output<List<String>> owners;

    @Import(name = "preventDuplicateNames", required = false)
    private @Nullable Output<Boolean> preventDuplicateNames;

    @Import(name = "provisioningOptions", required = false)
    private @Nullable Output<List<String>> provisioningOptions;

    @Import(name = "securityEnabled", required = false)
    private @Nullable Output<Boolean> securityEnabled;

    @Import(name = "theme", required = false)
    private @Nullable Output<String> theme;

    @Import(name = "types", required = false)
    private @Nullable Output<List<String>> types;

    @Import(name = "visibility", required = false)
    private @Nullable Output<String> visibility;

    @Import(name = "writebackEnabled", required = false)
    private @Nullable Output<Boolean> writebackEnabled;

    public Optional<Output<List<String>>> administrativeUnitIds() { return Optional.ofNullable(this.administrativeUnitIds); }
    public Optional<Output<Boolean>> assignableToRole() { return Optional.ofNullable(this.assignableToRole); }
    public Optional<Output<Boolean>> autoSubscribeNewMembers() { return Optional.ofNullable(this.autoSubscribeNewMembers); }
    public Optional<Output<List<String>>> behaviors() { return Optional.ofNullable(this.behaviors); }
    public Optional<Output<String>> description() { return Optional.ofNullable(this.description); }
    public Output<String> displayName() { return this.displayName; }
    public Optional<Output<GroupDynamicMembershipArgs>> dynamicMembership() { return Optional.ofNullable(this.dynamicMembership); }
    public Optional<Output<Boolean>> externalSendersAllowed() { return Optional.ofNullable(this.externalSendersAllowed); }
    public Optional<Output<Boolean>> hideFromAddressLists() { return Optional.ofNullable(this.hideFromAddressLists); }
    public Optional<Output<Boolean>> hideFromOutlookClients() { return Optional.ofNullable(this.hideFromOutlookClients); }
    public Optional<Output<Boolean>> mailEnabled() { return Optional.ofNullable(this.mailEnabled); }
    public Optional<Output<String>> mailNickname() { return Optional.ofNullable(this.mailNickname); }
    public Optional<Output<List<String>>> members() { return Optional.ofNullable(this.members); }
    public Optional<Output<String>> onpremisesGroupType() { return Optional.ofNullable(this.onpremisesGroupType); }
    public Optional<Output<List<String>>> owners() { return Optional.ofNullable(this.owners); }
    public Optional<Output<Boolean>> preventDuplicateNames() { return Optional.ofNullable(this.preventDuplicateNames); }
    public Optional<Output<List<String>>> provisioningOptions() { return Optional.ofNullable(this.provisioningOptions); }
    public Optional<Output<Boolean>> securityEnabled() { return Optional.ofNullable(this.securityEnabled); }
    public Optional<Output<String>> theme() { return Optional.ofNullable(this.theme); }
    public Optional<Output<List<String>>> types() { return Optional.ofNullable(this.types); }
    public Optional<Output<String>> visibility() { return Optional.ofNullable(this.visibility); }
    public Optional<Output<Boolean>> writebackEnabled() { return Optional.ofNullable(this.writebackEnabled); }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final GroupArgs $ = new GroupArgs();

        public Builder administrativeUnitIds(Output<List<String>> administrativeUnitIds) { $.administrativeUnitIds = administrativeUnitIds; return this; }
        public Builder administrativeUnitIds(List<String> administrativeUnitIds) { return administrativeUnitIds(Output.of(administrativeUnitIds)); }
        public Builder administrativeUnitIds(String... administrativeUnitIds) { return administrativeUnitIds(List.of(administrativeUnitIds)); }
        public Builder assignableToRole(Output<Boolean> assignableToRole) { $.assignableToRole = assignableToRole; return this; }
        public Builder assignableToRole(Boolean assignableToRole) { return assignableToRole(Output.of(assignableToRole)); }
        public Builder autoSubscribeNewMembers(Output<Boolean> autoSubscribeNewMembers) { $.autoSubscribeNewMembers = autoSubscribeNewMembers; return this; }
        public Builder autoSubscribeNewMembers(Boolean autoSubscribeNewMembers) { return autoSubscribeNewMembers(Output.of(autoSubscribeNewMembers)); }
        public Builder behaviors(Output<List<String>> behaviors) { $.behaviors = behaviors; return this; }
        public Builder behaviors(List<String> behaviors) { return behaviors(Output.of(behaviors)); }
        public Builder behaviors(String... behaviors) { return behaviors(List.of(behaviors)); }
        public Builder description(Output<String> description) { $.description = description; return this; }
        public Builder description(String description) { return description(Output.of(description)); }
        public Builder displayName(Output<String> displayName) { $.displayName = displayName; return this; }
        public Builder displayName(String displayName) { return displayName(Output.of(displayName)); }
        public Builder dynamicMembership(Output<GroupDynamicMembershipArgs> dynamicMembership) { $.dynamicMembership = dynamicMembership; return this; }
        public Builder dynamicMembership(GroupDynamicMembershipArgs dynamicMembership) { return dynamicMembership(Output.of(dynamicMembership)); }
        public Builder externalSendersAllowed(Output<Boolean> externalSendersAllowed) { $.externalSendersAllowed = externalSendersAllowed; return this; }
        public Builder externalSendersAllowed(Boolean externalSendersAllowed) { return externalSendersAllowed(Output.of(externalSendersAllowed)); }
        public Builder hideFromAddressLists(Output<Boolean> hideFromAddressLists) { $.hideFromAddressLists = hideFromAddressLists; return this; }
        public Builder hideFromAddressLists(Boolean hideFromAddressLists) { return hideFromAddressLists(Output.of(hideFromAddressLists)); }
        public Builder hideFromOutlookClients(Output<Boolean> hideFromOutlookClients) { $.hideFromOutlookClients = hideFromOutlookClients; return this; }
        public Builder hideFromOutlookClients(Boolean hideFromOutlookClients) { return hideFromOutlookClients(Output.of(hideFromOutlookClients)); }
        public Builder mailEnabled(Output<Boolean> mailEnabled) { $.mailEnabled = mailEnabled; return this; }
        public Builder mailEnabled(Boolean mailEnabled) { return mailEnabled(Output.of(mailEnabled)); }
        public Builder mailNickname(Output<String> mailNickname) { $.mailNickname = mailNickname; return this; }
        public Builder mailNickname(String mailNickname) { return mailNickname(Output.of(mailNickname)); }
        public Builder members(Output<List<String>> members) { $.members = members; return this; }
        public Builder members(List<String> members) { return members(Output.of(members)); }
        public Builder members(String... members) { return members(List.of(members)); }
        public Builder onpremisesGroupType(Output<String> onpremisesGroupType) { $.onpremisesGroupType = onpremisesGroupType; return this; }
        public Builder onpremisesGroupType(String onpremisesGroupType) { return onpremisesGroupType(Output.of(onpremisesGroupType)); }
        public Builder owners(Output<List<String>> owners) { $.owners = owners; return this; }
        public Builder owners(List<String> owners) { return owners(Output.of(owners)); }
        public Builder owners(String... owners) { return owners(List.of(owners)); }
        public Builder preventDuplicateNames(Output<Boolean> preventDuplicateNames) { $.preventDuplicateNames = preventDuplicateNames; return this; }
        public Builder preventDuplicateNames(Boolean preventDuplicateNames) { return preventDuplicateNames(Output.of(preventDuplicateNames)); }
        public Builder provisioningOptions(Output<List<String>> provisioningOptions) { $.provisioningOptions = provisioningOptions; return this; }
        public Builder provisioningOptions(List<String> provisioningOptions) { return provisioningOptions(Output.of(provisioningOptions)); }
        public Builder provisioningOptions(String... provisioningOptions) { return provisioningOptions(List.of(provisioningOptions)); }
        public Builder securityEnabled(Output<Boolean> securityEnabled) { $.securityEnabled = securityEnabled; return this; }
        public Builder securityEnabled(Boolean securityEnabled) { return securityEnabled(Output.of(securityEnabled)); }
        public Builder theme(Output<String> theme) { $.theme = theme; return this; }
        public Builder theme(String theme) { return theme(Output.of(theme)); }
        public Builder types(Output<List<String>> types) { $.types = types; return this; }
        public Builder types(List<String> types) { return types(Output.of(types)); }
        public Builder types(String... types) { return types(List.of(types)); }
        public Builder visibility(Output<String> visibility) { $.visibility = visibility; return this; }
        public Builder visibility(String visibility) { return visibility(Output.of(visibility)); }
        public Builder writebackEnabled(Output<Boolean> writebackEnabled) { $.writebackEnabled = writebackEnabled; return this; }
        public Builder writebackEnabled(Boolean writebackEnabled) { return writebackEnabled(Output.of(writebackEnabled)); }

        public GroupArgs build() {
            if ($.displayName == null) throw new IllegalArgumentException("GroupArgs: displayName is required");
            return $;
        }
    }
}
