package io.roomgate.localtenant.exchange;

import io.roomgate.localtenant.tenant.Recipient;
import io.roomgate.localtenant.tenant.Tenant;
import io.roomgate.localtenant.tenant.TenantAccess;
import io.roomgate.opath.OpathSyntaxException;
import io.roomgate.opath.RecipientFilter;

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
