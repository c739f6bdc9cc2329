package io.roomgate.resources.exchangeonline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import javax.annotation.Nullable;

/** `exchangeonline:index:ManagementRoleAssignment`: An application role (e.g. Application Calendars.ReadWrite) assigned to an app over a management scope. */
@ResourceType(type = "exchangeonline:index:ManagementRoleAssignment")
public class ManagementRoleAssignment extends CustomResource {
    public static final String TYPE = "exchangeonline:index:ManagementRoleAssignment";

    @Export(name = "app", refs = {String.class}, tree = "[0]")
    private Output<String> app;

    @Export(name = "customResourceScope", refs = {String.class}, tree = "[0]")
    private Output<String> customResourceScope;

    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;

    @Export(name = "role", refs = {String.class}, tree = "[0]")
    private Output<String> role;

    @Export(name = "roleAssigneeName", refs = {String.class}, tree = "[0]")
    private Output<String> roleAssigneeName;

    public Output<String> app() { return this.app; }
    public Output<String> customResourceScope() { return this.customResourceScope; }
    public Output<String> name() { return this.name; }
    public Output<String> role() { return this.role; }
    public Output<String> roleAssigneeName() { return this.roleAssigneeName; }

    public ManagementRoleAssignment(String name, ManagementRoleAssignmentArgs args) { this(name, args, null); }

    public ManagementRoleAssignment(String name, ManagementRoleAssignmentArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, ExchangeOnline.withDefaults(options));
    }
}
