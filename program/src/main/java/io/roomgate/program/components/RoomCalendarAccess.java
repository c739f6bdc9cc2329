package io.roomgate.program.components;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.roomgate.program.config.AccessModel;
import io.roomgate.program.config.GraphPermission;
import io.roomgate.program.config.GraphPermissions;
import io.roomgate.resources.azuread.AppRoleAssignment;
import io.roomgate.resources.azuread.AppRoleAssignmentArgs;
import io.roomgate.resources.azuread.Application;
import io.roomgate.resources.azuread.ApplicationArgs;
import io.roomgate.resources.azuread.ServicePrincipal;
import io.roomgate.resources.azuread.ServicePrincipalArgs;
import io.roomgate.resources.azuread.inputs.ApplicationRequiredResourceAccessArgs;
import io.roomgate.resources.azuread.inputs.ApplicationRequiredResourceAccessResourceAccessArgs;
import io.roomgate.resources.exchangeonline.ApplicationAccessPolicy;
import io.roomgate.resources.exchangeonline.ApplicationAccessPolicyArgs;
import io.roomgate.resources.exchangeonline.MailEnabledSecurityGroup;
import io.roomgate.resources.exchangeonline.ManagementRoleAssignment;
import io.roomgate.resources.exchangeonline.ManagementRoleAssignmentArgs;
import io.roomgate.resources.exchangeonline.ManagementScope;
import io.roomgate.resources.exchangeonline.ManagementScopeArgs;

import javax.annotation.Nullable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The platform's app and its access to room calendars, and nothing else (DESIGN.md rule 1):
 * the app registration, its service principal and client secret (or an app the stack brings), admin consent for
 * the directory permissions, and the mailbox restriction of the chosen access model.
 * <ul>
 * <li>RBAC: an Exchange pointer to the service principal, a management scope over the rooms and one
 *     {@code Application <permission>} role assignment per mailbox permission; <b>no</b> Entra grant of a mailbox
 *     permission is declared, not even as a requested permission, since RBAC grants add to Entra grants.</li>
 * <li>Access policy: a mail-enabled group of the rooms, a {@code RestrictAccess} policy over it, and the Entra
 *     grants of the mailbox permissions, each depending on the policy: granted after it, removed before it.</li>
 * <li>Unrestricted (only when the stack accepted it): the Entra grants alone.</li>
 * </ul>
 */
public final class RoomCalendarAccess extends ComponentResource {
    public static final String TYPE = "roomgate:index:RoomCalendarAccess";
    public static final String ALL_ROOM_MAILBOXES = "RecipientTypeDetails -eq 'RoomMailbox'";

    /** The app: registered by roomgate, or brought by the stack (then its secret comes from the stack's config). */
    public sealed interface AppIdentity permits NewApp, ExistingApp {
        String displayName();
    }

    public record NewApp(String displayName, SecretRotation secretRotation) implements AppIdentity {}

    public record ExistingApp(String displayName, String clientId, String servicePrincipalObjectId, Output<String> clientSecret)
            implements AppIdentity {}

    /**
     * @param allRooms     true when the stack covers every room mailbox: RBAC then scopes by recipient type and needs
     *                     no group, so new rooms are covered without a change
     * @param group        the room group; its members are {@code addresses}
     * @param dependencies the rooms the stack creates: the group waits for them before taking them in
     */
    public record RoomScope(boolean allRooms, List<String> addresses, RoomGroupSpec group, RoomDependencies dependencies) {
        MailEnabledSecurityGroup declareGroup(String resourceName, com.pulumi.resources.Resource parent) {
            return group.declare(resourceName, dependencies.childOf(parent, addresses));
        }
    }

    /**
     * @param microsoftGraphObjectId object id of Microsoft Graph's service principal in the tenant; empty when the
     *                               stack grants no consent in Entra (then no azuread grant is declared)
     */
    public record Args(AppIdentity app, List<GraphPermission> permissions, AccessModel accessModel, RoomScope rooms,
                       Optional<Output<String>> microsoftGraphObjectId, Instant now) {}

    private final Output<String> clientId;
    private final Output<String> servicePrincipalObjectId;
    private final Output<String> clientSecret;
    private final @Nullable MailEnabledSecurityGroup roomGroup;
    private final String restriction;

