package io.roomgate.exchange;

import com.azure.core.exception.ClientAuthenticationException;
import com.microsoft.aad.msal4j.MsalException;

import java.io.IOException;
import java.util.Optional;

/**
 * Whether a failed call failed for want of a token, for every caller that signs in through azure-identity.
 * azure-identity reports the failure as its own {@link ClientAuthenticationException} or as MSAL's exception,
 * wrapped a few levels deep; MSAL's base {@link MsalException} is the class looked for, because both of its kinds
 * mean "no token": {@code MsalServiceException} (Entra answered and refused) and {@code MsalClientException} (the
 * request could not be made, e.g. the token endpoint was unreachable). {@link #unreachable} tells the two apart.
 */
final class TokenFailures {
    private static final int DEPTH = 8;

    private TokenFailures() {}

    /** The token request's failure inside {@code failure}; empty when the call did not fail for want of a token. */
    static Optional<Throwable> in(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; depth < DEPTH && current != null; depth++) {
            if (current instanceof ClientAuthenticationException || current instanceof MsalException) {
                return Optional.of(current);
            }
            current = current.getCause();
        }
        return Optional.empty();
    }

    /** True when the token endpoint was never reached (network, DNS, TLS), as opposed to Entra refusing. */
    static boolean unreachable(Throwable tokenFailure) {
        return ExchangeRetryStrategy.unwrap(tokenFailure) instanceof IOException;
    }
}
