package io.roomgate.provider.config;

import io.roomgate.exchange.Cmdlet;
import io.roomgate.exchange.CmdletInvoker;
import io.roomgate.exchange.CmdletResult;
import io.roomgate.provider.framework.Operation;

/**
 * Every Exchange call passes the gate of the operation it serves: none starts once the operation is stopped
 * (cancelled, or out of time), and a call the stop interrupted fails as the stop, not as an Exchange failure the
 * client would act on (look the object up, send it again).
 */
final class OperationGate implements CmdletInvoker {
    private final CmdletInvoker exchange;

    OperationGate(CmdletInvoker exchange) {
        this.exchange = exchange;
    }

    @Override
    public CmdletResult invoke(Cmdlet cmdlet) {
        Operation operation = Operation.current().orElse(null);
        if (operation == null) {
            return exchange.invoke(cmdlet);
        }
        operation.beforeCall(cmdlet.describe(), !cmdlet.isRead());
        CmdletResult result;
        try {
            result = exchange.invoke(cmdlet);
        } catch (RuntimeException failure) {
            if (operation.stopped()) {
                throw new Operation.Stopped(failure);
            }
            operation.answered();
            throw failure;
        }
        operation.answered();
        return result;
    }
}
