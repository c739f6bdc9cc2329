package io.roomgate.localtenant.access;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Groups and memberships as they stood at one instant. */
final class Directory {
    private final Map<String, Group> groupsById;
    private final Map<String, List<String>> groupIdsByMember;

    Directory(AccessFacts facts, Instant asOf) {
        this.groupsById = facts.groups().stream()
                .collect(Collectors.toMap(group -> key(group.id()), Function.identity(), (first, second) -> first));
        this.groupIdsByMember = facts.memberships().stream()
                .filter(membership -> membership.validity().inForceAt(asOf))
                .collect(Collectors.groupingBy(membership -> key(membership.memberId()),
                        Collectors.mapping(Membership::groupId, Collectors.toList())));
    }

    /** The distinguished names of the groups {@code memberId} is directly in; what {@code MemberOfGroup} sees. */
    List<String> directGroupNames(String memberId) {
        return groupIdsByMember.getOrDefault(key(memberId), List.of()).stream()
                .map(this::group).flatMap(Optional::stream).map(Group::distinguishedName).toList();
    }

    /**
     * How {@code memberId} belongs to {@code scopeId}: empty if it does not; otherwise the chain of group names from
     * its direct group to the scope group (an empty chain when the scope is the member itself). Nested groups count.
     */
    Optional<List<String>> pathTo(String memberId, String scopeId) {
        if (key(memberId).equals(key(scopeId))) {
            return Optional.of(List.of());
        }
        // Breadth-first over "is a member of"; the visited map keeps cycles from looping.
        var cameFrom = new LinkedHashMap<String, String>();
        var queue = new ArrayDeque<String>();
        cameFrom.put(key(memberId), null);
        queue.add(key(memberId));
        while (!queue.isEmpty()) {
            String current = queue.poll();
            for (String groupId : groupIdsByMember.getOrDefault(current, List.of())) {
                String group = key(groupId);
                if (cameFrom.containsKey(group)) {
                    continue;
                }
                cameFrom.put(group, current);
                if (group.equals(key(scopeId))) {
                    return Optional.of(chain(cameFrom, group, key(memberId)));
                }
                queue.add(group);
            }
        }
        return Optional.empty();
    }

    String nameOf(String id) {
        return group(id).map(Group::name).orElse(id);
    }

    private List<String> chain(Map<String, String> cameFrom, String last, String start) {
        var names = new ArrayList<String>();
        for (String at = last; at != null && !at.equals(start); at = cameFrom.get(at)) {
            names.add(0, nameOf(at));
        }
        return names;
    }

    private Optional<Group> group(String id) {
        return Optional.ofNullable(groupsById.get(key(id)));
    }

    /** Directory object ids compare ignoring case, as GUIDs do. */
    private static String key(String id) {
        return id.toLowerCase(java.util.Locale.ROOT);
    }
}
