package io.roomgate.testfixtures;

import java.nio.file.Path;

/** The repository's root (Pulumi.yaml, stacks/, provider/bin), wherever a module's tests run. */
public final class ProjectDir {
    private ProjectDir() {
    }

    /** {@code -Droomgate.projectDir} as the build sets it for every module's tests, else the working directory. */
    public static Path root() {
        return Path.of(System.getProperty("roomgate.projectDir", ".")).toAbsolutePath().normalize();
    }
}
