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

    /** Exchange names (scopes, role assignments) are limited to 64 characters. */
    static String exchangeName(String name) {
        return name.length() <= 64 ? name : name.substring(0, 64).trim();
    }
}
