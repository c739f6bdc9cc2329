package io.roomgate.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Graph and admin answers scripted per mailbox, for tests of verify's logic without a simulator. */
class FakeTenant implements GraphProbes, AdminProbes {
    final Map<String, ProbeResult> graphRead = new HashMap<>();
    final Map<String, ProbeResult> graphWrite = new HashMap<>();
    final Map<String, AdminResult> admin = new HashMap<>();
    final Set<String> permissions = new HashSet<>();
    final List<String> organizationWide = new ArrayList<>();
    List<String> exchangeRooms;
    final List<String> writes = new ArrayList<>();
    final AtomicInteger reads = new AtomicInteger();

    FakeTenant grantedRoom(String room) {
        graphRead.put(room, ProbeResult.allowed("GET calendarView: 200"));
        graphWrite.put(room, ProbeResult.allowed("probe event created and deleted"));
        admin.put(room, new AdminResult(ProbeResult.allowed("InScope True"), ProbeResult.allowed("InScope True")));
        return this;
    }

    FakeTenant deniedCanary(String canary) {
        graphRead.put(canary, ProbeResult.denied("403 ErrorAccessDenied"));
        admin.put(canary, new AdminResult(ProbeResult.denied("InScope False"), ProbeResult.denied("InScope False")));
        return this;
    }

    @Override
    public ProbeResult readCalendar(String mailbox) {
        reads.incrementAndGet();
        return graphRead.getOrDefault(mailbox, ProbeResult.notFound("404 ErrorInvalidUser"));
    }

    @Override
    public synchronized ProbeResult writeProbeEvent(String mailbox) {
        writes.add(mailbox);
        return graphWrite.getOrDefault(mailbox, ProbeResult.failed("no script"));
    }

    @Override
    public Set<String> applicationPermissions() {
        return Set.copyOf(permissions);
    }

    @Override
    public Optional<List<String>> listRooms() {
        return Optional.ofNullable(exchangeRooms);
    }

    @Override
    public AdminResult test(String mailbox, AccessModel model, Set<String> entraPermissions) {
        return admin.getOrDefault(mailbox, AdminResult.failed("no script"));
    }

    @Override
    public List<String> organizationWideCalendarAssignments() {
        return List.copyOf(organizationWide);
    }
}
