package io.roomgate.provider.handlers;

import io.grpc.Status;
import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.exchange.Mailbox;
import io.roomgate.provider.framework.FunctionHandler;
import io.roomgate.provider.framework.Operation;
import io.roomgate.provider.framework.Property;
import io.roomgate.provider.framework.ProviderException;

import java.util.function.Supplier;

/** One mailbox by identity (address, alias or GUID). */
public final class GetMailbox implements FunctionHandler<GetMailbox.Args, GetMailbox.Result> {

    public record Args(
            @Property(description = "The mailbox's address, alias or GUID.", required = true) String identity) {
    }

    public record Result(
            @Property(description = "The mailbox's GUID.", output = true) String guid,
            @Property(description = "Its primary address.", output = true) String primarySmtpAddress,
            @Property(description = "Its display name.", output = true) String displayName,
            @Property(description = "Its alias.", output = true) String alias,
            @Property(description = "e.g. RoomMailbox, UserMailbox.", output = true) String recipientTypeDetails,
            @Property(description = "Its distinguished name.", output = true) String distinguishedName,
            @Property(description = "Its Entra object id.", output = true) String externalDirectoryObjectId) {
    }

    private final Supplier<ExchangeAdmin> exchange;

    public GetMailbox(Supplier<ExchangeAdmin> exchange) {
        this.exchange = exchange;
    }

    @Override
    public String token() {
        return "exchangeonline:index:getMailbox";
    }

    @Override
    public String description() {
        return "A mailbox's identifiers and type.";
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
        Mailbox mailbox = exchange.get().findMailbox(args.identity()).orElseThrow(() -> new ProviderException(
                Status.Code.NOT_FOUND, "Exchange has no mailbox '" + args.identity() + "'; check the address"));
        return new Result(mailbox.guid(), mailbox.primarySmtpAddress(), mailbox.displayName(), mailbox.alias(),
                mailbox.recipientTypeDetails(), mailbox.distinguishedName(), mailbox.externalDirectoryObjectId());
    }
}
