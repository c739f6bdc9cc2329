package io.roomgate.provider.handlers;

import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.exchange.ExchangeException;
import io.roomgate.provider.framework.Change;
import io.roomgate.provider.framework.Created;
import io.roomgate.provider.framework.Operation;
import io.roomgate.provider.framework.Property;
import io.roomgate.provider.framework.ResourceHandler;

import java.util.Optional;
import java.util.function.Supplier;

/** A management scope: the recipients (e.g. the rooms) an app's role assignment reaches. */
public final class ManagementScope implements ResourceHandler<ManagementScope.Scope> {

    public record Scope(
            @Property(description = "The scope's name (its id).", required = true, change = Change.REPLACE,
                    format = ExchangeFormats.Name.class, ignoreCase = true)
            String name,
            @Property(description = "OPATH recipient filter, e.g. RecipientTypeDetails -eq 'RoomMailbox' or "
                    + "MemberOfGroup -eq '<group DN>'.", required = true, format = ExchangeFormats.OpathFilter.class)
            String recipientRestrictionFilter) {
    }

    private final Supplier<ExchangeAdmin> exchange;

    public ManagementScope(Supplier<ExchangeAdmin> exchange) {
        this.exchange = exchange;
    }

    @Override
    public String token() {
        return "exchangeonline:index:ManagementScope";
    }

    @Override
    public String description() {
        return "A management scope (New-ManagementScope) with a recipient filter.";
    }

    @Override
    public Class<Scope> type() {
        return Scope.class;
    }

    @Override
    public Created<Scope> create(Scope inputs, Operation operation) {
        ExchangeAdmin admin = exchange.get();
        Optional<io.roomgate.exchange.ManagementScope> existing = admin.findManagementScope(inputs.name());
        if (existing.isEmpty()) {
            operation.info("creating management scope " + inputs.name());
            try {
                admin.newManagementScope(inputs.name(), inputs.recipientRestrictionFilter());
            } catch (ExchangeException e) {
                if (!e.meansPresent()) {
                    throw e;
                }
                existing = admin.findManagementScope(inputs.name());
            }
        }
        if (existing.isPresent()) {
            operation.info("adopting existing management scope " + inputs.name());
            setFilter(admin, inputs, existing.get().recipientFilter(), operation);
        }
        return new Created<>(inputs.name(), inputs);
    }

    @Override
    public Optional<Scope> read(String id, Scope recorded, Operation operation) {
        return exchange.get().findManagementScope(id).map(scope -> new Scope(scope.name(),
                recorded != null && ExchangeFormats.sameFilter(recorded.recipientRestrictionFilter(), scope.recipientFilter())
                        ? recorded.recipientRestrictionFilter() : scope.recipientFilter()));
    }

    @Override
    public Scope update(String id, Scope state, Scope inputs, Operation operation) {
        setFilter(exchange.get(), inputs, state.recipientRestrictionFilter(), operation);
        return new Scope(state.name(), inputs.recipientRestrictionFilter());
    }

    private static void setFilter(ExchangeAdmin admin, Scope inputs, String current, Operation operation) {
        if (current != null && ExchangeFormats.sameFilter(current, inputs.recipientRestrictionFilter())) {
            return;
        }
        operation.info("setting the filter of scope " + inputs.name() + " to " + inputs.recipientRestrictionFilter());
        Writes.relay(operation, admin.setManagementScopeFilter(inputs.name(), inputs.recipientRestrictionFilter()));
        operation.warning("Exchange caches app permissions for 30 minutes to 2 hours; apps may see the old scope "
                + "until then (Test-ServicePrincipalAuthorization shows the new one at once)");
    }

    @Override
    public void delete(String id, Scope state, Operation operation) {
        operation.info("removing management scope " + id);
        Writes.remove(operation, "management scope " + id, () -> exchange.get().removeManagementScope(id));
    }
}
