package io.roomgate.provider.handlers;

import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.exchange.Mailbox;
import io.roomgate.exchange.RoomQuery;
import io.roomgate.provider.framework.FunctionHandler;
import io.roomgate.provider.framework.Operation;
import io.roomgate.provider.framework.Property;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/** Rooms by filter, room list or building, every page followed, sorted by address. */
public final class GetRoomMailboxes implements FunctionHandler<GetRoomMailboxes.Args, GetRoomMailboxes.Result> {

    public record Args(
            @Property(description = "OPATH filter the rooms must match, e.g. Office -eq 'Building 1'.",
                    format = ExchangeFormats.OpathFilter.class)
            String filter,
            @Property(description = "A room list identity: only its members.")
            String roomList,
            @Property(description = "Shorthand for Office -eq '<building>'.")
            String building) {
    }

    public record Room(
            @Property(description = "The room's address.", output = true) String primarySmtpAddress,
            @Property(description = "The room's display name.", output = true) String displayName,
            @Property(description = "The room's alias.", output = true) String alias,
            @Property(description = "The room mailbox's GUID.", output = true) String guid,
            @Property(description = "The room's office (building).", output = true) String office,
            @Property(description = "Seats.", output = true) Integer resourceCapacity) {
    }

    public record Result(
            @Property(description = "The matching rooms, sorted by address.", output = true) List<Room> rooms) {
    }

    private final Supplier<ExchangeAdmin> exchange;

    public GetRoomMailboxes(Supplier<ExchangeAdmin> exchange) {
        this.exchange = exchange;
    }

    @Override
    public String token() {
        return "exchangeonline:index:getRoomMailboxes";
    }

    @Override
    public String description() {
        return "Room mailboxes matching every given criterion (all rooms when none is given).";
    }

    @Override
    public Class<Args> argsType() {
        return Args.class;
    }

    @Override
    public Class<Result> resultType() {
        return Result.class;
    }

    @Override
    public Result invoke(Args args, Operation operation) {
        List<Room> rooms = exchange.get().listRoomMailboxes(new RoomQuery(args.filter(), args.roomList(), args.building()))
                .stream()
                .sorted(Comparator.comparing(Mailbox::primarySmtpAddress, String.CASE_INSENSITIVE_ORDER))
                .map(m -> new Room(m.primarySmtpAddress(), m.displayName(), m.alias(), m.guid(), m.office(),
                        m.resourceCapacity()))
                .toList();
        return new Result(rooms);
    }
}
