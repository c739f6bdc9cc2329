package io.roomgate.program.config;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stack's values over its profile's presets, before any section is checked. */
class ProfilePresetsTest {
    private final List<ConfigProblem> problems = new ArrayList<>();

    @Test
    void aSettingThatOnlyTheProfileGivesIsToldApartFromOneTheStackGives() {
        ConfigSource stack = ConfigSource.of(Map.of("profile", "alexa-application", "rooms", "{\"all\": true}"));

        StackValues values = ProfilePresets.overlay(ProfilePresets.profile(stack, problems), stack, problems);

        assertTrue(values.setByProfile("accessModel"), "the alexa-application profile asks for unrestricted access");
        assertFalse(values.setByProfile("rooms"));
        assertEquals(List.of(), problems);
    }

    @Test
    void theAppSecretIsNeverParsedSoNoProblemCanEchoIt() {
        ConfigSource stack = ConfigSource.of(Map.of("appClientSecret", "{not json s3cr3t", "app", "{broken"));

        StackValues values = ProfilePresets.overlay(ProfilePresets.profile(stack, problems), stack, problems);

        assertTrue(values.secretGiven("appClientSecret"));
        assertEquals(List.of("roomgate:app"), problems.stream().map(ConfigProblem::key).toList());
        assertFalse(problems.toString().contains("s3cr3t"));
    }

    @Test
    void anUnknownProfileIsAProblemAndPresetsNothing() {
        ConfigSource stack = ConfigSource.of(Map.of("profile", "teams-rooms"));

        assertEquals(Profile.CUSTOM, ProfilePresets.profile(stack, problems));
        assertEquals(List.of("roomgate:profile"), problems.stream().map(ConfigProblem::key).toList());
    }
}
