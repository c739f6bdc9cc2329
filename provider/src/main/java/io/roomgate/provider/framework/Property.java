package io.roomgate.provider.framework;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares one property of a resource, function or config record: what it means and how the provider treats it.
 * The schema, Check's validation and Diff's replace/update decisions are all generated from these declarations.
 * Its type comes from the record component ({@code String}, {@code Boolean}, {@code Integer}, {@code List<String>},
 * a nested record or a list of them).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Property {
    String description();

    /** An input the program must set. */
    boolean required() default false;

    /** Computed by the service; never an input. */
    boolean output() default false;

    /** What changing this input does to the existing object. */
    Change change() default Change.UPDATE;

    /** A list whose order never matters (and whose duplicates are one element). */
    boolean set() default false;

    /** Compared without regard to case (addresses, names the service treats without case). */
    boolean ignoreCase() default false;

    /** Kept secret in state and outputs. */
    boolean secret() default false;

    /**
     * Used only when the object is created (e.g. an initial password Exchange cannot change later): a later change
     * is neither diffed nor written.
     */
    boolean createOnly() default false;

    /** The syntax a string (or each element of a list) must follow; checked before anything is sent. */
    Class<? extends ValueFormat> format() default ValueFormat.Any.class;

    /** The only values allowed for a string (or each element of a list), in the service's spelling. */
    String[] allowed() default {};

    long min() default Long.MIN_VALUE;

    long max() default Long.MAX_VALUE;

    /** The value Check fills in when the program leaves the input out (empty = none: then it is not managed). */
    String defaultValue() default "";
}
