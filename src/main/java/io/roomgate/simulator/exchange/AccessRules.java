package io.roomgate.simulator.exchange;

import io.roomgate.simulator.tenant.Recipient;
import io.roomgate.simulator.tenant.Tenant;

import java.util.function.Predicate;

/**
 * The seam to the access-rule code (OPATH recipient filters, application access policy and RBAC for
 * Applications evaluation), which lives in its own package. Everything the cmdlets need from it passes here,
 * so that changing its implementation is one change.
 */
interface AccessRules {
    /**
     * Compiles an OPATH recipient filter; a filter Exchange would refuse fails with Exchange's error.
     * The predicate is evaluated under the tenant's lock.
     */
    Predicate<Recipient> compileFilter(Tenant tenant, String filter) throws CmdletException;
}
