package io.roomgate.program;

import com.pulumi.Pulumi;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The program the Pulumi Java language host runs ({@code mainClass} in pom.xml). */
public final class App {
    /**
     * The Pulumi SDK's class scanner (Reflections) logs its timings through SLF4J, which the program binds to
     * java.util.logging: only its warnings reach the console. Held here, as java.util.logging keeps loggers weakly.
     */
    private static final Logger CLASS_SCANNER = Logger.getLogger("org.reflections");

    private App() {}

    public static void main(String[] args) {
        CLASS_SCANNER.setLevel(Level.WARNING);
        Pulumi.run(ctx -> RoomgateStack.declare(ctx, Clock.systemUTC().instant()));
    }
}
