package io.roomgate.provider.framework;

/** A provider function (invoke): arguments and result are records whose components declare their properties. */
public interface FunctionHandler<A extends Record, R extends Record> {
    String token();

    String description();

    Class<A> argsType();

    Class<R> resultType();

    default void check(A args, CheckFailures failures) {}

    R invoke(A args, Operation operation);
}
