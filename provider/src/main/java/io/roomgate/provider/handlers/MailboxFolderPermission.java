package io.roomgate.provider.handlers;

import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.exchange.ExchangeException;
import io.roomgate.exchange.FolderPermissionGrant;
import io.roomgate.provider.framework.Change;
import io.roomgate.provider.framework.CheckFailures;
import io.roomgate.provider.framework.Created;
import io.roomgate.provider.framework.Operation;
import io.roomgate.provider.framework.Property;
import io.roomgate.provider.framework.ResourceHandler;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** A folder role (e.g. Editor on {@code room@x:\Calendar}) for a user, with calendar sharing flags. */
public final class MailboxFolderPermission implements ResourceHandler<MailboxFolderPermission.FolderPermission> {
    static final List<String> ROLES = List.of("Author", "Contributor", "Editor", "NonEditingAuthor", "Owner",
            "PublishingAuthor", "PublishingEditor", "Reviewer", "AvailabilityOnly", "LimitedDetails", "None");
    static final List<String> RIGHTS = List.of("CreateItems", "CreateSubfolders", "DeleteAllItems",
            "DeleteOwnedItems", "EditAllItems", "EditOwnedItems", "FolderContact", "FolderOwner", "FolderVisible",
            "ReadItems");

    public record FolderPermission(
            @Property(description = "The folder, as <mailbox>:\\<folder path>, e.g. room1@contoso.com:\\Calendar.",
                    required = true, change = Change.REPLACE, format = ExchangeFormats.FolderIdentity.class, ignoreCase = true)
            String identity,
            @Property(description = "The user, by address (or Default / Anonymous).", required = true,
                    change = Change.REPLACE, ignoreCase = true)
            String user,
            @Property(description = "One role (Author, Contributor, Editor, NonEditingAuthor, Owner, "
                    + "PublishingAuthor, PublishingEditor, Reviewer, AvailabilityOnly, LimitedDetails) or individual "
                    + "rights.", required = true, set = true)
            List<String> accessRights,
            @Property(description = "Calendar delegate flags; only with Editor, and CanViewPrivateItems needs "
                    + "Delegate.", set = true, allowed = {"Delegate", "CanViewPrivateItems"})
            List<String> sharingPermissionFlags) {
    }

    private final Supplier<ExchangeAdmin> exchange;

    public MailboxFolderPermission(Supplier<ExchangeAdmin> exchange) {
        this.exchange = exchange;
    }

    @Override
    public String token() {
        return "exchangeonline:index:MailboxFolderPermission";
    }

    @Override
    public String description() {
        return "A folder permission (Add-MailboxFolderPermission), e.g. Editor on a room's calendar.";
    }

    @Override
    public Class<FolderPermission> type() {
        return FolderPermission.class;
    }

    @Override
    public void check(FolderPermission inputs, Set<String> unknown, CheckFailures failures) {
        if (inputs.user() != null && !ExchangeFormats.isSmtp(inputs.user()) && !inputs.user().equals("Default")
                && !inputs.user().equals("Anonymous")) {
            failures.add("user", "'" + inputs.user() + "' is not an SMTP address; name the user by address "
                    + "(e.g. svc@contoso.com), or Default / Anonymous");
        }
        List<String> rights = inputs.accessRights();
        if (rights != null) {
            for (int i = 0; i < rights.size(); i++) {
                String right = rights.get(i);
                if (!ROLES.contains(right) && !RIGHTS.contains(right)) {
                    failures.add("accessRights[" + i + "]", "'" + right + "' is neither a folder role ("
                            + String.join(", ", ROLES) + ") nor a folder right (" + String.join(", ", RIGHTS) + ")");
                }
            }
            if (rights.size() > 1 && rights.stream().anyMatch(ROLES::contains)) {
                failures.add("accessRights", "a role (" + rights.stream().filter(ROLES::contains).findFirst().orElseThrow()
                        + ") must be the only entry; give either one role or individual rights");
            }
            if (rights.isEmpty()) {
                failures.add("accessRights", "give one role, e.g. [\"Reviewer\"]");
            }
        }
        List<String> flags = inputs.sharingPermissionFlags();
        if (flags != null && !flags.isEmpty() && rights != null && !unknown.contains("accessRights")) {
            if (!rights.equals(List.of("Editor"))) {
                failures.add("sharingPermissionFlags", "sharing flags work only with the Editor role, not "
                        + String.join(", ", rights) + "; set accessRights to [\"Editor\"] or drop the flags");
            }
            if (flags.contains("CanViewPrivateItems") && !flags.contains("Delegate")) {
                failures.add("sharingPermissionFlags", "CanViewPrivateItems needs Delegate; add \"Delegate\"");
            }
        }
        if (inputs.identity() != null && flags != null && !flags.isEmpty()
                && !inputs.identity().toLowerCase(Locale.ROOT).endsWith(":\\calendar")) {
            failures.add("sharingPermissionFlags", "sharing flags apply only to a calendar folder (<mailbox>:\\Calendar), "
                    + "not " + inputs.identity());
        }
    }

