package io.roomgate.exchange;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where the libraries that log through SLF4J (azure-core, azure-identity, MSAL, concurrency-limits) are heard. Our
 * programs bind SLF4J to {@code java.util.logging} (slf4j-jdk14); {@link #route} takes those libraries' loggers off
 * the console and hands each record, scrubbed by the client's {@link Redactor} (tokens, secret fields and every
 * secret a client of this JVM was given), to the program's own log:
 * <ul>
 *   <li>a warning stays a warning;</li>
 *   <li>an error is detail only: azure-core logs every exception it throws at ERROR, and our code reports that same
 *       failure once, with what to do, so printing it again would show the admin the one error several times; so is
 *       a warning of MSAL's, which it logs for a token request that failed ("Execution of class … failed") before
 *       azure-identity throws that failure on to us;</li>
 *   <li>below warning nothing is produced at all.</li>
 * </ul>
 */
public final class LibraryLogs {
    /** The SLF4J users in what we run, by logger-name prefix. */
    static final List<String> LIBRARIES = List.of("com.azure", "com.microsoft.aad.msal4j", "com.microsoft.graph",
            "com.microsoft.kiota", "com.netflix.concurrency", "reactor", "org.reflections");
    /**
     * Warns on every token request that azure-identity's own Content-Length header is one the JDK HTTP client sets
     * itself, which it then does: nothing anyone can act on.
     */
    static final String JDK_CLIENT_RESTRICTED_HEADERS = "com.azure.core.http.jdk.httpclient";
    /** Warns only of failures it also throws. */
    static final String MSAL = "com.microsoft.aad.msal4j";

    /** Where a routed record goes. */
    public interface Sink {
        /** Something the admin should see. */
        void warning(String message);

        /** Diagnostic detail, for a verbose run. */
        void detail(String message);
    }

    private static final Set<String> SECRETS = new CopyOnWriteArraySet<>();
    /** java.util.logging keeps loggers weakly; the configured ones must live as long as the program. */
    private static final List<Logger> CONFIGURED = new CopyOnWriteArrayList<>();

    private LibraryLogs() {}

    /** Sends the libraries' warnings (and, as detail, their errors) to {@code sink}, scrubbed of tokens and secrets. */
    public static synchronized void route(Sink sink) {
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = text(record);
                if (record.getLevel().intValue() >= Level.SEVERE.intValue() || record.getLoggerName().startsWith(MSAL)) {
                    sink.detail(message);
                } else if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    sink.warning(message);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        for (String library : LIBRARIES) {
            Logger logger = Logger.getLogger(library);
            for (Handler previous : logger.getHandlers()) {
                logger.removeHandler(previous);
            }
            logger.setUseParentHandlers(false);
            logger.setLevel(Level.WARNING);
            logger.addHandler(handler);
            CONFIGURED.add(logger);
        }
        Logger restrictedHeaders = Logger.getLogger(JDK_CLIENT_RESTRICTED_HEADERS);
        restrictedHeaders.setLevel(Level.SEVERE);
        CONFIGURED.add(restrictedHeaders);
    }

    /** {@link #route} to standard error, a line each, prefixed with the program's name; detail is not shown. */
    public static void toStderr(String program) {
        route(new Sink() {
            @Override
            public void warning(String message) {
                System.err.println(program + ": warning: " + message);
            }

            @Override
            public void detail(String message) {
            }
        });
    }

    /** Secrets to scrub from every routed line, besides tokens; a client registers its credential's. */
    static void redact(Collection<String> secrets) {
        secrets.stream().filter(secret -> secret != null && secret.length() >= 4).forEach(SECRETS::add);
    }

    private static String text(LogRecord record) {
        String message = new SimpleFormatter().formatMessage(record);
        Throwable thrown = record.getThrown();
        if (thrown != null) {
            message = message + " (" + thrown.getClass().getSimpleName()
                    + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage()) + ")";
        }
        return new Redactor(List.copyOf(SECRETS)).echo(message);
    }
}
