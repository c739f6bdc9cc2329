package io.roomgate.exchange;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a cmdlet's verb tells every layer (the transport's retries, the settling layer, the provider's gate). */
class CmdletTest {
    @Test
    void onlyGetAndTestAreReadsAndSetAndUpdateAreAlsoSafeToReplay() {
        List<String> reads = List.of("Get-Mailbox", "Test-ApplicationAccessPolicy");
        List<String> sameStateWrites = List.of("Set-CalendarProcessing", "Update-DistributionGroupMember");
        List<String> otherWrites = List.of("New-ManagementScope", "Add-MailboxPermission", "Remove-DistributionGroup");
        reads.forEach(name -> assertEquals(List.of(true, true), verbs(name), name));
        sameStateWrites.forEach(name -> assertEquals(List.of(false, true), verbs(name), name));
        otherWrites.forEach(name -> assertEquals(List.of(false, false), verbs(name), name));
    }

    @Test
    void aCallIsDescribedByItsIdentityElseByTheNameItCreates() {
        assertEquals("Set-ManagementScope on 'rooms'",
                Cmdlet.named("Set-ManagementScope").with("Identity", "rooms").with("Name", "other").build().describe());
        assertEquals("New-DistributionGroup on 'Rooms'",
                Cmdlet.named("New-DistributionGroup").with("Name", "Rooms").build().describe());
        assertEquals("Get-ApplicationAccessPolicy", Cmdlet.named("Get-ApplicationAccessPolicy").build().describe());
    }

    private static List<Boolean> verbs(String name) {
        Cmdlet cmdlet = Cmdlet.named(name).build();
        return List.of(cmdlet.isRead(), cmdlet.isSafeToReplay());
    }
}
