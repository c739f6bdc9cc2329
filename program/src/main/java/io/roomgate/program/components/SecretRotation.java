package io.roomgate.program.components;

import com.pulumi.resources.CustomResourceOptions;
import io.roomgate.resources.azuread.ApplicationPassword;
import io.roomgate.resources.azuread.ApplicationPasswordArgs;
import io.roomgate.resources.azuread.Application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * When an app's client secret is renewed. Time is cut into windows of {@code rotationDays} counted from the epoch;
 * the secret of a window is made at its start and expires {@code lifetimeMonths} later, so every run inside one
 * window declares the same secret (no diff), and the first run of the next window replaces it with a new one
 * well before the old one expires.
 */
public record SecretRotation(int lifetimeMonths, int rotationDays) {

    public LocalDate windowStart(Instant now) {
        long today = LocalDate.ofInstant(now, ZoneOffset.UTC).toEpochDay();
        return LocalDate.ofEpochDay(today - Math.floorMod(today, rotationDays));
    }

    public LocalDate endDate(Instant now) {
        return windowStart(now).plusMonths(lifetimeMonths);
    }

    /** The secret of the current window for {@code application}; its {@code value} output is a Pulumi secret. */
    ApplicationPassword declare(String name, Application application, String appDisplayName, Instant now, CustomResourceOptions options) {
        LocalDate start = windowStart(now);
        return new ApplicationPassword(name, ApplicationPasswordArgs.builder()
                .applicationId(application.id())
                .displayName("roomgate " + appDisplayName + " from " + start)
                .endDate(endDate(now).atStartOfDay().toInstant(ZoneOffset.UTC).toString())
                .rotateWhenChanged(Map.of("rotationWindowStart", start.toString()))
                .build(), options);
    }
}
