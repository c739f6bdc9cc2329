package io.roomgate.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
    private static final TargetResult ROW = new TargetResult(Target.room("a@x.com"), ProbeResult.allowed("200"),
            ProbeResult.SKIPPED, AdminResult.SKIPPED, Status.OK, "calendar readable");

    @Test
    void barRedrawsInPlaceAtMostEveryPercentAndClearsWhenDone() {
        var bytes = new ByteArrayOutputStream();
        var progress = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        progress.start(1, 400);
        for (int i = 0; i < 400; i++) {
            progress.checked(ROW);
        }
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        progress.finish();

        assertEquals(101, drawn.split("\r", -1).length - 1, "the empty bar, then one redraw per 4 mailboxes (1%)");
        assertTrue(drawn.contains("\rchecking mailboxes [###############...............] 200/400\r"), drawn);
        assertTrue(drawn.endsWith("\rchecking mailboxes [##############################] 400/400"), drawn);
    }

    @Test
    void laterRoundsAndWaitsAreNamed() {
        var bytes = new ByteArrayOutputStream();
        var progress = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        progress.waiting(60, 3);
        progress.start(2, 3);

        assertEquals("3 mailbox(es) pending in Exchange; checking again in 60 s" + System.lineSeparator()
                + "\rRound 2: checking mailboxes [..............................] 0/3", bytes.toString(StandardCharsets.UTF_8));
    }
}
