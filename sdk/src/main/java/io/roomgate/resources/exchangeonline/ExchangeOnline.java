package io.roomgate.resources.exchangeonline;

import com.pulumi.core.Output;
import com.pulumi.core.TypeShape;
import com.pulumi.deployment.Deployment;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.roomgate.resources.exchangeonline.outputs.GetMailboxResult;
import io.roomgate.resources.exchangeonline.outputs.GetRoomMailboxesResult;

import javax.annotation.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * Our own {@code exchangeonline} package (contract: the provider's committed schema, {@code provider/schema.json}): the plugin version
 * the resources ask for and the provider's functions. The engine finds the plugin through {@code Pulumi.yaml}
 * ({@code plugins.providers}), so nothing is downloaded.
 */
public final class ExchangeOnline {
    /**
     * The provider plugin's version, which the build stamps from the project's version into the plugin's resource
     * {@value #STAMPED_VERSION}; the provider reports that same file in GetPluginInfo and its schema, so the version
     * the resources ask the engine for and the version the plugin says it is cannot disagree.
     */
    public static final String VERSION = stampedVersion();
    static final String STAMPED_VERSION = "/io/roomgate/resources/exchangeonline/plugin-version.properties";
    public static final String GET_ROOM_MAILBOXES = "exchangeonline:index:getRoomMailboxes";
    public static final String GET_MAILBOX = "exchangeonline:index:getMailbox";

    private ExchangeOnline() {}

    static CustomResourceOptions withDefaults(@Nullable CustomResourceOptions options, String... secretOutputs) {
        var defaults = CustomResourceOptions.builder().version(VERSION);
        if (secretOutputs.length > 0) {
            defaults.additionalSecretOutputs(secretOutputs);
        }
        return CustomResourceOptions.merge(defaults.build(), options);
    }

    /**
     * Rooms by filter, room list or building (AND-combined), every page followed, sorted by address. Returned as a
     * future because the program declares one resource per room and so needs the list before it declares them.
     */
    public static CompletableFuture<GetRoomMailboxesResult> getRoomMailboxes(GetRoomMailboxesArgs args) {
        return Deployment.getInstance().invokeAsync(GET_ROOM_MAILBOXES, TypeShape.of(GetRoomMailboxesResult.class),
                args, invokeOptions());
    }

    /** One mailbox by identity. */
    public static Output<GetMailboxResult> getMailbox(GetMailboxArgs args) {
        return Deployment.getInstance().invoke(GET_MAILBOX, TypeShape.of(GetMailboxResult.class), args, invokeOptions());
    }

    private static String stampedVersion() {
        try (InputStream in = ExchangeOnline.class.getResourceAsStream(STAMPED_VERSION)) {
            if (in == null) {
                throw new IllegalStateException(STAMPED_VERSION + " is not on the class path: build with Maven, which"
                        + " stamps the project's version into it");
            }
            Properties stamp = new Properties();
            stamp.load(in);
            return Objects.requireNonNull(stamp.getProperty("version"), STAMPED_VERSION + " has no version");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + STAMPED_VERSION, e);
        }
    }

    private static InvokeOptions invokeOptions() {
        return new InvokeOptions(null, null, VERSION);
    }
}
