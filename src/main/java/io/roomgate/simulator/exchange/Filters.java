package io.roomgate.simulator.exchange;

import io.roomgate.opath.OpathSyntaxException;
import io.roomgate.opath.RecipientFilter;
import io.roomgate.simulator.tenant.Recipient;
import io.roomgate.simulator.tenant.Tenant;
import io.roomgate.simulator.tenant.TenantAccess;

import java.util.function.Predicate;

/** OPATH filter parameters (-Filter, -RecipientRestrictionFilter): parsed by io.roomgate.opath, refused as Exchange refuses them. */
final class Filters {
    private Filters() {
    }

    static RecipientFilter parse(String parameter, String filter) throws CmdletException {
        try {
            return RecipientFilter.parse(filter);
        } catch (OpathSyntaxException e) {
            throw CmdletException.parameterBinding("Cannot bind parameter '" + parameter + "' to the target. "
                    + "Exception setting \"" + parameter + "\": \"Invalid filter syntax. For a description of the "
                    + "filter parameter syntax see the command help. " + e.getMessage() + "\"");
        }
    }

    static Predicate<Recipient> matcher(Tenant tenant, String parameter, String filter) throws CmdletException {
        return new TenantAccess(tenant).matcher(parse(parameter, filter));
    }
}
