package io.roomgate.provider.handlers;

import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.exchange.ExchangeException;
import io.roomgate.exchange.NewManagementRoleAssignment;
import io.roomgate.provider.framework.Change;
import io.roomgate.provider.framework.Created;
import io.roomgate.provider.framework.Operation;
import io.roomgate.provider.framework.Property;
import io.roomgate.provider.framework.ProviderException;
import io.roomgate.provider.framework.ResourceHandler;

import java.util.Optional;
import java.util.function.Supplier;

/** RBAC for Applications: an application role (e.g. Calendars.ReadWrite) for an app, over a management scope. */
public final class ManagementRoleAssignment implements ResourceHandler<ManagementRoleAssignment.Assignment> {

    public record Assignment(
            @Property(description = "The assignment's name (its id), at most 64 characters.", required = true,
                    change = Change.REPLACE, format = ExchangeFormats.Name.class, ignoreCase = true)
            String name,
            @Property(description = "The application role.", required = true, change = Change.REPLACE,
                    allowed = {"Application Calendars.Read", "Application Calendars.ReadWrite",
                            "Application Mail.Read", "Application Mail.ReadBasic", "Application Mail.ReadWrite",
                            "Application Mail.Send", "Application MailboxSettings.Read",
                            "Application MailboxSettings.ReadWrite", "Application Contacts.Read",
                            "Application Contacts.ReadWrite", "Application Mail Full Access",
                            "Application Exchange Full Access", "Application EWS.AccessAsApp",
                            "Application SMTP.SendAsApp"})
            String role,
            @Property(description = "The app id or object id of the Exchange service principal.", required = true,
                    change = Change.REPLACE, format = ExchangeFormats.Guid.class, ignoreCase = true)
            String app,
            @Property(description = "The management scope that limits the role.", required = true,
                    format = ExchangeFormats.Name.class, ignoreCase = true)
            String customResourceScope,
            @Property(description = "The service principal as Exchange names it.", output = true)
            String roleAssigneeName) {
    }

    private final Supplier<ExchangeAdmin> exchange;

    public ManagementRoleAssignment(Supplier<ExchangeAdmin> exchange) {
        this.exchange = exchange;
    }

    @Override
    public String token() {
        return "exchangeonline:index:ManagementRoleAssignment";
    }

    @Override
    public String description() {
        return "A management role assignment (New-ManagementRoleAssignment) of an application role over a scope.";
    }

    @Override
    public Class<Assignment> type() {
        return Assignment.class;
    }

    @Override
    public Created<Assignment> create(Assignment inputs, Operation operation) {
        ExchangeAdmin admin = exchange.get();
        Optional<io.roomgate.exchange.ManagementRoleAssignment> existing = admin.findManagementRoleAssignment(inputs.name());
        io.roomgate.exchange.ManagementRoleAssignment assignment;
        if (existing.isEmpty()) {
            operation.info("assigning " + inputs.role() + " to app " + inputs.app() + " over scope "
                    + inputs.customResourceScope());
            try {
                assignment = admin.newManagementRoleAssignment(new NewManagementRoleAssignment(inputs.name(),
                        inputs.role(), inputs.app(), inputs.customResourceScope()));
            } catch (ExchangeException e) {
                if (!e.meansPresent()) {
                    throw e;
                }
                assignment = adopt(admin.findManagementRoleAssignment(inputs.name()).orElseThrow(() -> e), inputs,
                        admin, operation);
            }
            operation.warning("Exchange caches app permissions for 30 minutes to 2 hours; the app may not have the "
                    + "new role until then (Test-ServicePrincipalAuthorization shows it at once)");
        } else {
            assignment = adopt(existing.get(), inputs, admin, operation);
        }
        return new Created<>(inputs.name(), toState(assignment, inputs.app()));
    }

    private static io.roomgate.exchange.ManagementRoleAssignment adopt(
            io.roomgate.exchange.ManagementRoleAssignment found, Assignment inputs, ExchangeAdmin admin,
            Operation operation) {
        if (!Writes.sameText(found.role(), inputs.role())) {
            throw ProviderException.failedPrecondition("a role assignment named " + inputs.name() + " already exists "
                    + "for role " + found.role() + ", not " + inputs.role() + "; give this assignment another name");
        }
        operation.info("adopting existing role assignment " + inputs.name());
        if (!Writes.sameText(found.customResourceScope(), inputs.customResourceScope())) {
            Writes.relay(operation, admin.setManagementRoleAssignmentScope(inputs.name(), inputs.customResourceScope()));
        }
        return found;
    }

    @Override
    public Optional<Assignment> read(String id, Assignment recorded, Operation operation) {
        ExchangeAdmin admin = exchange.get();
        return admin.findManagementRoleAssignment(id).map(a -> toState(a, recorded != null ? recorded.app()
                : appIdOf(admin, a)));
    }

    /** On import only Exchange's name for the assignee is known; the program names the app by its app id. */
    private static String appIdOf(ExchangeAdmin admin, io.roomgate.exchange.ManagementRoleAssignment assignment) {
        String assignee = assignment.roleAssignee() != null ? assignment.roleAssignee() : assignment.roleAssigneeName();
        return admin.findServicePrincipal(assignee).map(io.roomgate.exchange.ServicePrincipal::appId).orElse(assignee);
    }

    @Override
    public Assignment update(String id, Assignment state, Assignment inputs, Operation operation) {
        if (!Writes.sameText(state.customResourceScope(), inputs.customResourceScope())) {
            operation.info("moving role assignment " + id + " to scope " + inputs.customResourceScope());
            Writes.relay(operation, exchange.get().setManagementRoleAssignmentScope(id, inputs.customResourceScope()));
            operation.warning("Exchange caches app permissions for 30 minutes to 2 hours; the app may keep the old "
                    + "scope until then");
        }
        return new Assignment(state.name(), state.role(), state.app(), inputs.customResourceScope(),
                state.roleAssigneeName());
    }

    @Override
    public void delete(String id, Assignment state, Operation operation) {
        operation.info("removing role assignment " + id);
        Writes.remove(operation, "role assignment " + id, () -> exchange.get().removeManagementRoleAssignment(id));
    }

    private static Assignment toState(io.roomgate.exchange.ManagementRoleAssignment assignment, String app) {
        return new Assignment(assignment.name(), assignment.role(), app, assignment.customResourceScope(),
                assignment.roleAssigneeName());
    }
}
