package io.roomgate.localtenant.exchange;

import io.roomgate.localtenant.tenant.Tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What Exchange requires of an alias and of an address before it creates a recipient. */
final class Addresses {
    private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~\\u00A1-\\u00FF]+"
            + "(\\.[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~\\u00A1-\\u00FF]+)*");

    private Addresses() {
    }

    /** The organisation's accepted domains: its initial domain first, then any it added. */
    static List<String> acceptedDomains(Tenant tenant) {
        List<String> domains = new ArrayList<>();
        domains.add(tenant.organization().initialDomain);
        if (tenant.organization().acceptedDomains != null) {
            tenant.organization().acceptedDomains.stream()
                    .filter(d -> !d.equalsIgnoreCase(tenant.organization().initialDomain)).forEach(domains::add);
        }
        return domains;
    }

    /** Refuses an address whose domain the organisation does not accept; null (derived later) passes. */
    static void requireAcceptedDomain(Tenant tenant, String address) throws CmdletException {
        if (address == null) {
            return;
        }
        int at = address.lastIndexOf('@');
        String domain = at < 0 ? "" : address.substring(at + 1).toLowerCase(Locale.ROOT);
        if (acceptedDomains(tenant).stream().noneMatch(domain::equalsIgnoreCase)) {
            throw CmdletException.task("Microsoft.Exchange.Data.DataValidationException",
                    "You can't use the domain " + domain + " because it's not an accepted domain for your "
                            + "organization.");
        }
    }

    /** Exchange's own text for an alias it cannot hold. */
    static void requireValidAlias(String alias) throws CmdletException {
        if (alias != null && !ALIAS.matcher(alias).matches()) {
            throw CmdletException.task("Microsoft.Exchange.Data.DataValidationException",
                    "Property expression \"" + alias + "\" isn't valid. Valid values are: Strings formed with "
                            + "characters from A to Z (uppercase or lowercase), digits from 0 to 9, !, #, $, %, &, "
                            + "', *, +, -, /, =, ?, ^, _, `, {, |, } or ~. One or more periods may be embedded in an "
                            + "alias, but each period should be preceded and followed by at least one of the other "
                            + "characters. Unicode characters from U+00A1 to U+00FF are also valid in an alias, but "
                            + "they will be mapped to a best-fit US-ASCII string in the email address, which is "
                            + "generated from such an alias.");
        }
    }
}
