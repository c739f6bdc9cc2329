package io.roomgate.program;

import com.pulumi.Pulumi;

import java.time.Clock;

/** The program the Pulumi Java language host runs ({@code mainClass} in pom.xml). */
public final class App {
    private App() {}

    public static void main(String[] args) {
        Pulumi.run(ctx -> RoomgateStack.declare(ctx, Clock.systemUTC().instant()));
    }
}
