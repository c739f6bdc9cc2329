package io.roomgate.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The provider's version, as the Maven build stamped it (what GetPluginInfo and GetSchema report). */
public final class PluginVersion {
    private static final String VERSION = load();

    private PluginVersion() {}

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = PluginVersion.class.getResourceAsStream("plugin-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("plugin-version.properties is missing from the provider jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
