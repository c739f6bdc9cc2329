package io.roomgate.provider;

import io.grpc.Status;
import io.roomgate.exchange.ExchangeException;
import io.roomgate.provider.framework.ProviderException;

/** How a failed Exchange call reaches the engine: one gRPC code per kind, Exchange's own words, and what to do. */
final class ExchangeErrors {
    private ExchangeErrors() {}

    /** The provider failure for an Exchange failure, or null for anything else. */
    static ProviderException translate(Throwable failure) {
        if (!(failure instanceof ExchangeException e)) {
            return null;
        }
        String requestId = e.requestId() != null ? " (request id " + e.requestId() + ")" : "";
        return switch (e.kind()) {
            case NOT_FOUND, NOT_MEMBER, PERMISSION_ENTRY_NOT_FOUND -> new ProviderException(Status.Code.NOT_FOUND,
                    e.getMessage() + requestId, e);
            case ALREADY_EXISTS, ALREADY_MEMBER, PERMISSION_ENTRY_EXISTS -> new ProviderException(
                    Status.Code.ALREADY_EXISTS, e.getMessage() + requestId, e);
            case INVALID_PARAMETER -> new ProviderException(Status.Code.INVALID_ARGUMENT, e.getMessage()
                    + (e.validValues().isEmpty() ? "" : " Valid values: " + String.join(", ", e.validValues()))
                    + requestId, e);
            case UNAUTHORIZED -> new ProviderException(Status.Code.UNAUTHENTICATED, e.getMessage()
                    + " Check exchangeonline:tenantId, clientId and the secret or certificate." + requestId, e);
            case FORBIDDEN -> new ProviderException(Status.Code.PERMISSION_DENIED, e.getMessage()
                    + " The deploying app needs Exchange.ManageAsApp and the Exchange Administrator role." + requestId, e);
            case THROTTLED -> new ProviderException(Status.Code.RESOURCE_EXHAUSTED, e.getMessage()
                    + " Exchange is throttling this tenant; run again later or lower exchangeonline:maxConcurrency."
                    + requestId, e);
            case TRANSIENT -> new ProviderException(Status.Code.UNAVAILABLE, e.getMessage()
                    + " Run again; nothing was changed by the failed call." + requestId, e);
            // The write may have happened: the engine must treat the resource's state as unknown and refresh.
            case OUTCOME_UNKNOWN -> new ProviderException(Status.Code.UNKNOWN, e.getMessage()
                    + " Run `pulumi refresh`, then the same command (`pulumi up` or `pulumi destroy`) again: it looks"
                    + " the object up before writing, so nothing is duplicated." + requestId, e);
            case FAILED -> new ProviderException(Status.Code.FAILED_PRECONDITION, e.getMessage() + requestId, e);
        };
    }
}