    public RoomCalendarAccess(String name, Args args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        AppIdentity app = args.app();
        List<GraphPermission> mailbox = args.permissions().stream().filter(GraphPermission::mailboxScoped).toList();
        List<GraphPermission> directory = args.permissions().stream().filter(p -> !p.mailboxScoped()).toList();
        // What the app registration asks for is what an admin's "Grant admin consent" click would grant, so in RBAC
        // mode the mailbox permissions are left out of it as well.
        List<GraphPermission> requested = args.accessModel() == AccessModel.RBAC ? directory : args.permissions();

        if (app instanceof NewApp newApp) {
            var application = new Application(name + "-app", ApplicationArgs.builder()
                    .displayName(newApp.displayName())
                    .signInAudience("AzureADMyOrg")
                    .requiredResourceAccesses(requested.isEmpty() ? List.of() : List.of(graphAccess(requested)))
                    .build(), child);
            var servicePrincipal = new ServicePrincipal(name + "-sp", ServicePrincipalArgs.builder()
                    .clientId(application.clientId())
                    .build(), child);
            var password = newApp.secretRotation().declare(name + "-secret", application, newApp.displayName(), args.now(), child);
            this.clientId = application.clientId();
            this.servicePrincipalObjectId = servicePrincipal.objectId();
            this.clientSecret = password.value().asSecret();
        } else {
            var existing = (ExistingApp) app;
            this.clientId = Output.of(existing.clientId());
            this.servicePrincipalObjectId = Output.of(existing.servicePrincipalObjectId());
            this.clientSecret = existing.clientSecret().asSecret();
        }

        args.microsoftGraphObjectId().ifPresent(graph -> directory.forEach(permission ->
                grant(name, permission, graph, child)));

        switch (args.accessModel()) {
            case RBAC -> {
                var exchangePointer = new io.roomgate.resources.exchangeonline.ServicePrincipal(name + "-exchange-sp",
                        io.roomgate.resources.exchangeonline.ServicePrincipalArgs.builder()
                                .appId(clientId)
                                .objectId(servicePrincipalObjectId)
                                .displayName(app.displayName())
                                .build(), child);
                Output<String> filter;
                if (args.rooms().allRooms()) {
                    this.roomGroup = null;
                    filter = Output.of(ALL_ROOM_MAILBOXES);
                } else {
                    this.roomGroup = args.rooms().declareGroup(name + "-room-group", this);
                    filter = roomGroup.distinguishedName().applyValue(RoomCalendarAccess::memberOfGroup);
                }
                var scope = new ManagementScope(name + "-scope", ManagementScopeArgs.builder()
                        .name(RoomGroupSpec.exchangeName(app.displayName(), "rooms"))
                        .recipientRestrictionFilter(filter)
                        .build(), child);
                for (GraphPermission permission : mailbox) {
                    String role = permission.exchangeRole().orElseThrow();
                    new ManagementRoleAssignment(name + "-" + permission.name(), ManagementRoleAssignmentArgs.builder()
                            .name(RoomGroupSpec.exchangeName(app.displayName(), role))
                            .role(role)
                            .app(exchangePointer.appId())
                            .customResourceScope(scope.name())
                            .build(), child);
                }
                this.restriction = args.rooms().allRooms() ? "managementScope: " + ALL_ROOM_MAILBOXES
                        : "managementScope: MemberOfGroup " + args.rooms().group().name();
            }
            case APPLICATION_ACCESS_POLICY -> {
                this.roomGroup = args.rooms().declareGroup(name + "-room-group", this);
                var policy = new ApplicationAccessPolicy(name + "-policy", ApplicationAccessPolicyArgs.builder()
                        .appId(clientId)
                        .policyScopeGroupId(roomGroup.primarySmtpAddress())
                        .accessRight("RestrictAccess")
                        .description("roomgate: " + app.displayName() + " may reach the members of " + args.rooms().group().name() + " only")
                        .build(), child);
                var afterPolicy = CustomResourceOptions.builder().parent(this).dependsOn(policy).build();
                args.microsoftGraphObjectId().ifPresent(graph -> mailbox.forEach(permission ->
                        grant(name, permission, graph, afterPolicy)));
                this.restriction = "applicationAccessPolicy: RestrictAccess to " + args.rooms().group().name();
            }
            case UNRESTRICTED -> {
                this.roomGroup = null;
                args.microsoftGraphObjectId().ifPresent(graph -> mailbox.forEach(permission ->
                        grant(name, permission, graph, child)));
                this.restriction = "none: tenant-wide grant accepted by roomgate:acceptUnrestrictedApp";
            }
            default -> throw new IllegalStateException("unknown access model " + args.accessModel());
        }

        registerOutputs(Map.of("clientId", clientId, "servicePrincipalObjectId", servicePrincipalObjectId,
                "clientSecret", clientSecret));
    }

    private AppRoleAssignment grant(String name, GraphPermission permission, Output<String> graph, CustomResourceOptions options) {
        return new AppRoleAssignment(name + "-grant-" + permission.name(), AppRoleAssignmentArgs.builder()
                .appRoleId(permission.appRoleId())
                .principalObjectId(servicePrincipalObjectId)
                .resourceObjectId(graph)
                .build(), options);
    }

    private static ApplicationRequiredResourceAccessArgs graphAccess(List<GraphPermission> permissions) {
        var accesses = new ArrayList<ApplicationRequiredResourceAccessResourceAccessArgs>();
        for (GraphPermission permission : permissions) {
            accesses.add(ApplicationRequiredResourceAccessResourceAccessArgs.builder().id(permission.appRoleId()).type("Role").build());
        }
        return ApplicationRequiredResourceAccessArgs.builder()
                .resourceAppId(GraphPermissions.MICROSOFT_GRAPH_APP_ID)
                .resourceAccesses(accesses)
                .build();
    }

    /** OPATH quotes are escaped by doubling them. */
    public static String memberOfGroup(String distinguishedName) {
        return "MemberOfGroup -eq '" + distinguishedName.replace("'", "''") + "'";
    }

    public Output<String> clientId() {
        return clientId;
    }

    public Output<String> servicePrincipalObjectId() {
        return servicePrincipalObjectId;
    }

    /** Always a Pulumi secret. */
    public Output<String> clientSecret() {
        return clientSecret;
    }

    public Optional<MailEnabledSecurityGroup> roomGroup() {
        return Optional.ofNullable(roomGroup);
    }

    /** How the app is restricted, in words, for the verification summary. */
    public String restriction() {
        return restriction;
    }
}
