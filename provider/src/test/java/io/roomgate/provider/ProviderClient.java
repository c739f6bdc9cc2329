package io.roomgate.provider;

import com.google.protobuf.Struct;
import pulumirpc.Provider;
import pulumirpc.ResourceProviderGrpc.ResourceProviderBlockingStub;

import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The engine's side of the resource RPCs, one call per engine step, for one resource type. */
final class ProviderClient {
    private final Supplier<ResourceProviderBlockingStub> stubs;

    ProviderClient(Supplier<ResourceProviderBlockingStub> stubs) {
        this.stubs = stubs;
    }

    static String urn(String type, String name) {
        return Wire.urn(type, name);
    }

    Provider.CheckResponse check(String type, String name, Struct olds, Struct news) {
        return stubs.get().check(Provider.CheckRequest.newBuilder().setUrn(urn(type, name)).setType(type).setName(name)
                .setOlds(olds).setNews(news).build());
    }

    /** Check that must pass; returns the checked inputs. */
    Struct checked(String type, String name, Struct news) {
        Provider.CheckResponse response = check(type, name, Struct.getDefaultInstance(), news);
        assertEquals(List.of(), response.getFailuresList(), "check failures for " + type);
        return response.getInputs();
    }

    Provider.DiffResponse diff(String type, String name, String id, Struct olds, Struct news) {
        return stubs.get().diff(Provider.DiffRequest.newBuilder().setUrn(urn(type, name)).setType(type).setName(name)
                .setId(id).setOlds(olds).setNews(news).build());
    }

    Provider.CreateResponse create(String type, String name, Struct inputs, boolean preview) {
        return stubs.get().create(Provider.CreateRequest.newBuilder().setUrn(urn(type, name)).setType(type)
                .setName(name).setProperties(inputs).setPreview(preview).build());
    }

    /** Refresh: the recorded state and inputs; import: the id alone. */
    Provider.ReadResponse read(String type, String name, String id, Struct state, Struct inputs) {
        return stubs.get().read(Provider.ReadRequest.newBuilder().setUrn(urn(type, name)).setType(type).setName(name)
                .setId(id).setProperties(state).setInputs(inputs).build());
    }

    Provider.UpdateResponse update(String type, String name, String id, Struct olds, Struct news, boolean preview) {
        return stubs.get().update(Provider.UpdateRequest.newBuilder().setUrn(urn(type, name)).setType(type)
                .setName(name).setId(id).setOlds(olds).setNews(news).setPreview(preview).build());
    }

    void delete(String type, String name, String id, Struct state) {
        stubs.get().delete(Provider.DeleteRequest.newBuilder().setUrn(urn(type, name)).setType(type).setName(name)
                .setId(id).setProperties(state).build());
    }
}
