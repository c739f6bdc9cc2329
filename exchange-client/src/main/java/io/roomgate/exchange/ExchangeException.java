package io.roomgate.exchange;

import java.util.List;
import java.util.Objects;

/**
 * Every failure of an Exchange admin call, classified so callers can act on it without parsing text.
 *
 * <p>The message is written for the admin: what failed, with which input, and what to do. It never contains a
 * token, a secret or an {@code Authorization} header.
 */
public final class ExchangeException extends RuntimeException {

    /** What kind of failure this is; decides whether a caller adopts, treats as done, retries or reports. */
    public enum Kind {
        /** The object named in the call does not exist ({@code ManagementObjectNotFoundException}, HTTP 404). */
        NOT_FOUND,
        /** An object with that name or address already exists; adopt it instead of creating a duplicate. */
        ALREADY_EXISTS,
        /** The recipient is already a member of the group; adding it again is a no-op. */
        ALREADY_MEMBER,
        /** The recipient is not a member of the group; removing it is a no-op. */
        NOT_MEMBER,
        /** The user already has a permission entry (ACE) on the mailbox or folder; use set instead of add. */
        PERMISSION_ENTRY_EXISTS,
        /** The user has no permission entry (ACE) on the mailbox or folder; removing it is a no-op. */
        PERMISSION_ENTRY_NOT_FOUND,
        /** A parameter was refused: unknown, ambiguous, or a value outside the valid set (see {@link #validValues()}). */
        INVALID_PARAMETER,
        /** The token was refused (HTTP 401): wrong tenant, wrong app, expired or revoked credential. */
        UNAUTHORIZED,
        /** The app is authenticated but lacks the Exchange grant or role for this cmdlet (HTTP 403). */
        FORBIDDEN,
        /** Exchange throttled the call (HTTP 429 or a concurrency refusal) and retries ran out. */
        THROTTLED,
        /** The service failed in a way that may pass (5xx, connection reset, timeout on a read) and retries ran out. */
        TRANSIENT,
        /**
         * A write was sent but its response was lost (connection dropped, timeout, 5xx after the request was sent):
         * it may or may not have taken effect. Look the object up before trying again.
         */
        OUTCOME_UNKNOWN,
        /** Any other refusal by Exchange (business rule, dehydrated tenant, ...); the message carries Exchange's text. */
        FAILED
    }

    private final Kind kind;
    private final String cmdlet;
    private final int httpStatus;
    private final String exchangeErrorType;
    private final List<String> validValues;
    private final String requestId;

    public ExchangeException(Kind kind, String cmdlet, int httpStatus, String exchangeErrorType,
                             List<String> validValues, String requestId, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.cmdlet = cmdlet;
        this.httpStatus = httpStatus;
        this.exchangeErrorType = exchangeErrorType;
        this.validValues = validValues == null ? List.of() : List.copyOf(validValues);
        this.requestId = requestId;
    }

    public ExchangeException(Kind kind, String cmdlet, String message) {
        this(kind, cmdlet, 0, null, List.of(), null, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The cmdlet that failed, e.g. {@code New-DistributionGroup}. */
    public String cmdlet() {
        return cmdlet;
    }

    /** HTTP status of the failed response, or 0 when no response arrived. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Exchange's exception type, e.g. {@code Microsoft.Exchange.Data.Directory.ADObjectAlreadyExistsException}. */
    public String exchangeErrorType() {
        return exchangeErrorType;
    }

    /** For {@link Kind#INVALID_PARAMETER}: the values Exchange would accept, when it listed them; else empty. */
    public List<String> validValues() {
        return validValues;
    }

    /** The request id to quote to Microsoft support ({@code client-request-id} / {@code request-id}), if known. */
    public String requestId() {
        return requestId;
    }

    public boolean is(Kind expected) {
        return kind == expected;
    }

    /** True when the thing the caller wanted gone is already gone: a delete or removal may treat this as done. */
    public boolean meansAbsent() {
        return kind == Kind.NOT_FOUND || kind == Kind.NOT_MEMBER || kind == Kind.PERMISSION_ENTRY_NOT_FOUND;
    }

    /** True when the thing the caller wanted to create is already there: adopt it or treat the add as a no-op. */
    public boolean meansPresent() {
        return kind == Kind.ALREADY_EXISTS || kind == Kind.ALREADY_MEMBER || kind == Kind.PERMISSION_ENTRY_EXISTS;
    }

    /** True when trying again later may succeed (and, for {@link Kind#OUTCOME_UNKNOWN}, after looking up first). */
    public boolean mayPass() {
        return kind == Kind.THROTTLED || kind == Kind.TRANSIENT || kind == Kind.OUTCOME_UNKNOWN;
    }
}
