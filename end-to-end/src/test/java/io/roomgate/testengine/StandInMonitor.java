package io.roomgate.testengine;

import com.pulumi.Log;
import com.pulumi.resources.Resource;
import com.pulumi.test.internal.MockMonitor;
import com.pulumi.test.Mocks;
import pulumirpc.Resource.ReadResourceRequest;
import pulumirpc.Resource.ReadResourceResponse;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;
import pulumirpc.Resource.ResourceInvokeRequest;
import pulumirpc.Resource.ResourceInvokeResponse;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The resource monitor the SDK talks to during a stand-in run. It sees the SDK's real registration requests (wire
 * values with secrets wrapped and unknowns kept, dependencies, parent, provider reference) and hands custom
 * resources to {@link StandInEngine}, which answers as the engine would; the stack itself and components are kept
 * by the SDK's own mock monitor.
 */
final class StandInMonitor extends MockMonitor {
    private static final String STACK_TYPE = "pulumi:pulumi:Stack";

    private final StandInEngine engine;
    private final boolean preview;

    StandInMonitor(StandInEngine engine, boolean preview) {
        super(new NoMocks(), Log.ignore());
        this.engine = engine;
        this.preview = preview;
    }

    @Override
    public CompletableFuture<RegisterResourceResponse> registerResourceAsync(Resource resource,
                                                                             RegisterResourceRequest request) {
        if (STACK_TYPE.equals(request.getType()) || !request.getCustom()) {
            // The stack and components carry no provider state; the SDK's mock monitor answers with their URN.
            return super.registerResourceAsync(resource, request);
        }
        String urn = engine.urnOf(request.getParent(), request.getType(), request.getName());
        return CompletableFuture.supplyAsync(() -> engine.register(urn, request, preview), engine.executor());
    }

    @Override
    public CompletableFuture<ResourceInvokeResponse> invokeAsync(ResourceInvokeRequest request) {
        return CompletableFuture.supplyAsync(() -> engine.invoke(request), engine.executor());
    }

    @Override
    public CompletableFuture<ReadResourceResponse> readResourceAsync(Resource resource, ReadResourceRequest request) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException(
                "the stand-in engine does not read external resources (" + request.getType() + " "
                        + request.getName() + ")"));
    }

    /** The base class wants mocks; nothing reaches them but the stack and components, which need no answer. */
    private static final class NoMocks implements Mocks {
        @Override
        public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
            return CompletableFuture.completedFuture(ResourceResult.of(java.util.Optional.of(args.name), Map.of()));
        }
    }
}
