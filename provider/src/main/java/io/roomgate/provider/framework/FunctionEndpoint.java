package io.roomgate.provider.framework;

import io.roomgate.provider.codec.PropertyCodec;
import pulumirpc.Provider.InvokeRequest;
import pulumirpc.Provider.InvokeResponse;


/** The engine's view of one function: arguments checked as declared, then the handler's result. */
public final class FunctionEndpoint<A extends Record, R extends Record> {
    private final FunctionHandler<A, R> handler;
    private final RecordShape<A> args;
    private final RecordShape<R> result;

    public FunctionEndpoint(FunctionHandler<A, R> handler) {
        this.handler = handler;
        this.args = RecordShape.of(handler.argsType());
        this.result = RecordShape.of(handler.resultType());
    }

    public FunctionHandler<A, R> handler() {
        return handler;
    }

    public RecordShape<A> args() {
        return args;
    }

    public RecordShape<R> result() {
        return result;
    }

    public InvokeResponse invoke(InvokeRequest request, Operation operation) {
        Validation validation = Validation.of(args, PropertyCodec.decode(request.getArgs()));
        CheckFailures failures = validation.failures();
        validation.unknown().forEach(name -> failures.add(name, "'" + name
                + "' is not known yet; a function needs known arguments (make it depend on a value known at preview)"));
        A arguments = failures.isEmpty() ? args.toRecord(validation.known()) : null;
        if (arguments != null) {
            handler.check(arguments, failures);
        }
        if (!failures.isEmpty()) {
            return InvokeResponse.newBuilder().addAllFailures(failures.asList()).build();
        }
        R value = handler.invoke(arguments, operation);
        return InvokeResponse.newBuilder().setReturn(PropertyCodec.encode(result.toMap(value))).build();
    }
}
