package io.roomgate.simulator.exchange;

import io.roomgate.simulator.tenant.Recipient;
import io.roomgate.simulator.tenant.Tenant;

import java.util.function.Predicate;

/** Until the OPATH evaluator is on main, filters are refused with a message that says so. */
final class UnavailableAccessRules implements AccessRules {
    @Override
    public Predicate<Recipient> compileFilter(Tenant tenant, String filter) throws CmdletException {
        throw CmdletException.task("Microsoft.Exchange.Management.Tasks.FilterNotSupportedException",
                "The tenant simulator cannot evaluate OPATH filters yet: \"" + filter + "\".");
    }
}
