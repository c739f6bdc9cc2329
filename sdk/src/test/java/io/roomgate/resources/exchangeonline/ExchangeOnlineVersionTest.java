package io.roomgate.resources.exchangeonline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The plugin version every exchangeonline resource asks the engine for is the one the build made. */
class ExchangeOnlineVersionTest {

    /** The provider stamps the same project version into what it reports (PluginVersionTest), so the two agree. */
    @Test
    void theResourcesAskForTheProjectsVersion() {
        assertEquals(System.getProperty("roomgate.projectVersion"), ExchangeOnline.VERSION);
    }

    @Test
    void theVersionFollowsWhatTheBuildStamped(@TempDir Path restamped) throws Exception {
        Path stamp = restamped.resolve(ExchangeOnline.STAMPED_VERSION.substring(1));
        Files.createDirectories(stamp.getParent());
        Files.writeString(stamp, "version=9.8.7-restamped\n");

        try (var loader = new RestampedLoader(restamped.toUri().toURL())) {
            Class<?> reloaded = loader.loadClass(ExchangeOnline.class.getName());

            assertEquals("9.8.7-restamped", reloaded.getField("VERSION").get(null));
        }
    }

    /** Loads ExchangeOnline afresh, seeing the given stamp before the build's; everything else from the test's loader. */
    private static final class RestampedLoader extends URLClassLoader {
        RestampedLoader(URL stamp) {
            super(new URL[] {stamp, ExchangeOnline.class.getProtectionDomain().getCodeSource().getLocation()},
                    ExchangeOnline.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(ExchangeOnline.class.getName())) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : findClass(name);
            }
        }

        @Override
        public URL getResource(String name) {
            URL restamped = findResource(name);
            return restamped != null ? restamped : super.getResource(name);
        }
    }
}
