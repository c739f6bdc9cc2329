package io.roomgate.e2e;

import io.roomgate.localtenant.TenantSimulator;
import io.roomgate.localtenant.directory.DirectoryOperations;
import io.roomgate.localtenant.tenant.ChangeLog;
import io.roomgate.localtenant.tenant.Entra;
import io.roomgate.localtenant.tenant.Recipient;
import io.roomgate.localtenant.tenant.TenantState;
import io.roomgate.testengine.StandInEngine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The safety rules of DESIGN.md checked on what really happened in the tenant: rule 1 replayed write by write over
 * the simulator's change log, rule 3 on the tenant's objects, rule 5 on everything a run leaves behind.
 */
public final class SafetyRules {
    private static final Pattern POLICY_APP = Pattern.compile("\\\\([0-9a-fA-F-]{36}):");

    private SafetyRules() {
    }

    /**
     * Rule 1 after every write in {@code changes}: no app holds an Entra {@code Calendars.*} application grant
     * without a restriction in force; in RBAC mode, none at all; with an accepted unrestricted app, anything goes.
     *
     * @param accessModel the stack's {@code roomgate:accessModel}: rbac, applicationAccessPolicy or unrestricted
     * @return one line per write after which an app was unrestricted; empty when the rule held throughout
     */
    public static List<String> neverUnrestricted(List<ChangeLog.Change> changes, String accessModel) {
        if (accessModel.equals("unrestricted")) {
            return List.of();
        }
        Map<String, String> calendarGrantApp = new HashMap<>();
        Map<String, Integer> policiesByApp = new HashMap<>();
        List<String> violations = new ArrayList<>();
        for (ChangeLog.Change change : changes) {
            Map<String, Object> parameters = change.parameters();
            switch (change.operation()) {
                case DirectoryOperations.GRANT_APP_ROLE -> {
                    if (isCalendars(parameters.get("appRoleValue"))) {
                        calendarGrantApp.put((String) parameters.get("id"), appId(parameters.get("principalAppId")));
                    }
                }
                case DirectoryOperations.REVOKE_APP_ROLE -> calendarGrantApp.remove((String) parameters.get("id"));
                case DirectoryOperations.DELETE_SERVICE_PRINCIPAL -> {
                    for (Object revoked : (List<?>) parameters.get("revokedAppRoleAssignments")) {
                        calendarGrantApp.remove((String) ((Map<?, ?>) revoked).get("id"));
                    }
                }
                case "New-ApplicationAccessPolicy" -> {
                    for (String app : values(parameter(parameters, "AppId"))) {
                        policiesByApp.merge(appId(app), 1, Integer::sum);
                    }
                }
                case "Remove-ApplicationAccessPolicy" -> {
                    String identity = String.valueOf(parameter(parameters, "Identity"));
                    Matcher app = POLICY_APP.matcher(identity);
                    if (!app.find()) {
                        throw new IllegalStateException("rule 1 check: cannot tell which app the removed policy '"
                                + identity + "' restricted; teach SafetyRules this identity form");
                    }
                    policiesByApp.merge(appId(app.group(1)), -1, Integer::sum);
                }
                default -> {
                }
            }
            for (String app : new HashSet<>(calendarGrantApp.values())) {
                if (accessModel.equals("rbac")) {
                    violations.add("#" + change.sequence() + " " + change.operation() + ": app " + app + " holds a "
                            + "tenant-wide Entra Calendars grant in RBAC mode");
                } else if (policiesByApp.getOrDefault(app, 0) <= 0) {
                    violations.add("#" + change.sequence() + " " + change.operation() + ": app " + app + " holds a "
                            + "tenant-wide Entra Calendars grant and no application access policy restricts it");
                }
            }
        }
        return violations;
    }

    /** Rule 3 on the tenant as it is: no object the product makes exists twice. */
    public static List<String> noDuplicates(TenantSimulator simulator) {
        return simulator.tenant().read(() -> {
            TenantState state = simulator.tenant().state();
            List<String> duplicates = new ArrayList<>();
            duplicates.addAll(twice("application", state.applications, app -> app.displayName));
            duplicates.addAll(twice("Exchange service principal", state.exchangeServicePrincipals, sp -> sp.appId));
            duplicates.addAll(twice("application access policy", state.applicationAccessPolicies,
                    policy -> policy.appIds + " over " + policy.scopeRecipientGuid));
            duplicates.addAll(twice("management scope", state.managementScopes, scope -> scope.name));
            duplicates.addAll(twice("management role assignment", state.managementRoleAssignments,
                    assignment -> assignment.role + " for " + assignment.servicePrincipalGuid + " over "
                            + assignment.customResourceScope));
            duplicates.addAll(twice("Entra app role assignment", state.appRoleAssignments,
                    assignment -> assignment.principalId + " " + assignment.resourceId + " " + assignment.appRoleId));
            duplicates.addAll(twice("delegated permission grant", state.oauth2PermissionGrants,
                    grant -> grant.clientId + " " + grant.resourceId + " " + grant.principalId));
            duplicates.addAll(twice("group", state.recipients.stream().filter(r -> r.kind.isGroup()).toList(),
                    (Recipient group) -> group.name));
            return duplicates;
        });
    }

