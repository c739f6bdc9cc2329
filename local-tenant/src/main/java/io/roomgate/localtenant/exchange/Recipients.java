package io.roomgate.localtenant.exchange;

import io.roomgate.localtenant.tenant.Recipient;
import io.roomgate.localtenant.tenant.RecipientKind;
import io.roomgate.localtenant.tenant.Tenant;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Creating recipients with Exchange's defaults and uniqueness rules (name, alias and addresses). */
final class Recipients {
    static final int MAX_NAME_LENGTH = 64;

    private Recipients() {
    }

    static Recipient create(CmdletCall call, RecipientKind kind, String name, String alias, String displayName,
                            String primarySmtpAddress) throws CmdletException {
        Tenant tenant = call.tenant();
        checkLength("Name", name, MAX_NAME_LENGTH);
        checkLength("Alias", alias, MAX_NAME_LENGTH);
        checkLength("DisplayName", displayName, 256);
        Addresses.requireValidAlias(alias);
        Recipient recipient = new Recipient();
        recipient.guid = MailboxCmdlets.newGuid();
        recipient.externalDirectoryObjectId = MailboxCmdlets.newGuid();
        recipient.kind = kind;
        recipient.name = name;
        recipient.alias = alias != null ? alias : aliasFrom(name);
        recipient.displayName = displayName != null ? displayName : name;
        recipient.primarySmtpAddress = primarySmtpAddress != null ? primarySmtpAddress
                : recipient.alias + "@" + tenant.organization().initialDomain;
        recipient.whenCreated = call.now().toString();
        recipient.sid = "S-1-5-21-" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 4_000_000_000L) + "-"
                + ThreadLocalRandom.current().nextLong(1_000_000_000L, 4_000_000_000L) + "-"
                + ThreadLocalRandom.current().nextLong(1_000_000_000L, 4_000_000_000L) + "-"
                + ThreadLocalRandom.current().nextInt(1000, 9_000_000);
        recipient.requireSenderAuthenticationEnabled = kind.isGroup();
        recipient.visibleAfter = call.visibleAfter();
        checkUnique(tenant, recipient, null);
        return recipient;
    }

    /** Refuses a name or address another recipient holds, as Exchange does (replicating objects included). */
    static void checkUnique(Tenant tenant, Recipient candidate, Recipient self) throws CmdletException {
        for (Recipient other : tenant.recipientsClaiming(candidate.name)) {
            if (other != self && other.name.equalsIgnoreCase(candidate.name)) {
                throw CmdletException.alreadyExists(tenant.distinguishedName(candidate));
            }
        }
        for (String address : List.of(candidate.primarySmtpAddress, candidate.alias + "@"
                + tenant.organization().initialDomain)) {
            for (Recipient other : tenant.recipientsClaiming(address)) {
                if (other != self && Views.emailAddresses(other).stream()
                        .anyMatch(a -> a.substring(5).equalsIgnoreCase(address))) {
                    throw new CmdletException(400, CmdletException.Shape.JSON_IN_STRING, null,
                            "Microsoft.Exchange.Data.Directory.ProxyAddressExistsException",
                            "The proxy address \"SMTP:" + address + "\" is already being used by the proxy addresses "
                                    + "or LegacyExchangeDN of \"" + other.name + "\". Please choose another proxy "
                                    + "address.");
                }
            }
        }
    }

    static void checkLength(String parameter, String value, int max) throws CmdletException {
        if (value != null && value.length() > max) {
            throw CmdletException.parameterBinding("Cannot validate argument on parameter '" + parameter
                    + "'. The character length of the " + value.length() + " argument is too long. Shorten the "
                    + "character length of the argument so it is fewer than or equal to \"" + max
                    + "\" characters, and then try the command again.");
        }
    }

    /** Exchange derives an alias from the name by dropping what an SMTP local part cannot hold. */
    static String aliasFrom(String name) {
        String alias = name.replaceAll("[^A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~.]", "");
        return alias.isEmpty() ? "recipient" + Integer.toHexString(name.hashCode()) : alias;
    }
}
