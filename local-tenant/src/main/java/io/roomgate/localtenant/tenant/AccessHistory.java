package io.roomgate.localtenant.tenant;

import io.roomgate.localtenant.access.AccessFacts;
import io.roomgate.localtenant.access.AccessPolicy;
import io.roomgate.localtenant.access.EntraGrant;
import io.roomgate.localtenant.access.ManagementScope;
import io.roomgate.localtenant.access.Membership;
import io.roomgate.localtenant.access.RoleAssignment;
import io.roomgate.localtenant.access.Validity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When each access fact (membership, policy, Entra grant, scope, role assignment) started and, once gone, ended.
 * Exchange and Graph see changes late (policies up to an hour, the RBAC cache up to two); to answer as they do,
 * the access rules need that history, which the tenant's plain state does not keep. Kept in memory only: after a
 * restart every fact counts from its object's creation.
 */
final class AccessHistory {
    private final Map<String, Instant> since = new HashMap<>();
    private final List<Object> ended = new ArrayList<>();
    private Map<String, Object> current = new HashMap<>();

    /** Takes the facts as they stand after a write: new ones start now, vanished ones end now. */
    synchronized void observe(AccessFacts facts, Instant now) {
        Map<String, Object> next = index(facts);
        for (Map.Entry<String, Object> fact : next.entrySet()) {
            since.putIfAbsent(fact.getKey(), current.isEmpty() && since.isEmpty() ? validity(fact.getValue()).since() : now);
        }
        Set<String> gone = new HashSet<>(current.keySet());
        gone.removeAll(next.keySet());
        for (String key : gone) {
            Instant start = since.remove(key);
            ended.add(withValidity(current.get(key), new Validity(start == null ? now : start, now)));
        }
        current = next;
    }

    /** The facts now in force, dated by when they started, plus every fact that has ended. */
    synchronized AccessFacts dated(AccessFacts facts) {
        List<Membership> memberships = new ArrayList<>();
        List<AccessPolicy> policies = new ArrayList<>();
        List<EntraGrant> grants = new ArrayList<>();
        List<ManagementScope> scopes = new ArrayList<>();
        List<RoleAssignment> assignments = new ArrayList<>();
        List<Object> all = new ArrayList<>();
        for (Map.Entry<String, Object> fact : index(facts).entrySet()) {
            Instant start = since.get(fact.getKey());
            all.add(start == null ? fact.getValue() : withValidity(fact.getValue(), Validity.since(start)));
        }
        all.addAll(ended);
        for (Object fact : all) {
            if (fact instanceof Membership m) {
                memberships.add(m);
            } else if (fact instanceof AccessPolicy p) {
                policies.add(p);
            } else if (fact instanceof EntraGrant g) {
                grants.add(g);
            } else if (fact instanceof ManagementScope s) {
                scopes.add(s);
            } else if (fact instanceof RoleAssignment r) {
                assignments.add(r);
            }
        }
        return new AccessFacts(facts.groups(), memberships, policies, grants, scopes, assignments);
    }

    private static Map<String, Object> index(AccessFacts facts) {
        Map<String, Object> byKey = new HashMap<>();
        facts.memberships().forEach(m -> byKey.put("m|" + m.memberId() + "|" + m.groupId(), m));
        facts.accessPolicies().forEach(p -> byKey.put("p|" + p.identity() + "|" + p.appId() + "|" + p.scopeId() + "|"
                + p.accessRight(), p));
        facts.entraGrants().forEach(g -> byKey.put("g|" + g.appId() + "|" + g.permission(), g));
        facts.scopes().forEach(s -> byKey.put("s|" + s.name() + "|" + s.filter(), s));
        facts.roleAssignments().forEach(r -> byKey.put("r|" + r.name() + "|" + r.role() + "|" + r.appId() + "|"
                + r.scopeName(), r));
        return byKey;
    }

    private static Validity validity(Object fact) {
        if (fact instanceof Membership m) {
            return m.validity();
        } else if (fact instanceof AccessPolicy p) {
            return p.validity();
        } else if (fact instanceof EntraGrant g) {
            return g.validity();
        } else if (fact instanceof ManagementScope s) {
            return s.validity();
        }
        return ((RoleAssignment) fact).validity();
    }

    private static Object withValidity(Object fact, Validity validity) {
        if (fact instanceof Membership m) {
            return new Membership(m.memberId(), m.groupId(), validity);
        } else if (fact instanceof AccessPolicy p) {
            return new AccessPolicy(p.identity(), p.appId(), p.scopeId(), p.accessRight(), validity);
        } else if (fact instanceof EntraGrant g) {
            return new EntraGrant(g.appId(), g.permission(), validity);
        } else if (fact instanceof ManagementScope s) {
            return new ManagementScope(s.name(), s.filter(), validity);
        }
        RoleAssignment r = (RoleAssignment) fact;
        return new RoleAssignment(r.name(), r.role(), r.appId(), r.scopeName(), validity);
    }
}
