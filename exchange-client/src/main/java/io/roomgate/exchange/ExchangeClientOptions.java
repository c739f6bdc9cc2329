package io.roomgate.exchange;

import javax.net.ssl.SSLContext;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach one tenant's Exchange admin API. Only {@code tenantId} and {@code credential} are required; the
 * defaults suit the public cloud. {@code authorityHost} and {@code endpoint} point elsewhere for sovereign clouds or
 * the local simulator; {@code sslContext} makes both the token and the admin calls trust e.g. the simulator's
 * certificate.
 */
public record ExchangeClientOptions(
        String tenantId,
        String organization,
        CredentialSource credential,
        URI endpoint,
        URI authorityHost,
        String tokenScope,
        SSLContext sslContext,
        int maxConcurrency,
        int pageSize,
        Duration callTimeout,
        int maxRetries,
        Duration retryBaseDelay,
        Duration maxRetryDelay,
        Duration replicationWait,
        Duration callDeadline,
        String passwordEncryptionKey) {

    public static final URI PUBLIC_CLOUD_ENDPOINT = URI.create("https://outlook.office365.com");
    /** Exchange tolerates few parallel admin calls per tenant; 4 stays clear of its concurrency refusals. */
    public static final int DEFAULT_MAX_CONCURRENCY = 4;

    public ExchangeClientOptions {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(credential, "credential");
        endpoint = endpoint == null ? PUBLIC_CLOUD_ENDPOINT : endpoint;
        if (!"https".equalsIgnoreCase(endpoint.getScheme())) {
            throw new IllegalArgumentException("The Exchange admin endpoint must be https, got " + endpoint);
        }
        tokenScope = tokenScope == null ? defaultScope(endpoint) : tokenScope;
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("maxConcurrency must be at least 1, got " + maxConcurrency);
        }
        if (pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("pageSize must be 1..1000 (Exchange's maximum), got " + pageSize);
        }
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(retryBaseDelay, "retryBaseDelay");
        Objects.requireNonNull(maxRetryDelay, "maxRetryDelay");
        Objects.requireNonNull(replicationWait, "replicationWait");
        Objects.requireNonNull(callDeadline, "callDeadline");
        if (callDeadline.isNegative() || callDeadline.isZero()) {
            throw new IllegalArgumentException("callDeadline must be positive, got " + callDeadline);
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative, got " + maxRetries);
        }
        if (passwordEncryptionKey != null && !passwordEncryptionKey.isBlank()) {
            PasswordEncryption.of(passwordEncryptionKey); // refused here, at configuration, rather than at first use
        }
    }

    /**
     * Exchange's resource in each Microsoft cloud is its own host ({@code https://outlook.office365.us/.default});
     * any other endpoint (the simulator) is asked for the public cloud's scope, as a real tenant would issue.
     */
    private static String defaultScope(URI endpoint) {
        String host = endpoint.getHost() == null ? "" : endpoint.getHost().toLowerCase(java.util.Locale.ROOT);
        boolean microsoftHost = host.endsWith(".office365.com") || host.endsWith(".office365.us")
                || host.endsWith(".office365.cn") || host.endsWith(".outlook.cn");
        return (microsoftHost ? "https://" + host : PUBLIC_CLOUD_ENDPOINT.toString()) + "/.default";
    }

    /** The value after {@code @} in the org-level routing hint: the initial domain when known, else the tenant id. */
    public String routingTenant() {
        return organization != null && !organization.isBlank() ? organization : tenantId;
    }

    public static Builder builder(String tenantId, CredentialSource credential) {
        return new Builder(tenantId, credential);
    }

    public Builder toBuilder() {
        return new Builder(tenantId, credential).organization(organization).endpoint(endpoint)
                .authorityHost(authorityHost).tokenScope(tokenScope).sslContext(sslContext).maxConcurrency(maxConcurrency)
                .pageSize(pageSize).callTimeout(callTimeout).maxRetries(maxRetries).retryBaseDelay(retryBaseDelay)
                .maxRetryDelay(maxRetryDelay).replicationWait(replicationWait).callDeadline(callDeadline)
                .passwordEncryptionKey(passwordEncryptionKey);
    }

    public static final class Builder {
        private final String tenantId;
        private final CredentialSource credential;
        private String organization;
        private URI endpoint = PUBLIC_CLOUD_ENDPOINT;
        private URI authorityHost;
        private String tokenScope;
        private SSLContext sslContext;
        private int maxConcurrency = DEFAULT_MAX_CONCURRENCY;
        private int pageSize = 1000;
        private Duration callTimeout = Duration.ofSeconds(100);
        private int maxRetries = 6;
        private Duration retryBaseDelay = Duration.ofSeconds(1);
        private Duration maxRetryDelay = Duration.ofSeconds(60);
        private Duration replicationWait = Duration.ofMinutes(5);
        private Duration callDeadline = Duration.ofMinutes(5);
        private String passwordEncryptionKey;

        private Builder(String tenantId, CredentialSource credential) {
            this.tenantId = tenantId;
            this.credential = credential;
        }

        /** The initial {@code *.onmicrosoft.com} domain (routing hint); the tenant id is used when absent. */
        public Builder organization(String value) {
            organization = value;
            return this;
        }

        /** Admin API base URL, e.g. {@code https://outlook.office365.us}; default the public cloud. */
        public Builder endpoint(URI value) {
            endpoint = value;
            return this;
        }

        /** Entra authority, e.g. {@code https://login.microsoftonline.us}; default azure-identity's. */
        public Builder authorityHost(URI value) {
            authorityHost = value;
            return this;
        }

        /** OAuth scope of the admin API token; default {@code <endpoint>/.default} for Microsoft clouds. */
        public Builder tokenScope(String value) {
            tokenScope = value;
            return this;
        }

        /** TLS trust for both the token endpoint and the admin API (e.g. the simulator's certificate). */
        public Builder sslContext(SSLContext value) {
            sslContext = value;
            return this;
        }

        /** Most calls in flight for this tenant; the adaptive limit stays at or below it. */
        public Builder maxConcurrency(int value) {
            maxConcurrency = value;
            return this;
        }

        /** {@code Prefer: odata.maxpagesize}; 1..1000. */
        public Builder pageSize(int value) {
            pageSize = value;
            return this;
        }

        /** Timeout of one HTTP attempt (connect + response). */
        public Builder callTimeout(Duration value) {
            callTimeout = value;
            return this;
        }

        /** Retries after the first attempt, for throttling and transient failures. */
        public Builder maxRetries(int value) {
            maxRetries = value;
            return this;
        }

        /** First backoff delay (doubled each retry, with jitter) when Exchange gives no {@code Retry-After}. */
        public Builder retryBaseDelay(Duration value) {
            retryBaseDelay = value;
            return this;
        }

        public Builder maxRetryDelay(Duration value) {
            maxRetryDelay = value;
            return this;
        }

        /**
         * How long a write that names a just-created object keeps retrying its "not found" (Exchange replicates
         * new objects between domain controllers; reads of them may miss for minutes).
         */
        public Builder replicationWait(Duration value) {
            replicationWait = value;
            return this;
        }

        /**
         * Most time one cmdlet call may take, its retries and waits included (default 5 minutes: room for the whole
         * default back-off, 1 + 2 + … + 32 s, and a few Retry-After waits of the length Exchange usually asks for).
         * A {@code Retry-After} that would end past it is not waited out: the call fails as throttled at once, so a
         * deployment step is never held for as long as Exchange may ask.
         */
        public Builder callDeadline(Duration value) {
            callDeadline = value;
            return this;
        }

        /**
         * Exchange's RSA public key for SecureString parameters (a new mailbox's password), as the Exchange Online
         * PowerShell module carries it ({@code <RSAKeyValue>} XML) or PEM; only needed to create user mailboxes.
         */
        public Builder passwordEncryptionKey(String value) {
            passwordEncryptionKey = value;
            return this;
        }

        public ExchangeClientOptions build() {
            return new ExchangeClientOptions(tenantId, organization, credential, endpoint, authorityHost, tokenScope,
                    sslContext, maxConcurrency, pageSize, callTimeout, maxRetries, retryBaseDelay, maxRetryDelay,
                    replicationWait, callDeadline, passwordEncryptionKey);
        }
    }
}
