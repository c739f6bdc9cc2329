package io.roomgate.provider.handlers;

import io.roomgate.exchange.DistributionGroup;
import io.roomgate.exchange.DistributionGroupChanges;
import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.exchange.ExchangeException;
import io.roomgate.exchange.NewSecurityGroup;
import io.roomgate.exchange.Recipient;
import io.roomgate.provider.framework.Change;
import io.roomgate.provider.framework.Created;
import io.roomgate.provider.framework.Operation;
import io.roomgate.provider.framework.PartialCreateException;
import io.roomgate.provider.framework.Property;
import io.roomgate.provider.framework.ProviderException;
import io.roomgate.provider.framework.ResourceHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** {@code New-DistributionGroup -Type Security}: the group that scopes room access; members are managed as a set. */
public final class MailEnabledSecurityGroup implements ResourceHandler<MailEnabledSecurityGroup.Group> {

    public record Group(
            @Property(description = "The group's name, unique in the tenant.", required = true, format = ExchangeFormats.Name.class)
            String name,
            @Property(description = "The group's alias; Exchange derives the address from it.", required = true,
                    change = Change.REPLACE, format = ExchangeFormats.Alias.class, ignoreCase = true)
            String alias,
            @Property(description = "The name shown in address lists; Exchange uses the name when omitted.")
            String displayName,
            @Property(description = "The group's primary SMTP address; derived from the alias when omitted.",
                    format = ExchangeFormats.Smtp.class, ignoreCase = true)
            String primarySmtpAddress,
            @Property(description = "Owners (ManagedBy), by SMTP address.", set = true, ignoreCase = true,
                    format = ExchangeFormats.Smtp.class)
            List<String> owners,
            @Property(description = "Members, by SMTP address (rooms, users or groups); only the difference is "
                    + "added or removed.", set = true, ignoreCase = true, format = ExchangeFormats.Smtp.class)
            List<String> members,
            @Property(description = "Hide the group from the global address list.")
            Boolean hiddenFromAddressListsEnabled,
            @Property(description = "The group's GUID (its id).", output = true)
            String guid,
            @Property(description = "The group's distinguished name, for MemberOfGroup management scopes.", output = true)
            String distinguishedName,
            @Property(description = "The group's Entra object id.", output = true)
            String externalDirectoryObjectId) {
    }

    private final Supplier<ExchangeAdmin> exchange;

    public MailEnabledSecurityGroup(Supplier<ExchangeAdmin> exchange) {
        this.exchange = exchange;
    }

    @Override
    public String token() {
        return "exchangeonline:index:MailEnabledSecurityGroup";
    }

    @Override
    public String description() {
        return "A mail-enabled security group (New-DistributionGroup -Type Security), e.g. the rooms an app may reach.";
    }

    @Override
    public Class<Group> type() {
        return Group.class;
    }

    @Override
    public Created<Group> create(Group inputs, Operation operation) {
        ExchangeAdmin admin = exchange.get();
        Optional<DistributionGroup> existing = admin.findDistributionGroup(inputs.alias());
        DistributionGroup group;
        if (existing.isPresent()) {
            group = adopt(existing.get(), inputs, operation);
        } else {
            operation.info("creating mail-enabled security group " + inputs.name() + " with "
                    + size(inputs.members()) + " member(s)");
            try {
                group = admin.newSecurityGroup(new NewSecurityGroup(inputs.name(), inputs.alias(),
                        inputs.displayName(), inputs.primarySmtpAddress(), inputs.owners(), inputs.members()));
            } catch (ExchangeException e) {
                if (!e.meansPresent()) {
                    throw e;
                }
                group = adopt(admin.findDistributionGroup(inputs.alias()).orElseThrow(() -> e), inputs, operation);
            }
        }
        String id = group.guid();
        try {
            Group state = converge(id, toState(group, inputs.members(), inputs.owners()), inputs, operation);
            operation.warning("Exchange can take up to an hour to apply a new group to access policies and "
                    + "management scopes everywhere");
            return new Created<>(id, state);
        } catch (RuntimeException e) {
            throw new PartialCreateException(id, toState(group, null, inputs.owners()),
                    "group " + inputs.name() + " exists but its settings or members are not complete yet", e);
        }
    }

    private DistributionGroup adopt(DistributionGroup found, Group inputs, Operation operation) {
        if (!found.isSecurityGroup()) {
            throw ProviderException.failedPrecondition("a distribution group '" + found.name() + "' already uses alias '"
                    + inputs.alias() + "' but it is not a security group; choose another alias or convert it by hand");
        }
        operation.info("adopting existing mail-enabled security group " + found.name() + " (" + found.guid() + ")");
        return found;
    }

