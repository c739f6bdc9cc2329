package io.roomgate.exchange;

/** One row of Test-ApplicationAccessPolicy: whether the app may reach the mailbox under the access policies. */
public record ApplicationAccessCheck(
        String appId,
        String mailbox,
        String mailboxId,
        String accessCheckResult) {

    public boolean granted() {
        return "Granted".equalsIgnoreCase(accessCheckResult);
    }
}
