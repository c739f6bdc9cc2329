package io.roomgate.provider.handlers;

import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.exchange.ExchangeException;
import io.roomgate.provider.framework.CheckFailures;

import io.roomgate.provider.framework.ProviderException;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Whether an address can be given in the tenant: its domain must be one of the organisation's accepted domains,
 * read once ({@code Get-AcceptedDomain}) however many resources the engine checks at the same time.
 */
final class Addresses {
    private final Supplier<ExchangeAdmin> exchange;
    private List<String> acceptedDomains;

    Addresses(Supplier<ExchangeAdmin> exchange) {
        this.exchange = exchange;
    }

    /**
     * The accepted domains as Exchange lists them, or an empty list when they cannot be read (the provider not
     * configured yet, or Exchange failing): then the check is left to Exchange's own refusal at create. A failed read
     * is not repeated for every resource; a read before Configure is.
     */
    synchronized List<String> acceptedDomains() {
        if (acceptedDomains == null) {
            try {
                acceptedDomains = exchange.get().acceptedDomains();
            } catch (ExchangeException unknown) {
                acceptedDomains = List.of();
            } catch (ProviderException notConfigured) {
                return List.of();
            }
        }
        return acceptedDomains;
    }

    void checkAcceptedDomain(String property, String address, CheckFailures failures) {
        if (!ExchangeFormats.isSmtp(address)) {
            return; // the format check has already said what is wrong
        }
        List<String> accepted = acceptedDomains();
        String domain = address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        if (!accepted.isEmpty() && accepted.stream().noneMatch(domain::equalsIgnoreCase)) {
            failures.add(property, "'" + address + "' is not in one of the tenant's accepted domains ("
                    + String.join(", ", accepted) + "); use an address in one of them, or add " + domain
                    + " to Exchange's accepted domains first");
        }
    }
}
