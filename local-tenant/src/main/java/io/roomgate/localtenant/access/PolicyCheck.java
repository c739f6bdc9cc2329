package io.roomgate.localtenant.access;

import java.util.Optional;
import javax.annotation.Nullable;

/**
 * What {@code Test-ApplicationAccessPolicy -Identity <mailbox> -AppId <app>} answers: the policy layer only
 * (it says nothing of whether the app holds a grant, nor of RBAC for Applications).
 *
 * @param decidingPolicy the identity of the policy that decided, or null when none applies
 */
public record PolicyCheck(String appId, String mailbox, AccessCheckResult accessCheckResult, String reason,
                          @Nullable String decidingPolicy) {

    public boolean granted() {
        return accessCheckResult == AccessCheckResult.Granted;
    }

    public Optional<String> policy() {
        return Optional.ofNullable(decidingPolicy);
    }
}
