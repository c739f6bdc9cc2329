package io.roomgate.provider;

import io.roomgate.provider.config.TenantConnection;
import io.roomgate.provider.framework.FunctionEndpoint;
import io.roomgate.provider.framework.ResourceEndpoint;
import io.roomgate.provider.handlers.ApplicationAccessPolicy;
import io.roomgate.provider.handlers.CalendarGrants;
import io.roomgate.provider.handlers.CalendarProcessing;
import io.roomgate.provider.handlers.GetMailbox;
import io.roomgate.provider.handlers.GetRoomMailboxes;
import io.roomgate.provider.handlers.MailEnabledSecurityGroup;
import io.roomgate.provider.handlers.MailboxFolderPermission;
import io.roomgate.provider.handlers.MailboxPermission;
import io.roomgate.provider.handlers.ManagementRoleAssignment;
import io.roomgate.provider.handlers.ManagementScope;
import io.roomgate.provider.handlers.RoomList;
import io.roomgate.provider.handlers.RoomMailbox;
import io.roomgate.provider.handlers.ServicePrincipal;
import io.roomgate.provider.handlers.UserMailbox;

import java.util.List;
import java.util.Map;

/** Puts the provider together: every resource handler and function, bound to the tenant the config names. */
public final class ProviderAssembly {
    private ProviderAssembly() {}

    public static ExchangeOnlineProvider provider(Map<String, String> environment, EngineLog log) {
        TenantConnection tenant = TenantConnection.production(log);
        return provider(tenant, tenant.calendarGrants(), environment, log);
    }

    public static ExchangeOnlineProvider provider(TenantConnection tenant, CalendarGrants grants,
                                                  Map<String, String> environment, EngineLog log) {
        List<ResourceEndpoint<?>> resources = List.of(
                new ResourceEndpoint<>(new MailEnabledSecurityGroup(tenant)),
                new ResourceEndpoint<>(new ApplicationAccessPolicy(tenant, grants)),
                new ResourceEndpoint<>(new ServicePrincipal(tenant)),
                new ResourceEndpoint<>(new ManagementScope(tenant)),
                new ResourceEndpoint<>(new ManagementRoleAssignment(tenant)),
                new ResourceEndpoint<>(new CalendarProcessing(tenant)),
                new ResourceEndpoint<>(new MailboxPermission(tenant)),
                new ResourceEndpoint<>(new MailboxFolderPermission(tenant)),
                new ResourceEndpoint<>(new RoomMailbox(tenant)),
                new ResourceEndpoint<>(new RoomList(tenant)),
                new ResourceEndpoint<>(new UserMailbox(tenant)));
        List<FunctionEndpoint<?, ?>> functions = List.of(
                new FunctionEndpoint<>(new GetRoomMailboxes(tenant)),
                new FunctionEndpoint<>(new GetMailbox(tenant)));
        return new ExchangeOnlineProvider(resources, functions, tenant, ExchangeErrors::translate, environment, log);
    }
}
