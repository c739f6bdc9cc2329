package io.roomgate.program.components;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import io.roomgate.program.config.FolderRole;
import io.roomgate.program.config.StackConfig.NewServiceAccount;
import io.roomgate.resources.exchangeonline.UserMailbox;
import io.roomgate.resources.exchangeonline.UserMailboxArgs;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A platform's service account (Alexa for Business, method 1) with a calendar folder role on every room. When the
 * stack asks, the account's mailbox is created first (New-Mailbox; its password a secret, generated unless the stack
 * gives one), and every grant waits for it through its address.
 */
public final class ServiceAccountAccess extends ComponentResource {
    public static final String TYPE = "roomgate:index:ServiceAccountAccess";

    /**
     * @param create       the mailbox to create for the account; empty when it exists already
     * @param password     the password the stack gives for a created account (a secret); empty to have one generated
     * @param dependencies the rooms the stack creates: a grant on a room waits for its creation
     */
    public record Args(String address, FolderRole folderRole, List<String> rooms, Optional<NewServiceAccount> create,
                       Optional<Output<String>> password, RoomDependencies dependencies) {}

    private final List<CustomResource> grants = new ArrayList<>();
    private final @Nullable UserMailbox account;

    public ServiceAccountAccess(String name, Args args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        this.account = args.create().map(create -> {
            var mailbox = UserMailboxArgs.builder().primarySmtpAddress(args.address()).name(create.name());
            create.displayName().ifPresent(mailbox::displayName);
            args.password().ifPresent(mailbox::password);
            return new UserMailbox(name + "-mailbox", mailbox.build(), CustomResourceOptions.builder().parent(this).build());
        }).orElse(null);
        Output<String> user = account != null ? account.primarySmtpAddress() : Output.of(args.address());
        for (String room : args.rooms()) {
            grants.add(RoomAccessGrants.declare(name, room, user, Optional.of(args.folderRole()),
                    args.dependencies().childOf(this, List.of(room))));
        }
        Map<String, Output<?>> outputs = new HashMap<>();
        password().ifPresent(secret -> outputs.put("password", secret));
        registerOutputs(outputs);
    }

    public List<CustomResource> grants() {
        return List.copyOf(grants);
    }

    /** The created account's password, always a secret; empty when the account existed before the stack. */
    public Optional<Output<String>> password() {
        return Optional.ofNullable(account).map(mailbox -> mailbox.password().asSecret());
    }
}
