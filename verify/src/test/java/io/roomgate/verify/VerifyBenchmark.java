package io.roomgate.verify;

import com.google.gson.JsonParser;
import java.util.Locale;

/**
 * Benchmark, not a test: verify over a simulated tenant of N rooms (RBAC scope over every room, read and write
 * probes, admin tests), printing wall time and throughput for each concurrency.
 *
 * <pre>mvn -o -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.roomgate.verify.VerifyBenchmark -Dexec.args="1000 1,8,16"</pre>
 */
public final class VerifyBenchmark {
    private VerifyBenchmark() {
    }

    public static void main(String[] args) {
        int rooms = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        String[] concurrencies = (args.length > 1 ? args[1] : "1,8,16").split(",");
        try (var tenant = new SimulatedTenant(rooms)) { // the simulator sets sun.net.httpserver.nodelay itself
            tenant.rbacScope("RecipientTypeDetails -eq 'RoomMailbox'");
            String outputs = tenant.outputs("rbac", tenant.allRooms(), true);
            tenant.verify(outputs, "--json", "--concurrency", "8");
            System.out.printf(Locale.ROOT, "%-12s %-8s %-10s %-12s %-10s %s%n", "rooms", "threads", "wall s",
                    "mailboxes/s", "verdict", "heap MB after");
            for (String threads : concurrencies) {
                long start = System.nanoTime();
                SimulatedTenant.Run run = tenant.verify(outputs, "--json", "--concurrency", threads.trim());
                double seconds = (System.nanoTime() - start) / 1e9;
                String verdict = JsonParser.parseString(run.stdout()).getAsJsonObject().get("verdict").getAsString();
                Runtime runtime = Runtime.getRuntime();
                System.out.printf(Locale.ROOT, "%-12d %-8s %-10.2f %-12.0f %-10s %d%n", rooms, threads.trim(), seconds,
                        (rooms + 1) / seconds, verdict, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
            }
        }
    }
}
