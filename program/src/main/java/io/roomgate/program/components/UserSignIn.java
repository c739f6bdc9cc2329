package io.roomgate.program.components;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.roomgate.program.config.GraphPermissions;
import io.roomgate.resources.azuread.Application;
import io.roomgate.resources.azuread.ApplicationArgs;
import io.roomgate.resources.azuread.ServicePrincipal;
import io.roomgate.resources.azuread.ServicePrincipalArgs;
import io.roomgate.resources.azuread.ServicePrincipalDelegatedPermissionGrant;
import io.roomgate.resources.azuread.ServicePrincipalDelegatedPermissionGrantArgs;
import io.roomgate.resources.azuread.inputs.ApplicationRequiredResourceAccessArgs;
import io.roomgate.resources.azuread.inputs.ApplicationRequiredResourceAccessResourceAccessArgs;
import io.roomgate.resources.azuread.inputs.ApplicationSinglePageApplicationArgs;
import io.roomgate.resources.azuread.inputs.ApplicationWebArgs;

import javax.annotation.Nullable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The platform's user sign-in app (delegated permissions): app registration with its web and single-page redirect
 * URIs and requested Graph scopes, its service principal, admin consent for those scopes for all users, and a
 * client secret when it is a web (confidential) client.
 */
public final class UserSignIn extends ComponentResource {
    public static final String TYPE = "roomgate:index:UserSignIn";

    public record Args(String displayName, List<String> webRedirectUris, List<String> spaRedirectUris,
                       List<String> delegatedScopes, boolean adminConsent, Optional<SecretRotation> secretRotation,
                       MicrosoftGraph graph, Instant now) {}

    private final Output<String> clientId;
    private final @Nullable Output<String> clientSecret;

    public UserSignIn(String name, Args args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        var app = ApplicationArgs.builder()
                .displayName(args.displayName())
                .signInAudience("AzureADMyOrg")
                .requiredResourceAccesses(args.graph().scopeIds().applyValue(ids -> List.of(graphScopes(args.delegatedScopes(), ids))));
        if (!args.webRedirectUris().isEmpty()) {
            app.web(ApplicationWebArgs.builder().redirectUris(args.webRedirectUris()).build());
        }
        if (!args.spaRedirectUris().isEmpty()) {
            app.singlePageApplication(ApplicationSinglePageApplicationArgs.builder().redirectUris(args.spaRedirectUris()).build());
        }
        var application = new Application(name + "-app", app.build(), child);
        var servicePrincipal = new ServicePrincipal(name + "-sp", ServicePrincipalArgs.builder()
                .clientId(application.clientId())
                .build(), child);
        if (args.adminConsent()) {
            new ServicePrincipalDelegatedPermissionGrant(name + "-consent", ServicePrincipalDelegatedPermissionGrantArgs.builder()
                    .servicePrincipalObjectId(servicePrincipal.objectId())
                    .resourceServicePrincipalObjectId(args.graph().objectId())
                    .claimValues(args.delegatedScopes())
                    .build(), child);
        }
        this.clientId = application.clientId();
        this.clientSecret = args.secretRotation()
                .map(rotation -> rotation.declare(name + "-secret", application, args.displayName(), args.now(), child).value().asSecret())
                .orElse(null);
        var outputs = new HashMap<String, Output<?>>();
        outputs.put("clientId", clientId);
        if (clientSecret != null) {
            outputs.put("clientSecret", clientSecret);
        }
        registerOutputs(outputs);
    }

    /** Requested delegated scopes by this tenant's Graph scope ids; a scope Graph does not publish is an error. */
    static ApplicationRequiredResourceAccessArgs graphScopes(List<String> scopes, Map<String, String> scopeIds) {
        var accesses = scopes.stream().map(scope -> {
            String id = scopeIds.get(scope);
            if (id == null) {
                throw new IllegalStateException("Microsoft Graph in this tenant publishes no delegated scope '" + scope
                        + "'; remove it from roomgate:signIn.delegatedScopes.");
            }
            return ApplicationRequiredResourceAccessResourceAccessArgs.builder().id(id).type("Scope").build();
        }).toList();
        return ApplicationRequiredResourceAccessArgs.builder()
                .resourceAppId(GraphPermissions.MICROSOFT_GRAPH_APP_ID)
                .resourceAccesses(accesses)
                .build();
    }

    public Output<String> clientId() {
        return clientId;
    }

    /** A Pulumi secret; empty for a single-page app, which has no secret. */
    public Optional<Output<String>> clientSecret() {
        return Optional.ofNullable(clientSecret);
    }
}
