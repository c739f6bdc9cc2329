package io.roomgate.provider.handlers;

import io.roomgate.exchange.DistributionGroup;
import io.roomgate.exchange.DistributionGroupChanges;
import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.exchange.ExchangeException;
import io.roomgate.exchange.NewRoomList;
import io.roomgate.exchange.Recipient;
import io.roomgate.provider.framework.Change;
import io.roomgate.provider.framework.CheckFailures;
import io.roomgate.provider.framework.Created;
import io.roomgate.provider.framework.Operation;
import io.roomgate.provider.framework.PartialCreateException;
import io.roomgate.provider.framework.Property;
import io.roomgate.provider.framework.ProviderException;
import io.roomgate.provider.framework.ResourceHandler;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code New-DistributionGroup -RoomList}: the rooms Outlook's Room Finder shows together, e.g. one building. Its
 * members are a set of room addresses; only the difference is added or removed.
 */
public final class RoomList implements ResourceHandler<RoomList.Properties> {

    public record Properties(
            @Property(description = "The room list's name, unique in the tenant; Room Finder shows it.", required = true,
                    format = ExchangeFormats.Name.class)
            String name,
            @Property(description = "The room list's alias; Exchange derives the address from it.", required = true,
                    change = Change.REPLACE, format = ExchangeFormats.Alias.class, ignoreCase = true)
            String alias,
            @Property(description = "The name shown in address lists; the name when omitted.")
            String displayName,
            @Property(description = "The room list's primary SMTP address; derived from the alias when omitted.",
                    format = ExchangeFormats.Smtp.class, ignoreCase = true)
            String primarySmtpAddress,
            @Property(description = "The rooms in the list, by SMTP address; only the difference is added or removed.",
                    set = true, ignoreCase = true, format = ExchangeFormats.Smtp.class)
            List<String> members,
            @Property(description = "The room list's GUID (its id).", output = true)
            String guid,
            @Property(description = "The room list's distinguished name.", output = true)
            String distinguishedName) {
    }

    private final Supplier<ExchangeAdmin> exchange;
    private final Addresses addresses;

    public RoomList(Supplier<ExchangeAdmin> exchange) {
        this.exchange = exchange;
        this.addresses = new Addresses(exchange);
    }

    @Override
    public String token() {
        return "exchangeonline:index:RoomList";
    }

    @Override
    public String description() {
        return "A room list (New-DistributionGroup -RoomList), as Room Finder shows rooms; members are a set of rooms.";
    }

    @Override
    public Class<Properties> type() {
        return Properties.class;
    }

    @Override
    public void check(Properties inputs, Set<String> unknown, CheckFailures failures) {
        if (inputs.primarySmtpAddress() != null) {
            addresses.checkAcceptedDomain("primarySmtpAddress", inputs.primarySmtpAddress(), failures);
        }
    }

    @Override
    public Created<Properties> create(Properties inputs, Operation operation) {
        ExchangeAdmin admin = exchange.get();
        DistributionGroup list;
        boolean adopted = false;
        try {
            operation.info("creating room list " + inputs.name() + " with " + size(inputs.members()) + " room(s)");
            list = admin.newRoomList(new NewRoomList(inputs.name(), inputs.alias(), inputs.displayName(),
                    inputs.primarySmtpAddress(), inputs.members()));
        } catch (ExchangeException e) {
            if (!e.meansPresent()) {
                throw e;
            }
            list = admin.findDistributionGroup(inputs.alias()).orElseThrow(() -> e);
            if (!"RoomList".equalsIgnoreCase(list.recipientTypeDetails())) {
                throw ProviderException.failedPrecondition("a " + list.recipientTypeDetails() + " '" + list.name()
                        + "' already uses alias '" + inputs.alias() + "' and is not a room list; choose another alias");
            }
            operation.warning("adopting the existing room list " + list.name() + " (" + list.guid() + ")");
            adopted = true;
        }
        String id = list.guid();
        // A new list already holds the rooms it was created with; an adopted one's rooms are compared.
        Properties made = toState(list, adopted ? null : inputs.members());
        try {
            return new Created<>(id, converge(id, made, inputs, operation));
        } catch (RuntimeException e) {
            throw new PartialCreateException(id, toState(list, null), "room list " + inputs.name() + " exists but its "
                    + "settings or rooms are not complete yet", e);
        }
    }

    @Override
    public Optional<Properties> read(String id, Properties recorded, Operation operation) {
        ExchangeAdmin admin = exchange.get();
        Optional<DistributionGroup> found = admin.findDistributionGroup(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (!"RoomList".equalsIgnoreCase(found.get().recipientTypeDetails())) {
            throw ProviderException.failedPrecondition(id + " is a " + found.get().recipientTypeDetails()
                    + ", not a room list");
        }
        List<String> members = admin.listDistributionGroupMembers(id).stream().map(Recipient::primarySmtpAddress)
                .toList();
        return Optional.of(toState(found.get(), members));
    }

    @Override
    public Properties update(String id, Properties state, Properties inputs, Operation operation) {
        return converge(id, state, inputs, operation);
    }

    private Properties converge(String id, Properties state, Properties inputs, Operation operation) {
        ExchangeAdmin admin = exchange.get();
        DistributionGroupChanges changes = new DistributionGroupChanges(differs(inputs.name(), state.name()),
                differs(inputs.displayName(), state.displayName()),
                inputs.primarySmtpAddress() != null && !inputs.primarySmtpAddress().equalsIgnoreCase(
                        state.primarySmtpAddress()) ? inputs.primarySmtpAddress() : null, null, null);
        if (!changes.isEmpty()) {
            operation.info("updating room list " + id);
            Writes.relay(operation, admin.setDistributionGroup(id, changes));
        }
        List<String> members = state.members();
        if (inputs.members() != null && (members == null || !GroupMembership.sameSet(inputs.members(), members))) {
            GroupMembership.sync(admin, id, inputs.members(), "room list", operation);
            members = inputs.members();
        }
        return new Properties(or(inputs.name(), state.name()), state.alias(), or(inputs.displayName(), state.displayName()),
                or(inputs.primarySmtpAddress(), state.primarySmtpAddress()),
                members == null ? null : GroupMembership.sorted(members), state.guid(), state.distinguishedName());
    }

    @Override
    public void delete(String id, Properties state, Operation operation) {
        operation.info("removing room list " + (state.name() != null ? state.name() : id) + " (its rooms stay)");
        Writes.remove(operation, "room list " + id, () -> exchange.get().removeDistributionGroup(id));
    }

    private static Properties toState(DistributionGroup list, List<String> members) {
        return new Properties(list.name(), list.alias(), list.displayName(), list.primarySmtpAddress(),
                members == null ? null : GroupMembership.sorted(members), list.guid(), list.distinguishedName());
    }

    private static String differs(String wanted, String current) {
        return wanted != null && !wanted.equals(current) ? wanted : null;
    }

    private static <V> V or(V wanted, V current) {
        return wanted != null ? wanted : current;
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }
}
