package io.roomgate.provider.handlers;

import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.exchange.ExchangeException;
import io.roomgate.exchange.Mailbox;
import io.roomgate.exchange.MailboxChanges;
import io.roomgate.exchange.NewUserMailbox;
import io.roomgate.provider.framework.Change;
import io.roomgate.provider.framework.CheckFailures;
import io.roomgate.provider.framework.Created;
import io.roomgate.provider.framework.Operation;
import io.roomgate.provider.framework.Property;
import io.roomgate.provider.framework.ProviderException;
import io.roomgate.provider.framework.ResourceHandler;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A service account's mailbox ({@code New-Mailbox} with a password), e.g. the account Alexa for Business signs in
 * as. The password is a secret: generated when not given, never logged, sent to Exchange only encrypted. A mailbox
 * that was already there is adopted (its password is then not known) and kept on destroy; one this resource made is
 * removed with its account.
 */
public final class UserMailbox implements ResourceHandler<UserMailbox.Account> {

    public record Account(
            @Property(description = "The account's address: its sign-in name and primary SMTP address, and the id "
                    + "`pulumi import` takes.", required = true, change = Change.REPLACE, format = ExchangeFormats.Smtp.class,
                    ignoreCase = true)
            String primarySmtpAddress,
            @Property(description = "The mailbox's Name, unique in the tenant.", required = true, format = ExchangeFormats.Name.class)
            String name,
            @Property(description = "The alias; Exchange takes the left side of the address when omitted.",
                    format = ExchangeFormats.Alias.class, ignoreCase = true)
            String alias,
            @Property(description = "The name address lists show; the name when omitted.")
            String displayName,
            @Property(description = "The account's password (Entra's policy: 8 to 256 characters of three kinds). "
                    + "Generated when omitted; always a secret output.", secret = true, createOnly = true)
            String password,
            @Property(description = "The mailbox's GUID.", output = true)
            String guid,
            @Property(description = "The mailbox's distinguished name.", output = true)
            String distinguishedName,
            @Property(description = "The account's Entra object id.", output = true)
            String externalDirectoryObjectId,
            @Property(description = "Whether Exchange reports the account blocked from signing in.", output = true)
            Boolean accountDisabled,
            @Property(description = "True when the mailbox existed before this resource (adopted or imported): "
                    + "destroy then leaves it.", output = true)
            Boolean adopted) {
    }

    private final Supplier<ExchangeAdmin> exchange;
    private final Addresses addresses;

    public UserMailbox(Supplier<ExchangeAdmin> exchange) {
        this.exchange = exchange;
        this.addresses = new Addresses(exchange);
    }

    @Override
    public String token() {
        return "exchangeonline:index:UserMailbox";
    }

    @Override
    public String description() {
        return "A service account's user mailbox (New-Mailbox with a password that is a secret, generated when not "
                + "given), e.g. for Alexa for Business' delegate method; an existing one is adopted by address.";
    }

    @Override
    public Class<Account> type() {
        return Account.class;
    }

    @Override
    public void check(Account inputs, Set<String> unknown, CheckFailures failures) {
        if (inputs.password() != null) {
            String alias = inputs.alias() != null ? inputs.alias() : localPart(inputs.primarySmtpAddress());
            PasswordPolicy.problem(inputs.password(), alias).ifPresent(problem -> failures.add("password", problem));
        }
        if (inputs.primarySmtpAddress() != null) {
            addresses.checkAcceptedDomain("primarySmtpAddress", inputs.primarySmtpAddress(), failures);
        }
    }

