package io.roomgate.resources.exchangeonline.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Result of the function `exchangeonline:index:getRoomMailboxes`. */
@CustomType
public final class GetRoomMailboxesResult {
    private List<Room> rooms;

    private GetRoomMailboxesResult() {}

    public List<Room> rooms() { return this.rooms; }

    public static Builder builder() { return new Builder(); }

    @CustomType.Builder
    public static final class Builder {
        private final GetRoomMailboxesResult $ = new GetRoomMailboxesResult();

        @CustomType.Setter("rooms")
        public Builder rooms(@Nullable List<Room> rooms) { $.rooms = rooms; return this; }

        public GetRoomMailboxesResult build() { return $; }
    }
}
