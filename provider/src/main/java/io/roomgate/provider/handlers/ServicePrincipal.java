package io.roomgate.provider.handlers;

import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.provider.framework.Change;
import io.roomgate.provider.framework.Created;
import io.roomgate.provider.framework.Operation;
import io.roomgate.provider.framework.Property;
import io.roomgate.provider.framework.ProviderException;
import io.roomgate.provider.framework.ResourceHandler;

import java.util.Optional;
import java.util.function.Supplier;

/** Exchange's pointer to an Entra service principal, which RBAC for Applications assigns roles to. */
public final class ServicePrincipal implements ResourceHandler<ServicePrincipal.Principal> {

    public record Principal(
            @Property(description = "The app (client) id.", required = true, change = Change.REPLACE,
                    format = ExchangeFormats.Guid.class, ignoreCase = true)
            String appId,
            @Property(description = "The object id of the Entra service principal (Enterprise applications), not of "
                    + "the app registration.", required = true, change = Change.REPLACE, format = ExchangeFormats.Guid.class,
                    ignoreCase = true)
            String objectId,
            @Property(description = "The name Exchange shows for it.")
            String displayName,
            @Property(description = "Exchange's identity of the service principal.", output = true)
            String identity) {
    }

    private final Supplier<ExchangeAdmin> exchange;

    public ServicePrincipal(Supplier<ExchangeAdmin> exchange) {
        this.exchange = exchange;
    }

    @Override
    public String token() {
        return "exchangeonline:index:ServicePrincipal";
    }

    @Override
    public String description() {
        return "An Exchange service principal (New-ServicePrincipal) for RBAC for Applications.";
    }

    @Override
    public Class<Principal> type() {
        return Principal.class;
    }

    @Override
    public Created<Principal> create(Principal inputs, Operation operation) {
        ExchangeAdmin admin = exchange.get();
        io.roomgate.exchange.ServicePrincipal principal = admin.findServicePrincipal(inputs.objectId()).orElse(null);
        if (principal != null) {
            if (!Writes.sameText(principal.appId(), inputs.appId())) {
                throw ProviderException.failedPrecondition("Exchange already has service principal " + inputs.objectId()
                        + " for app " + principal.appId() + ", not " + inputs.appId() + "; check objectId: it must be "
                        + "the Enterprise application's object id of app " + inputs.appId());
            }
            operation.info("adopting the existing Exchange service principal of app " + inputs.appId());
            principal = rename(admin, principal, inputs, operation);
        } else {
            operation.info("creating the Exchange service principal of app " + inputs.appId());
            principal = admin.newServicePrincipal(inputs.appId(), inputs.objectId(), inputs.displayName());
            operation.warning("a new Exchange service principal can take a few minutes before role assignments "
                    + "to it succeed");
        }
        return new Created<>(inputs.objectId(), toState(principal, inputs.objectId()));
    }

    @Override
    public Optional<Principal> read(String id, Principal recorded, Operation operation) {
        return exchange.get().findServicePrincipal(id).map(p -> toState(p, id));
    }

    @Override
    public Principal update(String id, Principal state, Principal inputs, Operation operation) {
        ExchangeAdmin admin = exchange.get();
        io.roomgate.exchange.ServicePrincipal current = new io.roomgate.exchange.ServicePrincipal(state.identity(),
                state.appId(), state.objectId(), state.displayName());
        return toState(rename(admin, current, inputs, operation), id);
    }

    private static io.roomgate.exchange.ServicePrincipal rename(ExchangeAdmin admin,
                                                                io.roomgate.exchange.ServicePrincipal principal,
                                                                Principal inputs, Operation operation) {
        if (inputs.displayName() == null || inputs.displayName().equals(principal.displayName())) {
            return principal;
        }
        operation.info("renaming the service principal to " + inputs.displayName());
        Writes.relay(operation, admin.setServicePrincipalDisplayName(inputs.objectId(), inputs.displayName()));
        return new io.roomgate.exchange.ServicePrincipal(principal.identity(), principal.appId(), principal.objectId(),
                inputs.displayName());
    }

    @Override
    public void delete(String id, Principal state, Operation operation) {
        operation.info("removing the Exchange service principal of app " + state.appId()
                + " (Exchange removes its role assignments with it)");
        Writes.remove(operation, "service principal " + id, () -> exchange.get().removeServicePrincipal(id));
    }

    private static Principal toState(io.roomgate.exchange.ServicePrincipal principal, String objectId) {
        return new Principal(principal.appId(), principal.objectId() != null ? principal.objectId() : objectId,
                principal.displayName(), principal.identity());
    }
}
