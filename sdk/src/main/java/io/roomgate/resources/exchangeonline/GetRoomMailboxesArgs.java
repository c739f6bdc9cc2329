package io.roomgate.resources.exchangeonline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.InvokeArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/** Arguments of the function `exchangeonline:index:getRoomMailboxes`. */
public final class GetRoomMailboxesArgs extends InvokeArgs {
    public static final GetRoomMailboxesArgs Empty = new GetRoomMailboxesArgs();

    @Import(name = "building", required = false)
    private @Nullable Output<String> building;

    @Import(name = "filter", required = false)
    private @Nullable Output<String> filter;

    @Import(name = "roomList", required = false)
    private @Nullable Output<String> roomList;

    public Optional<Output<String>> building() { return Optional.ofNullable(this.building); }
    public Optional<Output<String>> filter() { return Optional.ofNullable(this.filter); }
    public Optional<Output<String>> roomList() { return Optional.ofNullable(this.roomList); }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final GetRoomMailboxesArgs $ = new GetRoomMailboxesArgs();

        public Builder building(Output<String> building) { $.building = building; return this; }
        public Builder building(String building) { return building(Output.of(building)); }
        public Builder filter(Output<String> filter) { $.filter = filter; return this; }
        public Builder filter(String filter) { return filter(Output.of(filter)); }
        public Builder roomList(Output<String> roomList) { $.roomList = roomList; return this; }
        public Builder roomList(String roomList) { return roomList(Output.of(roomList)); }

        public GetRoomMailboxesArgs build() {
            return $;
        }
    }
}
