package io.roomgate.provider.codec;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A value the engine does not know yet (during preview), by the type it will have. On the wire each kind is a fixed
 * sentinel string; the engine sends whichever matches the declared type of the output it is waiting for.
 */
public enum Unknown {
    BOOL("1c4a061d-8072-4f0a-a4cb-0ff528b18fe7"),
    NUMBER("3eeb2bf0-c639-47a8-9e75-3b44932eb421"),
    STRING("04da6b54-80e4-46f7-96ec-b56ff0331ba9"),
    ARRAY("6a19a0b0-7e62-4c92-b797-7f8e31da9cc2"),
    ASSET("030794c1-ac77-496b-92df-f27374a8bd58"),
    ARCHIVE("e48ece36-62e2-4504-bad9-02848725956a"),
    OBJECT("dd056dcd-154b-4c76-9bd3-c8f88648b5ff");

    private static final Map<String, Unknown> BY_SENTINEL =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(u -> u.sentinel, Function.identity()));

    private final String sentinel;

    Unknown(String sentinel) {
        this.sentinel = sentinel;
    }

    public String sentinel() {
        return sentinel;
    }

    /** The unknown a wire string stands for, or empty when it is an ordinary string. */
    public static Optional<Unknown> fromSentinel(String value) {
        return value.length() == 36 ? Optional.ofNullable(BY_SENTINEL.get(value)) : Optional.empty();
    }
}
