package io.roomgate.provider;

/** Placeholder entry point of the exchangeonline provider plugin; replaced by the provider issue. */
public final class ProviderMain {
    private ProviderMain() {}

    public static void main(String[] args) {
        System.err.println("exchangeonline provider: not built yet");
        System.exit(1);
    }
}
