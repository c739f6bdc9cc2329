package io.roomgate.provider.framework;

import java.util.Optional;
import java.util.Set;

/**
 * One resource type of the provider, over one record type {@code T} whose components declare its properties
 * (inputs and outputs). A null component means "not declared": a handler writes only what is declared.
 * The framework owns the wire protocol, secrets, unknowns, preview, validation of declared properties, diff and
 * errors; a handler only talks to the service it manages.
 */
public interface ResourceHandler<T extends Record> {
    /** The type token, e.g. {@code exchangeonline:index:ManagementScope}. */
    String token();

    String description();

    Class<T> type();

    /**
     * Rules that join several inputs, beyond what each property declares. Inputs still unknown (preview) are null
     * in {@code inputs} and named in {@code unknown}; a rule that needs them must wait.
     */
    default void check(T inputs, Set<String> unknown, CheckFailures failures) {}

    /** Creates the object, or adopts it when it already exists exactly as declared (a lost response). */
    Created<T> create(T inputs, Operation operation);

    /**
     * The object as the service has it now, or empty when the service clearly says it does not exist (any other failure
     * is thrown: a throttled read must never look like a deletion). {@code recorded} is the last recorded state on
     * refresh, null on import, where the id alone must identify the object.
     */
    Optional<T> read(String id, T recorded, Operation operation);

    /** Brings the object to the declared inputs; {@code state} is what was last recorded. */
    T update(String id, T state, T inputs, Operation operation);

    /** Removes the object; an object that is already gone is fine. */
    void delete(String id, T state, Operation operation);
}
