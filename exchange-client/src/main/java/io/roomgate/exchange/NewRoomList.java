package io.roomgate.exchange;

import java.util.List;

/** Input of New-DistributionGroup -RoomList; {@code displayName}, {@code primarySmtpAddress} may be null. */
public record NewRoomList(String name, String alias, String displayName, String primarySmtpAddress,
                          List<String> members) {
    public NewRoomList {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
