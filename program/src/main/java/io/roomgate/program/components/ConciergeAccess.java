package io.roomgate.program.components;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import io.roomgate.program.config.FolderRole;
import io.roomgate.resources.exchangeonline.MailEnabledSecurityGroup;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One concierge office (PlaceOS "Concierge Access"): a mail-enabled security group of the office's concierge
 * users and, on each of its rooms, FullAccess or a calendar folder role for that group.
 */
public final class ConciergeAccess extends ComponentResource {
    public static final String TYPE = "roomgate:index:ConciergeAccess";

    /**
     * @param folderRole   empty for FullAccess
     * @param dependencies the rooms the stack creates: a grant on a room waits for its creation
     */
    public record Args(RoomGroupSpec group, List<String> rooms, Optional<FolderRole> folderRole,
                       RoomDependencies dependencies) {}

    private final MailEnabledSecurityGroup group;
    private final List<CustomResource> grants = new ArrayList<>();

    public ConciergeAccess(String name, Args args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        this.group = args.group().declare(name + "-group", child);
        Output<String> groupAddress = group.primarySmtpAddress();
        for (String room : args.rooms()) {
            grants.add(RoomAccessGrants.declare(name, room, groupAddress, args.folderRole(),
                    args.dependencies().childOf(this, List.of(room))));
        }
        registerOutputs(Map.of("groupAddress", groupAddress));
    }

    public MailEnabledSecurityGroup group() {
        return group;
    }

    public List<CustomResource> grants() {
        return List.copyOf(grants);
    }
}