    @Override
    public Optional<Group> read(String id, Group recorded, Operation operation) {
        ExchangeAdmin admin = exchange.get();
        Optional<DistributionGroup> found = admin.findDistributionGroup(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<String> members = admin.listDistributionGroupMembers(id).stream()
                .map(Recipient::primarySmtpAddress).sorted(String.CASE_INSENSITIVE_ORDER).toList();
        return Optional.of(toState(found.get(), members, ownerAddresses(admin, found.get(), recorded)));
    }

    @Override
    public Group update(String id, Group state, Group inputs, Operation operation) {
        return converge(id, state, inputs, operation);
    }

    /** Sends only the declared settings that differ, then adds and removes only the members that differ. */
    private Group converge(String id, Group state, Group inputs, Operation operation) {
        ExchangeAdmin admin = exchange.get();
        DistributionGroupChanges changes = new DistributionGroupChanges(
                changed(inputs.name(), state.name()), changed(inputs.displayName(), state.displayName()),
                changed(inputs.primarySmtpAddress(), state.primarySmtpAddress()),
                inputs.owners() != null && !GroupMembership.sameSet(inputs.owners(), state.owners()) ? inputs.owners() : null,
                inputs.hiddenFromAddressListsEnabled() != null
                        && !inputs.hiddenFromAddressListsEnabled().equals(state.hiddenFromAddressListsEnabled())
                        ? inputs.hiddenFromAddressListsEnabled() : null);
        if (!changes.isEmpty()) {
            operation.info("updating group settings " + describe(changes));
            Writes.relay(operation, admin.setDistributionGroup(id, changes));
        }
        if (inputs.members() != null) {
            GroupMembership.sync(admin, id, inputs.members(), "group", operation);
        }
        DistributionGroup now = admin.findDistributionGroup(id).orElseThrow(() -> new ProviderException(
                io.grpc.Status.Code.UNAVAILABLE, "group " + id + " was just written but Exchange does not find it "
                + "yet (replication); run `pulumi up` again in a few minutes"));
        List<String> members = inputs.members() != null ? GroupMembership.sorted(inputs.members()) : state.members();
        return toState(now, members, inputs.owners() != null ? inputs.owners() : state.owners());
    }

    @Override
    public void delete(String id, Group state, Operation operation) {
        operation.info("removing mail-enabled security group " + (state.name() != null ? state.name() : id));
        Writes.remove(operation, "group " + id, () -> exchange.get().removeDistributionGroup(id));
    }

    /** Exchange reports owners by name; the program names them by address. */
    private static List<String> ownerAddresses(ExchangeAdmin admin, DistributionGroup group, Group recorded) {
        List<String> addresses = new ArrayList<>();
        for (String owner : group.managedBy()) {
            if (ExchangeFormats.isSmtp(owner)) {
                addresses.add(owner);
                continue;
            }
            String address = admin.findMailbox(owner).map(m -> m.primarySmtpAddress())
                    .or(() -> admin.findDistributionGroup(owner).map(DistributionGroup::primarySmtpAddress))
                    .orElse(owner);
            addresses.add(address);
        }
        if (addresses.isEmpty() && (recorded == null || recorded.owners() == null || recorded.owners().isEmpty())) {
            // No owner reported where none was declared is no drift: owners left out are not managed.
            return recorded == null ? null : recorded.owners();
        }
        return addresses.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    private static Group toState(DistributionGroup group, List<String> members, List<String> owners) {
        return new Group(group.name(), group.alias(), group.displayName(), group.primarySmtpAddress(),
                owners == null ? null : GroupMembership.sorted(owners), members == null ? null : GroupMembership.sorted(members),
                group.hiddenFromAddressListsEnabled(), group.guid(), group.distinguishedName(),
                group.externalDirectoryObjectId());
    }

    private static String changed(String wanted, String current) {
        return wanted != null && !wanted.equals(current) ? wanted : null;
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String describe(DistributionGroupChanges changes) {
        List<String> names = new ArrayList<>();
        if (changes.name() != null) names.add("name");
        if (changes.displayName() != null) names.add("displayName");
        if (changes.primarySmtpAddress() != null) names.add("primarySmtpAddress");
        if (changes.owners() != null) names.add("owners");
        if (changes.hiddenFromAddressListsEnabled() != null) names.add("hiddenFromAddressListsEnabled");
        return String.join(", ", names);
    }
}