    @Override
    public Created<FolderPermission> create(FolderPermission inputs, Operation operation) {
        ExchangeAdmin admin = exchange.get();
        CompositeId id = new CompositeId(inputs.identity(), inputs.user());
        Optional<io.roomgate.exchange.MailboxFolderPermission> existing =
                admin.findMailboxFolderPermission(inputs.identity(), inputs.user());
        if (existing.isPresent()) {
            operation.info("adopting the existing entry of " + inputs.user() + " on " + inputs.identity());
            return new Created<>(id.toString(), set(admin, toState(existing.get(), inputs), inputs, operation));
        }
        operation.info("granting " + String.join(", ", inputs.accessRights()) + " on " + inputs.identity() + " to "
                + inputs.user());
        try {
            Writes.relay(operation, admin.addMailboxFolderPermission(grant(inputs)));
        } catch (ExchangeException e) {
            if (!e.meansPresent()) {
                throw e;
            }
            Writes.relay(operation, admin.setMailboxFolderPermission(grant(inputs)));
        }
        return new Created<>(id.toString(), withFlags(inputs));
    }

    @Override
    public Optional<FolderPermission> read(String id, FolderPermission recorded, Operation operation) {
        CompositeId parsed = CompositeId.parse(id);
        return exchange.get().findMailboxFolderPermission(parsed.target(), parsed.user())
                .map(p -> toState(p, new FolderPermission(parsed.target(), parsed.user(), null, null)));
    }

    @Override
    public FolderPermission update(String id, FolderPermission state, FolderPermission inputs, Operation operation) {
        return set(exchange.get(), state, inputs, operation);
    }

    private FolderPermission set(ExchangeAdmin admin, FolderPermission state, FolderPermission inputs,
                                 Operation operation) {
        FolderPermission wanted = withFlags(inputs);
        if (sameSet(state.accessRights(), wanted.accessRights())
                && sameSet(state.sharingPermissionFlags(), wanted.sharingPermissionFlags())) {
            return wanted;
        }
        operation.info("setting " + String.join(", ", inputs.accessRights()) + " on " + inputs.identity() + " for "
                + inputs.user());
        Writes.relay(operation, admin.setMailboxFolderPermission(grant(inputs)));
        return wanted;
    }

    @Override
    public void delete(String id, FolderPermission state, Operation operation) {
        operation.info("removing the entry of " + state.user() + " on " + state.identity());
        Writes.remove(operation, "the entry of " + state.user() + " on " + state.identity(),
                () -> exchange.get().removeMailboxFolderPermission(state.identity(), state.user()));
    }

    private static FolderPermissionGrant grant(FolderPermission inputs) {
        return new FolderPermissionGrant(inputs.identity(), inputs.user(), inputs.accessRights(),
                inputs.sharingPermissionFlags());
    }

    private static FolderPermission withFlags(FolderPermission inputs) {
        return new FolderPermission(inputs.identity(), inputs.user(), inputs.accessRights(),
                inputs.sharingPermissionFlags() != null ? inputs.sharingPermissionFlags() : List.of());
    }

    private static FolderPermission toState(io.roomgate.exchange.MailboxFolderPermission entry, FolderPermission named) {
        List<String> flags = entry.sharingPermissionFlags().stream().filter(f -> !f.equalsIgnoreCase("None")).toList();
        return new FolderPermission(named.identity(), named.user(), entry.accessRights(), flags);
    }

    private static boolean sameSet(List<String> a, List<String> b) {
        return a != null && b != null && a.stream().map(s -> s.toLowerCase(Locale.ROOT)).sorted().distinct().toList()
                .equals(b.stream().map(s -> s.toLowerCase(Locale.ROOT)).sorted().distinct().toList());
    }
}
