package io.roomgate.program.components;

import com.pulumi.core.Output;
import io.roomgate.program.config.GraphPermissions;
import io.roomgate.resources.azuread.AzureAd;
import io.roomgate.resources.azuread.GetServicePrincipalArgs;
import io.roomgate.resources.azuread.outputs.GetServicePrincipalResult;

import java.util.Map;

/**
 * Microsoft Graph's service principal in the tenant: the resource every consent is granted on. Looked up once per
 * run, and only when the stack grants consent in Entra.
 *
 * @param scopeIds delegated scope name to id, as this tenant's Graph service principal publishes them
 */
public record MicrosoftGraph(Output<String> objectId, Output<Map<String, String>> scopeIds) {

    public static MicrosoftGraph lookup() {
        Output<GetServicePrincipalResult> graph = AzureAd.getServicePrincipal(GetServicePrincipalArgs.builder()
                .clientId(GraphPermissions.MICROSOFT_GRAPH_APP_ID)
                .build());
        return new MicrosoftGraph(graph.applyValue(GetServicePrincipalResult::objectId),
                graph.applyValue(GetServicePrincipalResult::oauth2PermissionScopeIds));
    }
}
