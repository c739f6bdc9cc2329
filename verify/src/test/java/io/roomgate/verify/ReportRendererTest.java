package io.roomgate.verify;

import static io.roomgate.verify.ClassifierTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportRendererTest {
    private static final AdminResult IN_SCOPE = new AdminResult(ProbeResult.allowed("InScope True"),
            ProbeResult.allowed("InScope True"));

    private static Report report() {
        var classifier = new Classifier(AccessModel.RBAC);
        List<TargetResult> results = List.of(
                classifier.classify(Target.room("board@contoso.com"), ProbeResult.allowed("200"),
                        ProbeResult.allowed("created and deleted"), IN_SCOPE, false),
                classifier.classify(Target.room("atrium@contoso.com"), ProbeResult.denied("403"),
                        ProbeResult.skipped("read denied"), IN_SCOPE, false),
                classifier.classify(Target.canary("ceo@contoso.com"), ProbeResult.denied("403"),
                        ProbeResult.skipped("not a room"), new AdminResult(ProbeResult.denied("InScope False"),
                                ProbeResult.denied("InScope False")), false));
        return new Report(Instant.parse("2026-11-22T10:00:00Z"), "tenant-1", "app-1", null, AccessModel.RBAC, true,
                results, List.of(), List.of(), List.of("a warning"), List.of("lab@contoso.com"),
                Classifier.verdict(results, List.of()), 1);
    }

    @Test
    void tableShowsOneRowPerMailboxAndTheVerdict() {
        String table = ReportRenderer.TABLE.render(report());

        assertEquals("""
                MAILBOX             KIND    GRAPH READ  GRAPH WRITE  ADMIN TEST  STATUS
                board@contoso.com   room    allowed     allowed      granted     OK
                atrium@contoso.com  room    denied      -            granted     PENDING
                ceo@contoso.com     canary  denied      -            denied      OK""",
                table.lines().skip(2).limit(4).reduce((a, b) -> a + "\n" + b).orElseThrow());
        assertContains(table, "atrium@contoso.com [PENDING]: the app cannot read", "Warnings:\n  - a warning",
                "PENDING: Exchange has not applied the latest change yet");
    }

    @Test
    void jsonCarriesVerdictExitCodeAndEveryMailboxForCi() {
        JsonObject json = JsonParser.parseString(ReportRenderer.JSON.render(report())).getAsJsonObject();

        assertEquals("pending", json.get("verdict").getAsString());
        assertEquals(4, json.get("exitCode").getAsInt());
        assertEquals(AccessModel.RBAC.propagationText(), json.get("expectedWait").getAsString());
        assertEquals(1, json.getAsJsonObject("summary").get("pending").getAsInt());
        assertEquals(2, json.getAsJsonObject("summary").get("ok").getAsInt());
        assertEquals("lab@contoso.com", json.getAsJsonArray("uncoveredRooms").get(0).getAsString());
        JsonObject atrium = json.getAsJsonArray("mailboxes").get(1).getAsJsonObject();
        assertEquals("atrium@contoso.com", atrium.get("address").getAsString());
        assertEquals("pending", atrium.get("status").getAsString());
        assertEquals("denied", atrium.getAsJsonObject("graphRead").get("outcome").getAsString());
        assertEquals("allowed", atrium.getAsJsonObject("adminRead").get("outcome").getAsString());
    }

    @Test
    void markdownIsATicketReadyTable() {
        String markdown = ReportRenderer.MARKDOWN.render(report());

        assertContains(markdown, "# roomgate verify: PENDING\n",
                "| Mailbox | Kind | Graph read | Graph write | Admin test | Status |\n|---|---|---|---|---|---|\n"
                        + "| board@contoso.com | room | allowed | allowed | granted | OK |\n",
                "## Pending\n\n- Exchange applies");
    }
}
