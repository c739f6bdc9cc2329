package io.roomgate.verify;

/**
 * Verify cannot run at all (bad outputs, sign-in refused), or cannot make one of its checks; the message says what to
 * fix. Never carries a secret.
 */
public final class VerifyException extends RuntimeException {
    public VerifyException(String message) {
        super(message);
    }

    public VerifyException(String message, Throwable cause) {
        super(message, cause);
    }
}
