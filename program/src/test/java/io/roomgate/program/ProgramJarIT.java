package io.roomgate.program;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.roomgate.testfixtures.ProjectDir;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The program as the Pulumi Java language host runs it: the jar {@code Pulumi.yaml} names as
 * {@code runtime.options.binary}, and the plugins the host's discovery finds on that jar's class path (the same
 * {@code java -cp <jar> com.pulumi.bootstrap.internal.Main packages} the host runs before every command).
 */
class ProgramJarIT {
    private static final Path ROOT = ProjectDir.root();

    @SuppressWarnings("unchecked")
    private static String runtimeBinary() throws IOException {
        Map<String, Object> project;
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("Pulumi.yaml"))) {
            project = new Yaml().load(reader);
        }
        Map<String, Object> runtime = (Map<String, Object>) project.get("runtime");
        assertEquals("java", runtime.get("name"));
        return (String) ((Map<String, Object>) runtime.get("options")).get("binary");
    }

    @Test
    void pulumiYamlNamesTheProgramJarTheBuildMakes() throws IOException {
        Path jar = ROOT.resolve(runtimeBinary());
        assertTrue(Files.isRegularFile(jar), jar + " is not built; Pulumi.yaml and program/pom.xml disagree");
    }

    @Test
    void pluginDiscoveryOnTheJarFindsExchangeonlineAtTheProjectVersionAndAzuread() throws Exception {
        Path jar = ROOT.resolve(runtimeBinary());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process discovery = new ProcessBuilder(java.toString(), "-cp", jar.toString(),
                "com.pulumi.bootstrap.internal.Main", "packages")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String stdout = new String(discovery.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(discovery.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, discovery.exitValue(), stdout);

        Map<String, String> plugins = new TreeMap<>();
        JsonArray found = JsonParser.parseString(stdout).getAsJsonArray();
        for (JsonElement plugin : found) {
            assertTrue(plugin.getAsJsonObject().get("resource").getAsBoolean(), stdout);
            plugins.put(plugin.getAsJsonObject().get("name").getAsString(),
                    plugin.getAsJsonObject().get("version").getAsString());
        }
        assertEquals(Map.of("azuread", "6.10.0", "exchangeonline", System.getProperty("roomgate.projectVersion")),
                plugins);
    }
}
