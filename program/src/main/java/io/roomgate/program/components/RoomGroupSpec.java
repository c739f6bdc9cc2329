package io.roomgate.program.components;

import com.pulumi.resources.CustomResourceOptions;
import io.roomgate.resources.exchangeonline.MailEnabledSecurityGroup;
import io.roomgate.resources.exchangeonline.MailEnabledSecurityGroupArgs;

import java.util.List;
import java.util.Optional;

/**
 * A mail-enabled security group as roomgate declares it: the room group (members = rooms) and each concierge
 * office's group (members = concierge users). Azure AD cannot create these, so they are Exchange resources.
 *
 * @param members the members roomgate manages; empty leaves membership to the admins (it is then not declared)
 */
public record RoomGroupSpec(String name, String alias, Optional<String> primarySmtpAddress, List<String> owners, List<String> members) {

    MailEnabledSecurityGroup declare(String resourceName, CustomResourceOptions options) {
        var args = MailEnabledSecurityGroupArgs.builder().name(name).alias(alias).displayName(name);
        primarySmtpAddress.ifPresent(args::primarySmtpAddress);
        if (!owners.isEmpty()) {
            args.owners(owners);
        }
        if (!members.isEmpty()) {
            args.members(members);
        }
        return new MailEnabledSecurityGroup(resourceName, args.build(), options);
    }

    /**
     * An Exchange object name (scope, role assignment) for an app: Exchange allows 64 characters, so a long app name
     * is shortened and the suffix kept whole, since the suffix is what tells one app's objects apart.
     */
    static String exchangeName(String appName, String suffix) {
        int room = 64 - suffix.length() - 1;
        String prefix = appName.length() <= room ? appName : appName.substring(0, room).trim();
        return prefix + " " + suffix;
    }
}