    private static <T> List<String> twice(String kind, Collection<T> objects, Function<T, String> key) {
        Map<String, Integer> counts = new HashMap<>();
        objects.forEach(object -> counts.merge(String.valueOf(key.apply(object)).toLowerCase(Locale.ROOT), 1,
                Integer::sum));
        return counts.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(e -> e.getValue() + " of the " + kind + " " + e.getKey()).sorted().toList();
    }

    /**
     * Rule 5: no client secret of the tenant (the deployer's, every app's) and no secret output of the runs (a service
     * account's password) appears in the engine log, the plugins' output, the change log, a run's errors, the
     * checkpoint outside a secret wrapper, or a non-secret output.
     */
    public static List<String> secretsStaySecret(TenantSimulator simulator, StandInEngine engine,
                                                 List<StandInEngine.RunResult> runs) {
        Set<String> secrets = simulator.tenant().read(() -> {
            Set<String> texts = new HashSet<>();
            for (Entra.Application app : simulator.tenant().state().applications) {
                app.passwordCredentials.stream().map(p -> p.secretText).filter(t -> t != null && t.length() >= 8)
                        .forEach(texts::add);
            }
            return texts;
        });
        // What the stack itself handed out as a secret (a service account's password) must stay one too.
        runs.forEach(run -> run.secretOutputs().stream().map(run.outputs()::get)
                .filter(value -> value instanceof String text && text.length() >= 8)
                .forEach(value -> secrets.add((String) value)));
        List<String> leaks = new ArrayList<>();
        engine.engineLog().forEach(message -> {
            if (containsAny(message.text(), secrets)) {
                leaks.add("engine log: a " + message.severity() + " message of " + message.urn());
            }
        });
        engine.pluginDiagnostics().forEach(line -> {
            if (containsAny(line, secrets)) {
                leaks.add("provider output: " + line.substring(0, Math.min(40, line.length())) + "…");
            }
        });
        if (containsAny(simulator.changeLog().changes().toString(), secrets)) {
            leaks.add("the tenant's change log");
        }
        engine.plainSecretsInCheckpoint(secrets).forEach(place -> leaks.add("checkpoint, not as a secret: " + place));
        for (StandInEngine.RunResult run : runs) {
            run.errors().stream().filter(error -> containsAny(error, secrets))
                    .forEach(error -> leaks.add("a run's error message"));
            run.outputs().forEach((name, value) -> {
                if (!run.secretOutputs().contains(name) && containsAny(String.valueOf(value), secrets)) {
                    leaks.add("stack output " + name + " is not a secret");
                }
            });
        }
        return leaks;
    }

    /** How many of each kind of object a tenant holds before roomgate touches it. */
    public record Baseline(int applications, int servicePrincipals, int appRoleAssignments, int permissionGrants,
                           long groups, int exchangeServicePrincipals, int policies, int scopes,
                           int roleAssignments) {}

    public static Baseline baseline(TenantSimulator simulator) {
        return simulator.tenant().read(() -> {
            TenantState state = simulator.tenant().state();
            return new Baseline(state.applications.size(), state.servicePrincipals.size(),
                    state.appRoleAssignments.size(), state.oauth2PermissionGrants.size(),
                    state.recipients.stream().filter(r -> r.kind.isGroup()).count(),
                    state.exchangeServicePrincipals.size(), state.applicationAccessPolicies.size(),
                    state.managementScopes.size(), state.managementRoleAssignments.size());
        });
    }

    /** What a destroy left behind: every kind of object counted against the tenant before the stack existed. */
    public static List<String> orphansAfterDestroy(TenantSimulator simulator, Baseline before) {
        Baseline after = baseline(simulator);
        List<String> orphans = new ArrayList<>();
        compare(orphans, "app registration", before.applications(), after.applications());
        compare(orphans, "service principal", before.servicePrincipals(), after.servicePrincipals());
        compare(orphans, "Entra app role assignment", before.appRoleAssignments(), after.appRoleAssignments());
        compare(orphans, "delegated permission grant", before.permissionGrants(), after.permissionGrants());
        compare(orphans, "group", before.groups(), after.groups());
        compare(orphans, "Exchange service principal", before.exchangeServicePrincipals(),
                after.exchangeServicePrincipals());
        compare(orphans, "application access policy", before.policies(), after.policies());
        compare(orphans, "management scope", before.scopes(), after.scopes());
        compare(orphans, "management role assignment", before.roleAssignments(), after.roleAssignments());
        return orphans;
    }

    private static void compare(List<String> orphans, String kind, long before, long after) {
        if (after != before) {
            orphans.add((after - before) + " " + kind + "(s) more than before the stack");
        }
    }

    private static boolean containsAny(String text, Collection<String> secrets) {
        return text != null && secrets.stream().anyMatch(text::contains);
    }

    private static boolean isCalendars(Object appRoleValue) {
        return appRoleValue instanceof String value && value.startsWith("Calendars.");
    }

    private static Object parameter(Map<String, Object> parameters, String name) {
        return parameters.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static List<String> values(Object value) {
        if (value instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    private static String appId(Object value) {
        return String.valueOf(value).toLowerCase(Locale.ROOT);
    }
}
