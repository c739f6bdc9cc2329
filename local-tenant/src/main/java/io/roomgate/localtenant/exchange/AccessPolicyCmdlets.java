package io.roomgate.localtenant.exchange;

import io.roomgate.localtenant.access.PolicyCheck;
import io.roomgate.localtenant.tenant.ExchangeObjects.ApplicationAccessPolicy;
import io.roomgate.localtenant.tenant.Recipient;
import io.roomgate.localtenant.tenant.Tenant;
import io.roomgate.localtenant.tenant.TenantAccess;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Application access policies (the legacy restriction of an app's Entra mailbox grants). */
final class AccessPolicyCmdlets {
    private static final List<String> ACCESS_RIGHTS = List.of("RestrictAccess", "DenyAccess");

    List<Cmdlet> cmdlets() {
        return List.of(
                Cmdlet.read("Get-ApplicationAccessPolicy", this::get, Parameter.string("Identity")),
                Cmdlet.write("New-ApplicationAccessPolicy", this::create,
                        Parameter.enumeration("AccessRight",
                                "Microsoft.Exchange.Data.ApplicationAccessPolicy.AccessRight", ACCESS_RIGHTS).required(),
                        Parameter.strings("AppId").required(), Parameter.string("PolicyScopeGroupId").required(),
                        Parameter.string("Description")),
                Cmdlet.write("Set-ApplicationAccessPolicy", this::set, Parameter.string("Identity").required(),
                        Parameter.string("Description")),
                Cmdlet.write("Remove-ApplicationAccessPolicy", this::remove, Parameter.string("Identity").required()),
                Cmdlet.read("Test-ApplicationAccessPolicy", this::test, Parameter.string("Identity").required(),
                        Parameter.string("AppId").required()));
    }

    private static String identity(Tenant tenant, ApplicationAccessPolicy policy) {
        Recipient scope = tenant.recipientByGuid(policy.scopeRecipientGuid).orElse(null);
        String raw = scope == null ? ";" + policy.scopeRecipientGuid : scope.sid + ";" + scope.externalDirectoryObjectId;
        return tenant.organization().tenantId + "\\" + policy.appIds.get(0) + ":" + raw;
    }

    private static Map<String, Object> view(Tenant tenant, ApplicationAccessPolicy policy) {
        Recipient scope = tenant.recipientByGuid(policy.scopeRecipientGuid).orElse(null);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("ScopeName", scope == null ? null : scope.name);
        view.put("ScopeIdentity", scope == null ? null : scope.displayName);
        view.put("Identity", identity(tenant, policy));
        view.put("AppId", policy.appIds.get(0));
        view.put("ScopeIdentityRaw", scope == null ? null : scope.sid + ";" + scope.externalDirectoryObjectId);
        view.put("Description", policy.description);
        view.put("AccessRight", policy.accessRight);
        view.put("ShardType", "All");
        view.put("IsValid", scope != null);
        view.put("ObjectState", "Unchanged");
        view.put("Guid", policy.guid);
        view.put("WhenCreated", policy.whenCreated);
        return view;
    }

    private List<ApplicationAccessPolicy> visible(CmdletCall call) {
        Instant now = call.now();
        return call.tenant().state().applicationAccessPolicies.stream()
                .filter(p -> p.visibleAfter == null || !now.isBefore(p.visibleAfter)).toList();
    }

    private ApplicationAccessPolicy find(CmdletCall call, String identity) throws CmdletException {
        Tenant tenant = call.tenant();
        Optional<ApplicationAccessPolicy> match = visible(call).stream()
                .filter(p -> p.guid.equalsIgnoreCase(identity) || identity(tenant, p).equalsIgnoreCase(identity))
                .findFirst();
        return match.orElseThrow(() -> CmdletException.notFound(identity));
    }

    private Cmdlet.Result get(CmdletCall call) throws CmdletException {
        Tenant tenant = call.tenant();
        if (call.args().has("Identity")) {
            return Cmdlet.Result.one(view(tenant, find(call, call.args().string("Identity"))));
        }
        List<ApplicationAccessPolicy> policies = visible(call);
        if (policies.isEmpty()) {
            // A tenant without policies answers as M365DSC #2998 shows: not found, naming the organization's OU.
            throw CmdletException.notFound("OU=" + tenant.organization().initialDomain
                    + ",OU=Microsoft Exchange Hosted Organizations,DC=SIMPR01A001,DC=PROD,DC=OUTLOOK,DC=COM\\*");
        }
        return Cmdlet.Result.of(policies.stream().map(p -> view(tenant, p)).toList());
    }

    private Cmdlet.Result create(CmdletCall call) throws CmdletException {
        Tenant tenant = call.tenant();
        Arguments args = call.args();
        Recipient scope = call.reference(args.string("PolicyScopeGroupId"));
        if (!scope.kind.isSecurityPrincipal()) {
            throw CmdletException.task("Microsoft.Exchange.Management.Tasks.ApplicationAccessPolicyScopeException",
                    "The recipient \"" + scope.name + "\" (" + scope.kind.name() + ") can't be the scope of an "
                            + "application access policy. Use a mail-enabled security group, a user mailbox or a "
                            + "mail user; put room or shared mailboxes in a mail-enabled security group.");
        }
        List<Map<String, Object>> created = new ArrayList<>();
        for (String appId : args.strings("AppId")) {
            if (!appId.equals("*") && !isGuid(appId)) {
                throw CmdletException.parameterBinding("Cannot bind parameter 'AppId'. Cannot convert value \""
                        + appId + "\" to type \"System.Guid\". Error: \"Guid should contain 32 digits with 4 dashes "
                        + "(xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).\"");
            }
            for (ApplicationAccessPolicy existing : tenant.state().applicationAccessPolicies) {
                if (existing.appIds.get(0).equalsIgnoreCase(appId) && existing.scopeRecipientGuid.equals(scope.guid)) {
                    throw CmdletException.alreadyExists(identity(tenant, existing));
                }
            }
            ApplicationAccessPolicy policy = new ApplicationAccessPolicy();
            policy.guid = MailboxCmdlets.newGuid();
            policy.appIds.add(appId);
            policy.scopeRecipientGuid = scope.guid;
            policy.accessRight = args.string("AccessRight");
            policy.description = args.optionalString("Description").orElse("AppId: " + appId + "; ScopeIdentitySid: "
                    + scope.sid + "; ScopeIdentityOid: " + scope.externalDirectoryObjectId + "; AccessRight: "
                    + policy.accessRight + "; ShardType: All");
            policy.whenCreated = call.now().toString();
            policy.visibleAfter = call.visibleAfter();
            tenant.state().applicationAccessPolicies.add(policy);
            created.add(view(tenant, policy));
        }
        call.changed();
        return Cmdlet.Result.of(created);
    }

    private static boolean isGuid(String value) {
        try {
            UUID.fromString(value);
            return value.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Cmdlet.Result set(CmdletCall call) throws CmdletException {
        ApplicationAccessPolicy policy = find(call, call.args().string("Identity"));
        String description = call.args().string("Description");
        if (description == null || description.equals(policy.description)) {
            return Cmdlet.Result.warning(Listing.noChangeWarning(identity(call.tenant(), policy)));
        }
        policy.description = description;
        call.changed();
        return Cmdlet.Result.none();
    }

    private Cmdlet.Result remove(CmdletCall call) throws CmdletException {
        ApplicationAccessPolicy policy = find(call, call.args().string("Identity"));
        call.tenant().state().applicationAccessPolicies.remove(policy);
        call.changed();
        return Cmdlet.Result.none();
    }

    private Cmdlet.Result test(CmdletCall call) throws CmdletException {
        Recipient mailbox = call.identity(call.args().string("Identity"), CmdletCall.MAILBOX);
        String appId = call.args().string("AppId");
        TenantAccess access = new TenantAccess(call.tenant());
        PolicyCheck check = access.exchangeAccess().testApplicationAccessPolicy(appId, access.mailbox(mailbox),
                call.now());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("AppId", appId);
        view.put("Mailbox", mailbox.name);
        view.put("MailboxId", mailbox.externalDirectoryObjectId);
        view.put("MailboxSid", mailbox.sid);
        view.put("AccessCheckResult", check.accessCheckResult().name());
        return Cmdlet.Result.one(view);
    }
}
