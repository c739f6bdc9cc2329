package io.roomgate.program.config;

import com.pulumi.exceptions.RunException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The stack configuration cannot be used; thrown before any resource is declared, listing every problem at once. A
 * {@link RunException}, so the Pulumi SDK reports its message once, without a Java stack trace in front of it.
 */
public final class StackConfigException extends RunException {
    private final List<ConfigProblem> problems;

    public StackConfigException(List<ConfigProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String describe(List<ConfigProblem> problems) {
        return "The stack configuration has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "; nothing was declared. Fix the stack file (stacks/Pulumi.<stack>.yaml) and run again:\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
    }
}
