package io.roomgate.program.components;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import io.roomgate.program.config.FolderRole;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A platform's service account (Alexa for Business, method 1) with a calendar folder role on every room. */
public final class ServiceAccountAccess extends ComponentResource {
    public static final String TYPE = "roomgate:index:ServiceAccountAccess";

    public record Args(String address, FolderRole folderRole, List<String> rooms) {}

    private final List<CustomResource> grants = new ArrayList<>();

    public ServiceAccountAccess(String name, Args args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        for (String room : args.rooms()) {
            grants.add(RoomAccessGrants.declare(name, room, Output.of(args.address()), Optional.of(args.folderRole()), child));
        }
        registerOutputs(Map.of());
    }

    public List<CustomResource> grants() {
        return List.copyOf(grants);
    }
}
