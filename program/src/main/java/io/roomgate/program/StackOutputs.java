package io.roomgate.program;

import com.pulumi.Context;
import com.pulumi.core.Output;
import io.roomgate.program.components.RoomCalendarAccess;
import io.roomgate.program.components.UserSignIn;
import io.roomgate.program.config.GraphPermission;
import io.roomgate.program.config.StackConfig;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a stack hands over: the values the platform's connector is configured with (the client secret always as
 * a Pulumi secret, and so is every output that carries it) and a summary of what verify must find.
 */
final class StackOutputs {
    private StackOutputs() {}

    /** @param serviceAccountPassword the password of a service account the stack created (a secret) */
    static void export(Context ctx, StackConfig stack, List<String> rooms, Optional<RoomCalendarAccess> access,
                       Optional<UserSignIn> signIn, Optional<Output<String>> serviceAccountPassword) {
        ctx.export("tenantId", Output.of(stack.tenantId()));
        ctx.export("roomAddresses", Output.of(rooms));
        ctx.export("accessModel", Output.of(accessModel(stack)));
        access.ifPresent(app -> {
            ctx.export("clientId", app.clientId());
            ctx.export("clientSecret", app.clientSecret());
        });
        serviceAccountPassword.ifPresent(password -> ctx.export("serviceAccountPassword", password.asSecret()));
        ctx.export("connectorSettings", connectorSettings(stack, rooms, access, signIn, serviceAccountPassword));
        ctx.export("verification", verification(stack, rooms, access));
    }

    private static String accessModel(StackConfig stack) {
        return stack.app().isPresent() ? stack.accessModel().configValue() : "serviceAccount";
    }

    /** The settings the vendor's connector page asks for, in its own field names. */
    static Output<Map<String, Object>> connectorSettings(StackConfig stack, List<String> rooms, Optional<RoomCalendarAccess> access,
                                                        Optional<UserSignIn> signIn, Optional<Output<String>> serviceAccountPassword) {
        if (access.isEmpty()) {
            Map<String, Object> settings = stack.serviceAccount()
                    .map(account -> map("service_account", account.address(), "rooms", rooms))
                    .orElseGet(() -> map("tenantId", stack.tenantId()));
            // The platform signs in as the account roomgate made, so the settings carry its password, as a secret.
            return serviceAccountPassword.map(password -> password.applyValue(value -> {
                var withPassword = new LinkedHashMap<>(settings);
                withPassword.put("service_account_password", value);
                return (Map<String, Object>) withPassword;
            }).asSecret()).orElse(Output.of(settings));
        }
        RoomCalendarAccess app = access.get();
        return switch (stack.profile()) {
            case PLACEOS -> {
                Output<Map<String, Object>> calendar = Output.tuple(app.clientId(), app.clientSecret()).applyValue(t -> map(
                        "tenant", stack.tenantId(), "client_id", t.t1, "client_secret", t.t2, "conference_type", stack.conferenceType()));
                Output<Map<String, Object>> auth = signIn.map(s -> Output.tuple(s.clientId(), s.clientSecret().orElse(Output.of("")))
                        .applyValue(t -> map(
                                "client_id", t.t1, "client_secret", t.t2,
                                "scope", stack.signIn().orElseThrow().delegatedScopes().stream().map(x -> x.toLowerCase(Locale.ROOT)).collect(Collectors.joining(" ")),
                                "token_url", "https://login.microsoftonline.com/" + stack.tenantId() + "/oauth2/v2.0/token",
                                "user_profile_url", "https://graph.microsoft.com/v1.0/me",
                                "redirect_uris", stack.signIn().orElseThrow().webRedirectUris()))).orElse(Output.of(Map.of()));
                yield Output.tuple(calendar, auth).applyValue(t -> t.t2.isEmpty()
                        ? map("calendar_config", t.t1)
                        : map("calendar_config", t.t1, "user_authentication", t.t2));
            }
            case ALEXA_APPLICATION -> app.clientId().applyValue(clientId -> map("tenant_id", stack.tenantId(), "client_id", clientId));
            default -> Output.tuple(app.clientId(), app.clientSecret()).applyValue(t -> map(
                    "tenantId", stack.tenantId(), "applicationId", t.t1, "clientSecret", t.t2));
        };
    }

    /** What verify must find: which rooms, which canary must be denied, and how the access is restricted. */
    static Output<Map<String, Object>> verification(StackConfig stack, List<String> rooms, Optional<RoomCalendarAccess> access) {
        var summary = map(
                "tenantId", stack.tenantId(),
                "organization", stack.organization(),
                "accessModel", accessModel(stack),
                "rooms", rooms,
                "canaryMailbox", stack.canaryMailbox().orElse(""),
                "write", stack.app().map(app -> app.permissions().stream().anyMatch(p -> p.calendarPermission() && p.name().endsWith("ReadWrite")))
                        .orElse(stack.serviceAccount().isPresent()),
                "permissions", stack.app().map(app -> app.permissions().stream().map(GraphPermission::name).toList()).orElse(List.of()),
                "restriction", access.map(RoomCalendarAccess::restriction).orElse("serviceAccount folder role " + stack.serviceAccount()
                        .map(s -> s.folderRole().name() + " for " + s.address()).orElse("")),
                "propagation", stack.app().isEmpty() ? "mailbox folder permissions: usually minutes; vendors quote up to 24 hours"
                        : switch (stack.accessModel()) {
                    case RBAC -> "RBAC for Applications: changes apply within 30 minutes to 2 hours (app permission cache)";
                    case APPLICATION_ACCESS_POLICY -> "application access policy: changes can take more than an hour to reach Microsoft Graph";
                    case UNRESTRICTED -> "no restriction: nothing to wait for";
                });
        return access.map(app -> app.clientId().applyValue(clientId -> {
            var withClient = new LinkedHashMap<>(summary);
            withClient.put("clientId", clientId);
            return (Map<String, Object>) withClient;
        })).orElse(Output.of(summary));
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
