package io.roomgate.resources.azuread;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.roomgate.resources.azuread.inputs.*;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Inputs of `azuread:index/servicePrincipal:ServicePrincipal`. */
public final class ServicePrincipalArgs extends ResourceArgs {
    public static final ServicePrincipalArgs Empty = new ServicePrincipalArgs();

    @Import(name = "accountEnabled", required = false)
    private @Nullable Output<Boolean> accountEnabled;

    @Import(name = "alternativeNames", required = false)
    private @Nullable Output<List<String>> alternativeNames;

    @Import(name = "appRoleAssignmentRequired", required = false)
    private @Nullable Output<Boolean> appRoleAssignmentRequired;

    @Import(name = "clientId", required = true)
    private Output<String> clientId;

    @Import(name = "description", required = false)
    private @Nullable Output<String> description;

    @Import(name = "featureTags", required = false)
    private @Nullable Output<List<ServicePrincipalFeatureTagArgs>> featureTags;

    @Import(name = "features", required = false)
    private @Nullable Output<List<ServicePrincipalFeatureArgs>> features;

    @Import(name = "loginUrl", required = false)
    private @Nullable Output<String> loginUrl;

    @Import(name = "notes", required = false)
    private @Nullable Output<String> notes;

    @Import(name = "notificationEmailAddresses", required = false)
    private @Nullable Output<List<String>> notificationEmailAddresses;

    @Import(name = "owners", required = false)
    private @Nullable Output<List<String>> owners;

    @Import(name = "preferredSingleSignOnMode", required = false)
    private @Nullable Output<String> preferredSingleSignOnMode;

    @Import(name = "samlSingleSignOn", required = false)
    private @Nullable Output<ServicePrincipalSamlSingleSignOnArgs> samlSingleSignOn;

    @Import(name = "tags", required = false)
    private @Nullable Output<List<String>> tags;

    @Import(name = "useExisting", required = false)
    private @Nullable Output<Boolean> useExisting;

    public Optional<Output<Boolean>> accountEnabled() { return Optional.ofNullable(this.accountEnabled); }
    public Optional<Output<List<String>>> alternativeNames() { return Optional.ofNullable(this.alternativeNames); }
    public Optional<Output<Boolean>> appRoleAssignmentRequired() { return Optional.ofNullable(this.appRoleAssignmentRequired); }
    public Output<String> clientId() { return this.clientId; }
    public Optional<Output<String>> description() { return Optional.ofNullable(this.description); }
    public Optional<Output<List<ServicePrincipalFeatureTagArgs>>> featureTags() { return Optional.ofNullable(this.featureTags); }
    public Optional<Output<List<ServicePrincipalFeatureArgs>>> features() { return Optional.ofNullable(this.features); }
    public Optional<Output<String>> loginUrl() { return Optional.ofNullable(this.loginUrl); }
    public Optional<Output<String>> notes() { return Optional.ofNullable(this.notes); }
    public Optional<Output<List<String>>> notificationEmailAddresses() { return Optional.ofNullable(this.notificationEmailAddresses); }
    public Optional<Output<List<String>>> owners() { return Optional.ofNullable(this.owners); }
    public Optional<Output<String>> preferredSingleSignOnMode() { return Optional.ofNullable(this.preferredSingleSignOnMode); }
    public Optional<Output<ServicePrincipalSamlSingleSignOnArgs>> samlSingleSignOn() { return Optional.ofNullable(this.samlSingleSignOn); }
    public Optional<Output<List<String>>> tags() { return Optional.ofNullable(this.tags); }
    public Optional<Output<Boolean>> useExisting() { return Optional.ofNullable(this.useExisting); }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final ServicePrincipalArgs $ = new ServicePrincipalArgs();

