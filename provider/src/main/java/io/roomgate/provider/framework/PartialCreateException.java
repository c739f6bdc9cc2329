package io.roomgate.provider.framework;

/**
 * The object now exists in the service but a later step of its creation failed. The engine records the id and state
 * (so nothing is orphaned) and retries the rest with an update; reported as {@code ErrorResourceInitFailed}.
 */
public final class PartialCreateException extends RuntimeException {
    private final String id;
    private final transient Record state;

    public PartialCreateException(String id, Record state, String reason, Throwable cause) {
        super(reason, cause);
        this.id = id;
        this.state = state;
    }

    public String id() {
        return id;
    }

    public Record state() {
        return state;
    }
}
