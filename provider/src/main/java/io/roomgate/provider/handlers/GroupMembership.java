package io.roomgate.provider.handlers;

import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.provider.framework.Operation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Members of a group or room list as a set: only the difference is added or removed, or the whole list replaced in
 * one call when that is cheaper. Shared by every handler whose resource has members.
 */
final class GroupMembership {
    private GroupMembership() {}

    /**
     * @param what the group's kind in the admin's words, e.g. "group" or "room list"
     */
    static void sync(ExchangeAdmin admin, String id, List<String> desired, String what, Operation operation) {
        Map<String, String> actual = new LinkedHashMap<>();
        admin.listDistributionGroupMembers(id).forEach(r -> actual.put(key(r.primarySmtpAddress()), r.primarySmtpAddress()));
        Map<String, String> wanted = new LinkedHashMap<>();
        desired.forEach(address -> wanted.put(key(address), address));
        List<String> toAdd = wanted.keySet().stream().filter(k -> !actual.containsKey(k)).map(wanted::get).toList();
        List<String> toRemove = actual.keySet().stream().filter(k -> !wanted.containsKey(k)).map(actual::get).toList();
        if (toAdd.isEmpty() && toRemove.isEmpty()) {
            return;
        }
        // One Update-DistributionGroupMember replaces everything; cheaper once the changes outnumber the members.
        if (toAdd.size() + toRemove.size() > Math.max(1, wanted.size())) {
            operation.info("replacing the membership of " + id + " with " + wanted.size() + " member(s) in one call ("
                    + toAdd.size() + " to add, " + toRemove.size() + " to remove)");
            Writes.relay(operation, admin.replaceDistributionGroupMembers(id, List.copyOf(wanted.values())));
            return;
        }
        for (String member : toAdd) {
            operation.checkNotStopped();
            operation.info("adding " + member + " to the " + what);
            Writes.add(operation, () -> admin.addDistributionGroupMember(id, member));
        }
        for (String member : toRemove) {
            operation.checkNotStopped();
            operation.info("removing " + member + " from the " + what);
            Writes.remove(operation, "membership of " + member, () -> admin.removeDistributionGroupMember(id, member));
        }
    }

    static boolean sameSet(List<String> a, List<String> b) {
        return b != null && a.stream().map(GroupMembership::key).sorted().toList()
                .equals(b.stream().map(GroupMembership::key).sorted().toList());
    }

    static List<String> sorted(List<String> values) {
        return values.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    private static String key(String address) {
        return address == null ? "" : address.toLowerCase(Locale.ROOT);
    }
}
