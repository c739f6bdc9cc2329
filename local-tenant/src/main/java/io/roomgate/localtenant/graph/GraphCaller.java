package io.roomgate.localtenant.graph;

import com.sun.net.httpserver.HttpExchange;
import io.roomgate.localtenant.identity.TokenService;
import io.roomgate.localtenant.tenant.Entra;
import io.roomgate.localtenant.tenant.Tenant;

import java.util.Set;

/** Who is calling Graph: the bearer token checked as Graph checks it, for every Graph handler of the simulator. */
public final class GraphCaller {
    /** Graph accepts its resource URI, with or without the trailing slash, and its app id as the audience. */
    public static final Set<String> AUDIENCES = Set.of("https://graph.microsoft.com", "https://graph.microsoft.com/",
            Entra.GRAPH_APP_ID);

    private GraphCaller() {
    }

    /**
     * The verified token of the request: signed by the tenant's token service, unexpired, for Graph, and issued for
     * this tenant.
     *
     * @throws GraphError 401 {@code InvalidAuthenticationToken} saying which of these failed
     */
    public static TokenService.AccessToken authenticate(HttpExchange exchange, TokenService tokens, Tenant tenant) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            throw GraphError.unauthenticated("Access token is empty.");
        }
        TokenService.AccessToken token;
        try {
            token = tokens.verify(header.substring(7).trim(), AUDIENCES);
        } catch (TokenService.InvalidTokenException invalid) {
            throw GraphError.unauthenticated("Access token validation failure. " + invalid.getMessage());
        }
        if (!tenant.organization().tenantId.equalsIgnoreCase(token.tenantId())) {
            throw GraphError.unauthenticated("Access token validation failure. Invalid tenant.");
        }
        return token;
    }
}
