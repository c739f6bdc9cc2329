package io.roomgate.provider.handlers;

import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.exchange.NewMailboxPermission;
import io.roomgate.provider.framework.Change;
import io.roomgate.provider.framework.Created;
import io.roomgate.provider.framework.Operation;
import io.roomgate.provider.framework.Property;
import io.roomgate.provider.framework.ResourceHandler;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

/** Mailbox rights (e.g. FullAccess) for a user or group: changes are made by removing and adding the entry. */
public final class MailboxPermission implements ResourceHandler<MailboxPermission.Permission> {

    public record Permission(
            @Property(description = "The mailbox, by address.", required = true, change = Change.REPLACE,
                    format = ExchangeFormats.Smtp.class, ignoreCase = true)
            String identity,
            @Property(description = "The user or mail-enabled security group, by address.", required = true,
                    change = Change.REPLACE, format = ExchangeFormats.Smtp.class, ignoreCase = true)
            String user,
            @Property(description = "The rights.", required = true, set = true, allowed = {"ChangeOwner",
                    "ChangePermission", "DeleteItem", "ExternalAccount", "FullAccess", "ReadPermission"})
            List<String> accessRights,
            @Property(description = "Which folders the rights reach.", defaultValue = "All",
                    allowed = {"All", "Children", "Descendents", "SelfAndChildren"})
            String inheritanceType,
            @Property(description = "Add the mailbox to the user's Outlook automatically; off by default, as it "
                    + "cannot work for groups. Exchange does not report it, so it is as last written.",
                    defaultValue = "false")
            Boolean autoMapping) {
    }

    private final Supplier<ExchangeAdmin> exchange;

    public MailboxPermission(Supplier<ExchangeAdmin> exchange) {
        this.exchange = exchange;
    }

    @Override
    public String token() {
        return "exchangeonline:index:MailboxPermission";
    }

    @Override
    public String description() {
        return "Mailbox rights for a user or group (Add-MailboxPermission).";
    }

    @Override
    public Class<Permission> type() {
        return Permission.class;
    }

    @Override
    public Created<Permission> create(Permission inputs, Operation operation) {
        CompositeId id = new CompositeId(inputs.identity(), inputs.user());
        Optional<Permission> existing = read(id.toString(), inputs, operation);
        if (existing.isPresent() && sameEntry(existing.get(), inputs)) {
            operation.info("adopting the existing permission of " + inputs.user() + " on " + inputs.identity());
        } else {
            existing.ifPresent(old -> remove(old, operation));
            add(inputs, operation);
        }
        return new Created<>(id.toString(), inputs);
    }

    @Override
    public Optional<Permission> read(String id, Permission recorded, Operation operation) {
        CompositeId parsed = CompositeId.parse(id);
        List<io.roomgate.exchange.MailboxPermission> entries = exchange.get()
                .getMailboxPermissions(parsed.target(), parsed.user()).stream()
                .filter(p -> !Boolean.TRUE.equals(p.isInherited()) && !Boolean.TRUE.equals(p.deny())).toList();
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<String> rights = new TreeSet<>();
        entries.forEach(p -> rights.addAll(p.accessRights()));
        String inheritance = entries.get(0).inheritanceType() != null ? entries.get(0).inheritanceType() : "All";
        Boolean autoMapping = recorded != null && recorded.autoMapping() != null ? recorded.autoMapping() : Boolean.FALSE;
        return Optional.of(new Permission(parsed.target(), parsed.user(), List.copyOf(rights), inheritance, autoMapping));
    }

    @Override
    public Permission update(String id, Permission state, Permission inputs, Operation operation) {
        operation.info("changing the permission of " + inputs.user() + " on " + inputs.identity()
                + " (Exchange changes it by removing and adding the entry)");
        remove(state, operation);
        add(inputs, operation);
        return inputs;
    }

    @Override
    public void delete(String id, Permission state, Operation operation) {
        remove(state, operation);
    }

    private void add(Permission inputs, Operation operation) {
        operation.info("granting " + String.join(", ", inputs.accessRights()) + " on " + inputs.identity()
                + " to " + inputs.user());
        Writes.add(operation, () -> exchange.get().addMailboxPermission(new NewMailboxPermission(inputs.identity(),
                inputs.user(), inputs.accessRights(), inputs.inheritanceType(), inputs.autoMapping())));
    }

    private void remove(Permission state, Operation operation) {
        if (state.accessRights() == null || state.accessRights().isEmpty()) {
            return;
        }
        operation.info("removing " + String.join(", ", state.accessRights()) + " of " + state.user() + " on "
                + state.identity());
        Writes.remove(operation, "the permission of " + state.user() + " on " + state.identity(),
                () -> exchange.get().removeMailboxPermission(state.identity(), state.user(), state.accessRights(),
                        state.inheritanceType()));
    }

    private static boolean sameEntry(Permission a, Permission b) {
        return rightsKey(a.accessRights()).equals(rightsKey(b.accessRights()))
                && Writes.sameText(a.inheritanceType(), b.inheritanceType());
    }

    private static List<String> rightsKey(List<String> rights) {
        return rights.stream().map(r -> r.toLowerCase(Locale.ROOT)).sorted().distinct().toList();
    }
}
