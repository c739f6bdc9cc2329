package io.roomgate.exchange;

/** Runs one cmdlet against a tenant, following every page; throws {@link ExchangeException} on any failure. */
@FunctionalInterface
public interface CmdletInvoker {
    CmdletResult invoke(Cmdlet cmdlet);
}
