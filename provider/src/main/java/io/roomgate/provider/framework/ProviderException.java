package io.roomgate.provider.framework;

import io.grpc.Status;

/**
 * A failure the admin can act on, with the gRPC code the engine should see (anything but INTERNAL/UNKNOWN tells
 * the engine the resource is unchanged). The message must say what is wrong, with which input, and what to do.
 */
public class ProviderException extends RuntimeException {
    private final Status.Code code;

    public ProviderException(Status.Code code, String message) {
        super(message);
        this.code = code;
    }

    public ProviderException(Status.Code code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public Status.Code code() {
        return code;
    }

    /** The object is in a state that forbids the change until the admin does something first. */
    public static ProviderException failedPrecondition(String message) {
        return new ProviderException(Status.Code.FAILED_PRECONDITION, message);
    }

    public static ProviderException invalidInput(String message) {
        return new ProviderException(Status.Code.INVALID_ARGUMENT, message);
    }
}
