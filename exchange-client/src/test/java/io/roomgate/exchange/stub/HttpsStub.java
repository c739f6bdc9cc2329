package io.roomgate.exchange.stub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A tiny HTTPS server on 127.0.0.1 (ephemeral port, self-signed certificate) that answers from a script, for
 * testing the client's wire format, error parsing and retries before and besides the tenant simulator.
 */
public final class HttpsStub implements AutoCloseable {

    /** One request as the stub saw it. */
    public record Seen(String method, URI uri, Map<String, String> headers, String body, Instant at) {
        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** What to answer; {@link #drop()} closes the connection without an answer (a lost response). */
    public record Reply(int status, Map<String, String> headers, byte[] body, Duration delay, boolean dropped) {
        public static Reply json(int status, String json) {
            return new Reply(status, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8),
                    Duration.ZERO, false);
        }

        public static Reply text(int status, String text) {
            return new Reply(status, Map.of("Content-Type", "text/plain"), text.getBytes(StandardCharsets.UTF_8),
                    Duration.ZERO, false);
        }

        public static Reply drop() {
            return new Reply(0, Map.of(), new byte[0], Duration.ZERO, true);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, more, body, delay, dropped);
        }

        public Reply after(Duration wait) {
            return new Reply(status, headers, body, wait, dropped);
        }
    }

    private final HttpsServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(32);
    private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final SSLContext clientTrust;
    private volatile Function<Seen, Reply> fallback = request -> Reply.json(200, "{\"value\":[]}");

    public HttpsStub() throws Exception {
        SSLContext serverTls = Tls.INSTANCE.serverTls;
        clientTrust = Tls.INSTANCE.clientTrust;

        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public URI endpoint() {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort());
    }

    public SSLContext clientTrust() {
        return clientTrust;
    }

    /** Answers the next requests in order; when the script is empty, the fallback answers. */
    public HttpsStub then(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    public HttpsStub otherwise(Function<Seen, Reply> answer) {
        fallback = answer;
        return this;
    }

    public List<Seen> requests() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        boolean counted = true;
        try {
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Seen request = new Seen(exchange.getRequestMethod(), exchange.getRequestURI(), headers, body, Instant.now());
            seen.add(request);
            Reply reply = script.poll();
            if (reply == null) {
                reply = fallback.apply(request);
            }
            if (!reply.delay().isZero()) {
                Thread.sleep(reply.delay().toMillis());
            }
            // Stops counting before the answer leaves: once the client has it, it may send its next call at once.
            inFlight.decrementAndGet();
            counted = false;
            if (reply.dropped()) {
                exchange.close();
                return;
            }
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            if (reply.body().length > 0) {
                exchange.getResponseBody().write(reply.body());
            }
            exchange.close();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            if (counted) {
                inFlight.decrementAndGet();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** One self-signed loopback certificate per test JVM: RSA key generation is the slow part of a stub. */
    private static final class Tls {
        static final Tls INSTANCE = create();
        final SSLContext serverTls;
        final SSLContext clientTrust;

        private Tls(SSLContext serverTls, SSLContext clientTrust) {
            this.serverTls = serverTls;
            this.clientTrust = clientTrust;
        }

        private static Tls create() {
            try {
                KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
                X500Name subject = new X500Name("CN=127.0.0.1");
                Instant now = Instant.now();
                var builder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(now.toEpochMilli()),
                        Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))), subject,
                        keys.getPublic());
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[]{
                        new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.dNSName, "localhost")}));
                X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                        builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));

                KeyStore keyStore = KeyStore.getInstance("PKCS12");
                keyStore.load(null, null);
                keyStore.setKeyEntry("stub", keys.getPrivate(), new char[0], new X509Certificate[]{certificate});
                KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keyManagers.init(keyStore, new char[0]);
                SSLContext serverTls = SSLContext.getInstance("TLS");
                serverTls.init(keyManagers.getKeyManagers(), null, null);

                KeyStore trustStore = KeyStore.getInstance("PKCS12");
                trustStore.load(null, null);
                trustStore.setCertificateEntry("stub", certificate);
                TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trustManagers.init(trustStore);
                SSLContext clientTrust = SSLContext.getInstance("TLS");
                clientTrust.init(null, trustManagers.getTrustManagers(), null);
                return new Tls(serverTls, clientTrust);
            } catch (Exception impossible) {
                throw new IllegalStateException("Could not create the stub's TLS certificate", impossible);
            }
        }
    }
}