        public Builder accountEnabled(Output<Boolean> accountEnabled) { $.accountEnabled = accountEnabled; return this; }
        public Builder accountEnabled(Boolean accountEnabled) { return accountEnabled(Output.of(accountEnabled)); }
        public Builder alternativeNames(Output<List<String>> alternativeNames) { $.alternativeNames = alternativeNames; return this; }
        public Builder alternativeNames(List<String> alternativeNames) { return alternativeNames(Output.of(alternativeNames)); }
        public Builder alternativeNames(String... alternativeNames) { return alternativeNames(List.of(alternativeNames)); }
        public Builder appRoleAssignmentRequired(Output<Boolean> appRoleAssignmentRequired) { $.appRoleAssignmentRequired = appRoleAssignmentRequired; return this; }
        public Builder appRoleAssignmentRequired(Boolean appRoleAssignmentRequired) { return appRoleAssignmentRequired(Output.of(appRoleAssignmentRequired)); }
        public Builder clientId(Output<String> clientId) { $.clientId = clientId; return this; }
        public Builder clientId(String clientId) { return clientId(Output.of(clientId)); }
        public Builder description(Output<String> description) { $.description = description; return this; }
        public Builder description(String description) { return description(Output.of(description)); }
        public Builder featureTags(Output<List<ServicePrincipalFeatureTagArgs>> featureTags) { $.featureTags = featureTags; return this; }
        public Builder featureTags(List<ServicePrincipalFeatureTagArgs> featureTags) { return featureTags(Output.of(featureTags)); }
        public Builder featureTags(ServicePrincipalFeatureTagArgs... featureTags) { return featureTags(List.of(featureTags)); }
        public Builder features(Output<List<ServicePrincipalFeatureArgs>> features) { $.features = features; return this; }
        public Builder features(List<ServicePrincipalFeatureArgs> features) { return features(Output.of(features)); }
        public Builder features(ServicePrincipalFeatureArgs... features) { return features(List.of(features)); }
        public Builder loginUrl(Output<String> loginUrl) { $.loginUrl = loginUrl; return this; }
        public Builder loginUrl(String loginUrl) { return loginUrl(Output.of(loginUrl)); }
        public Builder notes(Output<String> notes) { $.notes = notes; return this; }
        public Builder notes(String notes) { return notes(Output.of(notes)); }
        public Builder notificationEmailAddresses(Output<List<String>> notificationEmailAddresses) { $.notificationEmailAddresses = notificationEmailAddresses; return this; }
        public Builder notificationEmailAddresses(List<String> notificationEmailAddresses) { return notificationEmailAddresses(Output.of(notificationEmailAddresses)); }
        public Builder notificationEmailAddresses(String... notificationEmailAddresses) { return notificationEmailAddresses(List.of(notificationEmailAddresses)); }
        public Builder owners(Output<List<String>> owners) { $.owners = owners; return this; }
        public Builder owners(List<String> owners) { return owners(Output.of(owners)); }
        public Builder owners(String... owners) { return owners(List.of(owners)); }
        public Builder preferredSingleSignOnMode(Output<String> preferredSingleSignOnMode) { $.preferredSingleSignOnMode = preferredSingleSignOnMode; return this; }
        public Builder preferredSingleSignOnMode(String preferredSingleSignOnMode) { return preferredSingleSignOnMode(Output.of(preferredSingleSignOnMode)); }
        public Builder samlSingleSignOn(Output<ServicePrincipalSamlSingleSignOnArgs> samlSingleSignOn) { $.samlSingleSignOn = samlSingleSignOn; return this; }
        public Builder samlSingleSignOn(ServicePrincipalSamlSingleSignOnArgs samlSingleSignOn) { return samlSingleSignOn(Output.of(samlSingleSignOn)); }
        public Builder tags(Output<List<String>> tags) { $.tags = tags; return this; }
        public Builder tags(List<String> tags) { return tags(Output.of(tags)); }
        public Builder tags(String... tags) { return tags(List.of(tags)); }
        public Builder useExisting(Output<Boolean> useExisting) { $.useExisting = useExisting; return this; }
        public Builder useExisting(Boolean useExisting) { return useExisting(Output.of(useExisting)); }

        public ServicePrincipalArgs build() {
            if ($.clientId == null) throw new IllegalArgumentException("ServicePrincipalArgs: clientId is required");
            return $;
        }
    }
}
