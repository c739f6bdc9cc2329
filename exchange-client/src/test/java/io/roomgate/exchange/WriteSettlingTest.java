package io.roomgate.exchange;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.roomgate.exchange.ExchangeException.Kind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The settling layer on its own, by the verb of the cmdlet it is given, over a scripted invoker. */
class WriteSettlingTest {
    private final List<String> sent = new ArrayList<>();
    private final Deque<Object> outcomes = new ArrayDeque<>();
    private final WriteSettling settling = new WriteSettling(cmdlet -> {
        sent.add(cmdlet.describe());
        Object outcome = outcomes.poll();
        if (outcome instanceof ExchangeException failure) {
            throw failure;
        }
        return outcome == null ? new CmdletResult(List.of(), Warnings.none()) : (CmdletResult) outcome;
    }, ExchangeClientOptions.builder(StubTenant.TENANT_ID,
                    new CredentialSource.Supplied(new StubTenant.CountingCredential(), "scripted"))
            .replicationWait(Duration.ofSeconds(5)).retryBaseDelay(Duration.ofMillis(10))
            .maxRetryDelay(Duration.ofMillis(40)).maxRetries(3).build());

    private static ExchangeException failure(Kind kind) {
        return new ExchangeException(kind, "scripted", kind.name());
    }

    private static CmdletResult object(String json) {
        return new CmdletResult(List.of(JsonParser.parseString(json).getAsJsonObject()), Warnings.none());
    }

    @Test
    void anAddWhoseOutcomeWasUnknownIsDoneWhenItsReplayFindsItAlreadyThere() {
        outcomes.addAll(List.of(failure(Kind.OUTCOME_UNKNOWN), failure(Kind.ALREADY_MEMBER)));

        CmdletResult result = settling.invoke(Cmdlet.named("Add-DistributionGroupMember").with("Identity", "Rooms")
                .with("Member", "room1@contoso.com").build());

        assertTrue(result.warnings().isEmpty());
        assertEquals(List.of("Add-DistributionGroupMember on 'Rooms'", "Add-DistributionGroupMember on 'Rooms'"), sent);
    }

    @Test
    void aFirstAttemptsAlreadyThereIsTheCallersToJudgeNotSettled() {
        outcomes.add(failure(Kind.ALREADY_MEMBER));

        ExchangeException e = assertThrows(ExchangeException.class, () -> settling.invoke(
                Cmdlet.named("Add-DistributionGroupMember").with("Identity", "Rooms").build()));

        assertEquals(Kind.ALREADY_MEMBER, e.kind());
        assertEquals(1, sent.size());
    }

    @Test
    void aSetIsNotReplayedHereBecauseTheTransportAlreadyRetriesIt() {
        outcomes.add(failure(Kind.OUTCOME_UNKNOWN));

        assertThrows(ExchangeException.class, () -> settling.invoke(Cmdlet.named("Set-ManagementScope")
                .with("Identity", "rooms").build()));

        assertEquals(1, sent.size());
    }

    @Test
    void aReadRightAfterACreateWaitsOutReplicationLagUnderEveryNameTheObjectAnswersTo() {
        outcomes.addAll(List.of(object("{\"Name\":\"Rooms\",\"Guid\":\"6f1d4ac3-0d1a-4f4b-9d3e-1b1d2f3a4b5c\"}"),
                failure(Kind.NOT_FOUND), object("{\"Name\":\"Rooms\"}")));
        JsonObject created = settling.create(Cmdlet.named("New-DistributionGroup").with("Name", "Rooms").build(),
                Optional::empty);

        CmdletResult read = settling.invoke(Cmdlet.named("Get-DistributionGroup")
                .with("Identity", "6F1D4AC3-0D1A-4F4B-9D3E-1B1D2F3A4B5C").build());

        assertEquals("Rooms", created.get("Name").getAsString());
        assertEquals(1, read.values().size());
        assertEquals(3, sent.size());
    }

    @Test
    void aNotFoundForAnObjectThisClientDidNotJustCreateIsAnsweredAtOnce() {
        outcomes.add(failure(Kind.NOT_FOUND));

        assertThrows(ExchangeException.class, () -> settling.invoke(Cmdlet.named("Get-DistributionGroup")
                .with("Identity", "Elsewhere").build()));

        assertEquals(1, sent.size());
    }
}
