package io.roomgate.localtenant.exchange;

import io.roomgate.localtenant.identity.TokenService;
import io.roomgate.localtenant.tenant.Recipient;
import io.roomgate.localtenant.tenant.Tenant;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/** What a cmdlet body works with: the tenant (already locked), its bound arguments and the caller. */
final class CmdletCall {
    private final String cmdletName;
    private final Tenant tenant;
    private final Arguments arguments;
    private final TokenService.AccessToken caller;
    private final Duration replicationLag;
    private boolean changed;

    CmdletCall(String cmdletName, Tenant tenant, Arguments arguments, TokenService.AccessToken caller,
               Duration replicationLag) {
        this.cmdletName = cmdletName;
        this.tenant = tenant;
        this.arguments = arguments;
        this.caller = caller;
        this.replicationLag = replicationLag;
    }

    String cmdletName() {
        return cmdletName;
    }

    Tenant tenant() {
        return tenant;
    }

    Arguments args() {
        return arguments;
    }

    TokenService.AccessToken caller() {
        return caller;
    }

    Instant now() {
        return tenant.now();
    }

    /** When an object created now becomes visible to other requests (replication lag), or null. */
    Instant visibleAfter() {
        return replicationLag.isZero() ? null : now().plus(replicationLag);
    }

    /** Marks this call as having changed the tenant, so it goes into the change log. */
    void changed() {
        changed = true;
    }

    boolean hasChanged() {
        return changed;
    }

    /** The one recipient -Identity names, or Exchange's not-found / ambiguous error. */
    Recipient identity(String identity, Predicate<Recipient> kind) throws CmdletException {
        List<Recipient> matches = tenant.resolveRecipients(identity).stream().filter(kind).toList();
        if (matches.isEmpty()) {
            throw CmdletException.notFound(identity);
        }
        if (matches.size() > 1) {
            throw CmdletException.ambiguous(identity);
        }
        return matches.get(0);
    }

    /** A recipient another parameter names (-Member, -User, -ManagedBy …). */
    Recipient reference(String identity) throws CmdletException {
        List<Recipient> matches = tenant.resolveRecipients(identity);
        if (matches.isEmpty()) {
            throw CmdletException.referenceNotFound(identity);
        }
        if (matches.size() > 1) {
            throw CmdletException.ambiguous(identity);
        }
        return matches.get(0);
    }

    static final Predicate<Recipient> ANY = r -> true;
    static final Predicate<Recipient> MAILBOX = r -> r.kind.isMailbox();
    static final Predicate<Recipient> GROUP = r -> r.kind.isGroup();
}
