package io.roomgate.provider.framework;

import com.google.protobuf.Any;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.roomgate.provider.codec.PropertyCodec;
import pulumirpc.Provider.ErrorResourceInitFailed;

import java.util.Map;
import java.util.function.Function;

/**
 * Every failure becomes an explicit gRPC status, once, here. A code other than INTERNAL/UNKNOWN tells the engine
 * the resource is as it was; a partial create carries the object's id and state as {@code ErrorResourceInitFailed}.
 * Failures of the service's client are translated by the given {@code domain} mapping.
 */
public final class ErrorMapping {
    private static final System.Logger LOG = System.getLogger(ErrorMapping.class.getName());

    private final String service;
    private final Function<Throwable, ProviderException> domain;

    /**
     * @param service what the provider manages, in the admin's words (e.g. "Exchange")
     * @param domain  turns a failure of a lower layer into a provider failure, or returns null when it is not one
     */
    public ErrorMapping(String service, Function<Throwable, ProviderException> domain) {
        this.service = service;
        this.domain = domain;
    }

    public StatusRuntimeException toStatus(String rpc, String subject, Throwable failure) {
        if (failure instanceof StatusRuntimeException status) {
            return status;
        }
        if (failure instanceof PartialCreateException partial) {
            return partialCreate(subject, partial);
        }
        if (failure instanceof ProviderException known) {
            return status(known.code(), known.getMessage());
        }
        ProviderException translated = domain.apply(failure);
        if (translated != null) {
            return status(translated.code(), translated.getMessage());
        }
        if (failure instanceof IllegalArgumentException invalid) {
            return status(Status.Code.INVALID_ARGUMENT, invalid.getMessage());
        }
        LOG.log(System.Logger.Level.ERROR, rpc + " of " + subject + " failed unexpectedly", failure);
        return status(Status.Code.INTERNAL, rpc + " of " + subject + " failed unexpectedly ("
                + failure.getClass().getSimpleName() + ": " + failure.getMessage()
                + "); run `pulumi refresh` to see what " + service + " has, then retry");
    }

    private StatusRuntimeException partialCreate(String subject, PartialCreateException partial) {
        String reason = partial.getMessage();
        if (partial.getCause() != null) {
            ProviderException cause = partial.getCause() instanceof ProviderException p ? p : domain.apply(partial.getCause());
            reason = reason + ": " + (cause != null ? cause.getMessage() : partial.getCause().getMessage());
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<String, Object> state = partial.state() == null ? Map.of()
                : ((RecordShape) RecordShape.of(partial.state().getClass())).toMap(partial.state());
        ErrorResourceInitFailed detail = ErrorResourceInitFailed.newBuilder()
                .setId(partial.id())
                .setProperties(PropertyCodec.encode(state))
                .addReasons(reason)
                .build();
        com.google.rpc.Status status = com.google.rpc.Status.newBuilder()
                .setCode(Status.Code.UNKNOWN.value())
                .setMessage(subject + " was created as " + partial.id() + " but not completed: " + reason)
                .addDetails(Any.pack(detail))
                .build();
        return StatusProto.toStatusRuntimeException(status);
    }

    private static StatusRuntimeException status(Status.Code code, String message) {
        return Status.fromCode(code).withDescription(message).asRuntimeException();
    }
}
