package io.roomgate.e2e;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@link E2eTenant} field the {@link SimulatedTenantExtension} fills: a fresh simulated tenant seeded with
 * {@link #rooms()} room mailboxes, in its own temporary directory, started before and closed (directory deleted) after
 * each test for an instance field, or around the whole class for a static one — like {@code @TempDir}.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(SimulatedTenantExtension.class)
public @interface SimulatedTenant {
    /** Room mailboxes seeded in the tenant ({@code SimulatorOptions.withRooms}). */
    int rooms();
}
