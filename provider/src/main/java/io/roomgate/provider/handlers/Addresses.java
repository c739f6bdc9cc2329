package io.roomgate.provider.handlers;

import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.exchange.ExchangeException;
import io.roomgate.provider.framework.CheckFailures;
import io.roomgate.provider.framework.ProviderException;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Whether an address can be given in the tenant: its domain must be one of the organisation's accepted domains. */
final class Addresses {
    private Addresses() {}

    /**
     * The accepted domains as Exchange lists them, or an empty list when they cannot be read now (the provider not
     * configured yet, or Exchange failing): then the check is left to Exchange's own refusal at create.
     */
    static List<String> readAcceptedDomains(Supplier<ExchangeAdmin> exchange) {
        try {
            return exchange.get().acceptedDomains();
        } catch (ExchangeException | ProviderException unknown) {
            return List.of();
        }
    }

    static void checkAcceptedDomain(String property, String address, Supplier<List<String>> domains,
                                    CheckFailures failures) {
        if (!ExchangeFormats.isSmtp(address)) {
            return; // the format check has already said what is wrong
        }
        List<String> accepted = domains.get();
        String domain = address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        if (!accepted.isEmpty() && accepted.stream().noneMatch(domain::equalsIgnoreCase)) {
            failures.add(property, "'" + address + "' is not in one of the tenant's accepted domains ("
                    + String.join(", ", accepted) + "); use an address in one of them, or add " + domain
                    + " to Exchange's accepted domains first");
        }
    }
}
