package io.roomgate.provider.framework;

import pulumirpc.Provider.CheckFailure;

import java.util.ArrayList;
import java.util.List;

/** Problems with the inputs, each naming the property path and the fix; the engine shows them at preview. */
public final class CheckFailures {
    private final List<CheckFailure> failures = new ArrayList<>();

    public void add(String property, String reason) {
        failures.add(CheckFailure.newBuilder().setProperty(property).setReason(reason).build());
    }

    public boolean isEmpty() {
        return failures.isEmpty();
    }

    public List<CheckFailure> asList() {
        return List.copyOf(failures);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        failures.forEach(f -> text.append(text.length() == 0 ? "" : "; ").append(f.getProperty()).append(": ").append(f.getReason()));
        return text.toString();
    }
}
