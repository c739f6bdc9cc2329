package io.roomgate.program.config;

import java.util.Locale;
import java.util.function.Predicate;

/** Which tenant ({@code roomgate:tenantId}, {@code organization}) and how the app is kept to rooms there. */
final class TenantSettings {
    private TenantSettings() {}

    static String tenantId(StackValues values) {
        return required(values, "tenantId", "your tenant's id (Entra admin center > Overview > Tenant ID), e.g. roomgate:tenantId: 8d3f6f0e-1c2b-4a5d-9e8f-0a1b2c3d4e5f",
                Names::isGuid, "is not a tenant id. Write the Directory (tenant) ID GUID, e.g. 8d3f6f0e-1c2b-4a5d-9e8f-0a1b2c3d4e5f.");
    }

    static String organization(StackValues values) {
        return required(values, "organization", "the tenant's initial domain, e.g. roomgate:organization: contoso.onmicrosoft.com",
                Names::isInitialDomain, "is not an initial domain. Write the tenant's *.onmicrosoft.com domain, e.g. contoso.onmicrosoft.com (not a vanity domain such as contoso.com).")
                .toLowerCase(Locale.ROOT);
    }

    /** The text of a required key, or "" (and a problem) when it is missing or not {@code valid}. */
    private static String required(StackValues values, String name, String example, Predicate<String> valid, String invalid) {
        return values.requiredString(name, example).filter(value -> {
            if (!valid.test(value)) {
                values.problem(name, "'" + value + "' " + invalid);
                return false;
            }
            return true;
        }).orElse("");
    }

    static AccessModel accessModel(StackValues values) {
        AccessModel model = values.optionalString("accessModel").map(value -> AccessModel.fromConfig(value).orElseGet(() -> {
            values.problem("accessModel", "'" + value + "' is not an access model. Write rbac (RBAC for Applications, the default and what Microsoft recommends) "
                    + "or applicationAccessPolicy (the legacy access policy).");
            return AccessModel.RBAC;
        })).orElse(AccessModel.RBAC);
        boolean accepted = values.optionalString("acceptUnrestrictedApp").map(value -> {
            if (!value.equals("true") && !value.equals("false")) {
                values.problem("acceptUnrestrictedApp", "must be true or false, not '" + value + "'.");
            }
            return value.equals("true");
        }).orElse(false);
        if (model == AccessModel.UNRESTRICTED && !accepted) {
            values.problem("acceptUnrestrictedApp", "is not true, but this stack asks for a tenant-wide calendar grant (roomgate:accessModel: unrestricted"
                    + (values.setByProfile("accessModel") ? ", set by the profile" : "") + "). "
                    + "That lets the app read and write EVERY mailbox calendar in the tenant, executives' included, not only rooms. "
                    + "roomgate refuses this unless the stack says roomgate:acceptUnrestrictedApp: true. "
                    + "Prefer roomgate:accessModel: rbac, which limits the app to room mailboxes.");
        }
        if (accepted && model == AccessModel.RBAC) {
            values.problem("acceptUnrestrictedApp", "is true while roomgate:accessModel is rbac: an unrestricted Entra calendar grant cannot be combined with RBAC, "
                    + "because RBAC grants add to Entra grants and one tenant-wide grant undoes the room scope. "
                    + "Remove roomgate:acceptUnrestrictedApp to keep the app to rooms, or write roomgate:accessModel: unrestricted if a tenant-wide grant is really meant.");
        }
        if (accepted && model == AccessModel.APPLICATION_ACCESS_POLICY) {
            values.problem("acceptUnrestrictedApp", "is true while roomgate:accessModel is applicationAccessPolicy, which restricts the grant to the room group. "
                    + "Remove roomgate:acceptUnrestrictedApp, or write roomgate:accessModel: unrestricted if a tenant-wide grant is really meant.");
        }
        return model;
    }
}
