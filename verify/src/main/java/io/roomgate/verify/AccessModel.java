package io.roomgate.verify;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * How the stack keeps the platform's app to room mailboxes, as its {@code accessModel} output says; each model has
 * its own admin-side test and its own propagation delay in Exchange.
 */
public enum AccessModel {
    /** RBAC for Applications: a role assignment over a room scope, and no Entra Calendars grant at all. */
    RBAC("rbac", "Test-ServicePrincipalAuthorization", Duration.ofHours(2),
            "30 minutes to 2 hours (Exchange's RBAC for Applications cache)"),
    /** An Entra Calendars grant restricted by an application access policy to a group of rooms. */
    APPLICATION_ACCESS_POLICY("applicationAccessPolicy", "Test-ApplicationAccessPolicy", Duration.ofHours(2),
            "about 1 hour, sometimes longer (application access policies in Microsoft Graph)"),
    /** A tenant-wide calendar grant the stack accepted on purpose; nothing limits the app to rooms. */
    UNRESTRICTED("unrestricted", "none", Duration.ZERO, "nothing to wait for"),
    /**
     * No app: a service account holds a calendar folder role on each room (Alexa for Business, method 1). Checked
     * on the admin side only, with the folder permissions themselves.
     */
    SERVICE_ACCOUNT("serviceAccount", "Get-MailboxFolderPermission", Duration.ofHours(24),
            "usually minutes, up to 24 hours by the vendors' account (mailbox folder permissions)");

    private final String outputValue;
    private final String adminTest;
    private final Duration longestPropagation;
    private final String propagationText;

    AccessModel(String outputValue, String adminTest, Duration longestPropagation, String propagationText) {
        this.outputValue = outputValue;
        this.adminTest = adminTest;
        this.longestPropagation = longestPropagation;
        this.propagationText = propagationText;
    }

    /** The value of the stack's {@code accessModel} output. */
    public String outputValue() {
        return outputValue;
    }

    /** The cmdlet that answers for this model without waiting for Exchange's caches. */
    public String adminTest() {
        return adminTest;
    }

    /** How long Exchange may take, at most in practice, to apply a change of this model to Graph calls. */
    public Duration longestPropagation() {
        return longestPropagation;
    }

    /** The same, in an admin's words. */
    public String propagationText() {
        return propagationText;
    }

    public static Optional<AccessModel> fromOutput(String value) {
        return Arrays.stream(values()).filter(model -> model.outputValue.equalsIgnoreCase(value)).findFirst();
    }
}
