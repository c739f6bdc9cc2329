package io.roomgate.verify;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/** A one-line progress bar on a terminal's stderr, redrawn in place; for tenants with many rooms. */
final class TerminalProgress implements Progress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile int round;

    TerminalProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void start(int round, int mailboxes) {
        this.round = round;
        this.total = mailboxes;
        done.set(0);
        draw(0);
    }

    @Override
    public void checked(TargetResult result) {
        int now = done.incrementAndGet();
        // Redrawing for every mailbox of 5,000 floods a slow terminal; every 1% is enough.
        if (now == total || now % Math.max(1, total / 100) == 0) {
            draw(now);
        }
    }

    @Override
    public void finish() {
        synchronized (out) {
            out.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            out.flush();
        }
    }

    @Override
    public void waiting(long seconds, long pending) {
        synchronized (out) {
            out.println(pending + " mailbox(es) pending in Exchange; checking again in " + seconds + " s");
            out.flush();
        }
    }

    private void draw(int checked) {
        int filled = total == 0 ? WIDTH : (int) ((long) checked * WIDTH / total);
        synchronized (out) {
            out.print("\r" + (round > 1 ? "Round " + round + ": " : "") + "checking mailboxes ["
                    + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + checked + "/" + total);
            out.flush();
        }
    }
}
