package io.roomgate.verify;

import io.roomgate.exchange.ApplicationAccessCheck;
import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.exchange.ExchangeException;
import io.roomgate.exchange.Mailbox;
import io.roomgate.exchange.RoomQuery;
import io.roomgate.exchange.ServicePrincipalAuthorization;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link AdminProbes} with the Exchange admin client: {@code Test-ServicePrincipalAuthorization} under RBAC for
 * Applications, {@code Test-ApplicationAccessPolicy} (plus the app's Entra permissions) under access policies.
 */
public final class ExchangeAdminProbes implements AdminProbes {
    private static final Set<String> READ = Set.of("calendars.read", "calendars.readwrite");
    private static final Set<String> WRITE = Set.of("calendars.readwrite");

    private final ExchangeAdmin admin;
    private final String appId;

    public ExchangeAdminProbes(ExchangeAdmin admin, String appId) {
        this.admin = Objects.requireNonNull(admin, "admin");
        this.appId = Objects.requireNonNull(appId, "appId");
    }

    @Override
    public AdminResult test(String mailbox, AccessModel model, Set<String> entraPermissions) {
        return switch (model) {
            case RBAC -> servicePrincipalAuthorization(mailbox);
            case APPLICATION_ACCESS_POLICY -> applicationAccessPolicy(mailbox, entraPermissions);
            case UNRESTRICTED -> new AdminResult(ProbeResult.skipped("no restriction to test"),
                    ProbeResult.skipped("no restriction to test"));
            case SERVICE_ACCOUNT -> new AdminResult(ProbeResult.skipped("no app: a service account stack is checked by its folder permissions"),
                    ProbeResult.skipped("no app: a service account stack is checked by its folder permissions"));
        };
    }

    private AdminResult servicePrincipalAuthorization(String mailbox) {
        List<ServicePrincipalAuthorization> rows;
        try {
            rows = admin.testServicePrincipalAuthorization(appId, mailbox);
        } catch (ExchangeException e) {
            if (e.is(ExchangeException.Kind.NOT_FOUND)) {
                String none = "the app has no Exchange service principal, so no role assignment reaches " + mailbox;
                return new AdminResult(ProbeResult.denied(none), ProbeResult.denied(none));
            }
            return AdminResult.failed("Test-ServicePrincipalAuthorization: " + e.getMessage());
        }
        return new AdminResult(inScope(rows, READ, mailbox), inScope(rows, WRITE, mailbox));
    }

    private static ProbeResult inScope(List<ServicePrincipalAuthorization> rows, Set<String> sufficient, String mailbox) {
        List<ServicePrincipalAuthorization> granting = rows.stream()
                .filter(row -> permissions(row).stream().anyMatch(sufficient::contains)).toList();
        Optional<ServicePrincipalAuthorization> covering = granting.stream()
                .filter(row -> Boolean.TRUE.equals(row.inScope())).findFirst();
        if (covering.isPresent()) {
            return ProbeResult.allowed(describe(covering.get()));
        }
        if (granting.isEmpty()) {
            return ProbeResult.denied("no role assignment of the app grants "
                    + (sufficient.size() > 1 ? "Calendars.Read or Calendars.ReadWrite" : "Calendars.ReadWrite"));
        }
        return ProbeResult.denied(granting.stream().map(ExchangeAdminProbes::describe)
                .collect(Collectors.joining("; ")));
    }

    private static String describe(ServicePrincipalAuthorization row) {
        return row.roleName() + " over " + row.allowedResourceScope() + ": InScope "
                + (row.inScope() == null ? "Not Run" : row.inScope() ? "True" : "False");
    }

    private AdminResult applicationAccessPolicy(String mailbox, Set<String> entraPermissions) {
        ApplicationAccessCheck check;
        try {
            check = admin.testApplicationAccessPolicy(mailbox, appId);
        } catch (ExchangeException e) {
            return AdminResult.failed("Test-ApplicationAccessPolicy: " + e.getMessage());
        }
        String policy = "AccessCheckResult " + check.accessCheckResult();
        if (!check.granted()) {
            return new AdminResult(ProbeResult.denied(policy), ProbeResult.denied(policy));
        }
        return new AdminResult(withGrant(policy, entraPermissions, READ), withGrant(policy, entraPermissions, WRITE));
    }

    /** The policy lets the app through; whether it gets anywhere depends on its Entra permission. */
    private static ProbeResult withGrant(String policy, Set<String> entraPermissions, Set<String> sufficient) {
        Optional<String> grant = entraPermissions.stream()
                .filter(permission -> sufficient.contains(permission.toLowerCase(Locale.ROOT))).sorted().findFirst();
        return grant.map(permission -> ProbeResult.allowed(policy + ", Entra " + permission))
                .orElseGet(() -> ProbeResult.denied(policy + ", but the app holds no Entra permission "
                        + (sufficient.size() > 1 ? "Calendars.Read or Calendars.ReadWrite" : "Calendars.ReadWrite")));
    }

    @Override
    public List<String> organizationWideCalendarAssignments() {
        List<ServicePrincipalAuthorization> rows;
        try {
            rows = admin.testServicePrincipalAuthorization(appId, null);
        } catch (ExchangeException e) {
            if (e.is(ExchangeException.Kind.NOT_FOUND)) {
                return List.of();
            }
            throw new VerifyException("Test-ServicePrincipalAuthorization for app " + appId + " failed: "
                    + e.getMessage(), e);
        }
        return rows.stream()
                .filter(row -> "Organization".equalsIgnoreCase(row.scopeType()))
                .filter(row -> permissions(row).stream().anyMatch(READ::contains))
                .map(row -> "The role assignment of " + row.roleName() + " (" + row.grantedPermissions() + ")")
                .toList();
    }

    @Override
    public Optional<List<String>> listRooms() {
        return roomMailboxes(admin);
    }

    /** Every room mailbox's address, or empty when Exchange would not list them. */
    static Optional<List<String>> roomMailboxes(ExchangeAdmin admin) {
        try {
            return Optional.of(admin.listRoomMailboxes(RoomQuery.all()).stream()
                    .map(Mailbox::primarySmtpAddress).filter(Objects::nonNull).toList());
        } catch (ExchangeException e) {
            return Optional.empty();
        }
    }

    private static List<String> permissions(ServicePrincipalAuthorization row) {
        if (row.grantedPermissions() == null) {
            return List.of();
        }
        return java.util.Arrays.stream(row.grantedPermissions().split("[,;\\s]+")).filter(p -> !p.isBlank())
                .map(p -> p.toLowerCase(Locale.ROOT)).toList();
    }
}
