package io.roomgate.provider.framework;

/** What a create returns: the id the engine keeps (and imports by), and the object's state. */
public record Created<T extends Record>(String id, T state) {}
