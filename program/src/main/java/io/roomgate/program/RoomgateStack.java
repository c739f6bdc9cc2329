package io.roomgate.program;

import com.pulumi.Context;
import io.roomgate.program.components.CalendarSettings;
import io.roomgate.program.components.ConciergeAccess;
import io.roomgate.program.components.MicrosoftGraph;
import io.roomgate.program.components.RoomCalendarAccess;
import io.roomgate.program.components.RoomDependencies;
import io.roomgate.program.components.RoomGroupSpec;
import io.roomgate.program.components.RoomMailboxes;
import io.roomgate.program.components.SecretRotation;
import io.roomgate.program.components.ServiceAccountAccess;
import io.roomgate.program.components.UserSignIn;
import io.roomgate.program.config.AccessModel;
import io.roomgate.program.config.ConfigProblem;
import io.roomgate.program.config.GraphPermission;
import io.roomgate.program.config.StackConfig;
import io.roomgate.program.config.StackConfig.AppRegistration;
import io.roomgate.program.config.StackConfig.ConciergeOffice;
import io.roomgate.program.config.StackConfigException;
import io.roomgate.program.config.StackConfigReader;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One stack: its configuration read and validated first, then the rooms, then the components, then the outputs
 * the platform's connector and the verify step need.
 */
public final class RoomgateStack {
    private RoomgateStack() {}

    public static void declare(Context ctx, Instant now) {
        var config = ctx.config(StackConfigReader.NAMESPACE);
        StackConfig stack = StackConfigReader.read(config::get);
        List<String> rooms = RoomDirectory.resolve(stack.rooms(), stack.declaredRooms());
        checkConciergeRooms(stack, rooms);
        RoomDependencies created = stack.declaredRooms().isEmpty() ? RoomDependencies.NONE
                : new RoomMailboxes("rooms", stack.declaredRooms(), null).dependencies();

        boolean entraConsent = stack.signIn().isPresent() || stack.app().map(AppRegistration::grantConsent).orElse(false);
        Optional<MicrosoftGraph> graph = entraConsent ? Optional.of(MicrosoftGraph.lookup()) : Optional.empty();

        Optional<RoomCalendarAccess> access = stack.app().map(app -> {
            if (stack.accessModel() == AccessModel.UNRESTRICTED) {
                ctx.log().warn("roomgate:acceptUnrestrictedApp is true: the app '" + app.displayName() + "' gets a tenant-wide "
                        + app.mailboxPermissions().stream().map(GraphPermission::name).collect(Collectors.joining(", "))
                        + " grant and can read and write every mailbox calendar in tenant " + stack.tenantId()
                        + ", not only rooms. Nothing in Exchange restricts it. Use roomgate:accessModel: rbac to keep it to room mailboxes.");
            }
            return new RoomCalendarAccess("room-calendar-access", new RoomCalendarAccess.Args(
                    appIdentity(app, config), app.permissions(), stack.accessModel(),
                    new RoomCalendarAccess.RoomScope(stack.rooms().allRooms(), rooms, roomGroup(stack, rooms), created),
                    app.grantConsent() ? graph.map(MicrosoftGraph::objectId) : Optional.empty(), now), null);
        });

        stack.calendarProcessing().ifPresent(settings ->
                new CalendarSettings("calendar-settings", new CalendarSettings.Args(rooms, settings, created), null));

        for (ConciergeOffice office : stack.concierge()) {
            new ConciergeAccess("concierge-" + office.alias().toLowerCase(Locale.ROOT), new ConciergeAccess.Args(
                    new RoomGroupSpec(office.name(), office.alias(), office.primarySmtpAddress(), office.owners(), office.members()),
                    office.rooms().isEmpty() ? rooms : office.rooms(), office.folderRole(), created), null);
        }

        Optional<ServiceAccountAccess> serviceAccount = stack.serviceAccount().map(account -> new ServiceAccountAccess(
                "service-account", new ServiceAccountAccess.Args(account.address(), account.folderRole(), rooms,
                account.create(), account.create().filter(StackConfig.NewServiceAccount::passwordGiven)
                        .map(given -> config.requireSecret("serviceAccountPassword")), created), null));

        Optional<UserSignIn> signIn = stack.signIn().map(app -> new UserSignIn("user-sign-in", new UserSignIn.Args(
                app.displayName(), app.webRedirectUris(), app.spaRedirectUris(), app.delegatedScopes(), app.adminConsent(),
                app.needsSecret() ? Optional.of(new SecretRotation(app.secretLifetimeMonths(), app.secretRotationDays())) : Optional.empty(),
                graph.orElseThrow(), now), null));

        StackOutputs.export(ctx, stack, rooms, access, signIn, serviceAccount.flatMap(ServiceAccountAccess::password));
    }

    private static RoomCalendarAccess.AppIdentity appIdentity(AppRegistration app, com.pulumi.Config config) {
        String label = app.displayName().isEmpty() ? "roomgate" : app.displayName();
        return app.existing()
                .<RoomCalendarAccess.AppIdentity>map(existing -> new RoomCalendarAccess.ExistingApp(label, existing.clientId(),
                        existing.servicePrincipalObjectId(), config.requireSecret("appClientSecret")))
                .orElseGet(() -> new RoomCalendarAccess.NewApp(label, new SecretRotation(app.secretLifetimeMonths(), app.secretRotationDays())));
    }

    private static RoomGroupSpec roomGroup(StackConfig stack, List<String> rooms) {
        var group = stack.roomGroup();
        return new RoomGroupSpec(group.name(), group.alias(), group.primarySmtpAddress(), group.owners(), rooms);
    }

    /** Offices name their rooms; with discovered rooms that can only be checked once the rooms are known. */
    private static void checkConciergeRooms(StackConfig stack, List<String> rooms) {
        Set<String> known = rooms.stream().map(r -> r.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        var problems = new ArrayList<ConfigProblem>();
        for (int i = 0; i < stack.concierge().size(); i++) {
            for (String room : stack.concierge().get(i).rooms()) {
                if (!known.contains(room.toLowerCase(Locale.ROOT))) {
                    problems.add(new ConfigProblem("roomgate:concierge[" + i + "].rooms", room
                            + " is not among the stack's rooms as found in the tenant. Check the address, or widen roomgate:rooms."));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new StackConfigException(problems);
        }
    }
}