    @Override
    public Created<Account> create(Account inputs, Operation operation) {
        ExchangeAdmin admin = exchange.get();
        String address = inputs.primarySmtpAddress();
        boolean generated = inputs.password() == null;
        String password = generated ? PasswordPolicy.generate() : inputs.password();
        Mailbox mailbox;
        boolean adopted = false;
        try {
            operation.info("creating the mailbox of service account " + address
                    + (generated ? " with a generated password (a secret output)" : ""));
            mailbox = admin.newUserMailbox(new NewUserMailbox(inputs.name(), inputs.alias(), inputs.displayName(),
                    address, password));
        } catch (ExchangeException e) {
            if (!e.meansPresent()) {
                throw e;
            }
            mailbox = admin.findMailbox(address).orElseThrow(() -> new ProviderException(
                    io.grpc.Status.Code.ALREADY_EXISTS, "Exchange refused to create " + address + ": "
                    + e.getMessage() + " Another object holds its name or alias; choose another name or alias."));
            if (!mailbox.isUserMailbox()) {
                throw ProviderException.failedPrecondition(address + " already belongs to a "
                        + mailbox.recipientTypeDetails() + " (" + mailbox.name() + "), not a user mailbox; choose "
                        + "another address for the service account");
            }
            operation.warning("adopting the existing mailbox " + address + ": roomgate did not set its password, so "
                    + "the password output is empty and destroy will leave the mailbox");
            adopted = true;
            password = null;
        }
        Account state = converge(mailbox.primarySmtpAddress(), toState(mailbox, password, adopted), inputs, operation);
        return new Created<>(mailbox.primarySmtpAddress(), state);
    }

    @Override
    public Optional<Account> read(String id, Account recorded, Operation operation) {
        Optional<Mailbox> found = exchange.get().findMailbox(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (!found.get().isUserMailbox()) {
            throw ProviderException.failedPrecondition(id + " is a " + found.get().recipientTypeDetails()
                    + ", not a user mailbox; a service account is imported by its address");
        }
        // Exchange never tells a password; an imported mailbox was made outside this stack.
        return Optional.of(toState(found.get(), recorded == null ? null : recorded.password(),
                recorded == null || Boolean.TRUE.equals(recorded.adopted())));
    }

    @Override
    public Account update(String id, Account state, Account inputs, Operation operation) {
        return converge(id, state, inputs, operation);
    }

    private Account converge(String id, Account state, Account inputs, Operation operation) {
        MailboxChanges changes = new MailboxChanges(differs(inputs.displayName(), state.displayName()), null,
                differs(inputs.name(), state.name()),
                inputs.alias() != null && !inputs.alias().equalsIgnoreCase(state.alias()) ? inputs.alias() : null);
        if (!changes.isEmpty()) {
            operation.info("updating the mailbox of service account " + id);
            Writes.relay(operation, exchange.get().setMailbox(id, changes));
        }
        if (Boolean.TRUE.equals(state.accountDisabled())) {
            operation.warning("service account " + id + " cannot sign in (its account is disabled), so the platform "
                    + "cannot use it; allow sign-in in the Entra admin center");
        }
        return new Account(state.primarySmtpAddress(), or(inputs.name(), state.name()),
                or(inputs.alias(), state.alias()), or(inputs.displayName(), state.displayName()), state.password(),
                state.guid(), state.distinguishedName(), state.externalDirectoryObjectId(), state.accountDisabled(),
                state.adopted());
    }

    @Override
    public void delete(String id, Account state, Operation operation) {
        if (Boolean.TRUE.equals(state.adopted())) {
            operation.warning("keeping mailbox " + id + ": it existed before this stack, so destroy only stops "
                    + "managing it");
            return;
        }
        operation.info("removing the mailbox and account of service account " + id);
        Writes.remove(operation, "mailbox " + id, () -> exchange.get().removeMailbox(id));
    }

    private static Account toState(Mailbox mailbox, String password, boolean adopted) {
        return new Account(mailbox.primarySmtpAddress(), mailbox.name(), mailbox.alias(), mailbox.displayName(),
                password, mailbox.guid(), mailbox.distinguishedName(), mailbox.externalDirectoryObjectId(),
                mailbox.accountDisabled(), adopted);
    }

    private static String localPart(String address) {
        return address == null || address.indexOf('@') < 0 ? null : address.substring(0, address.indexOf('@'));
    }

    private static String differs(String wanted, String current) {
        return wanted != null && !wanted.equals(current) ? wanted : null;
    }

    private static <V> V or(V wanted, V current) {
        return wanted != null ? wanted : current;
    }
}
