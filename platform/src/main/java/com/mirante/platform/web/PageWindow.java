package com.mirante.platform.web;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A page of a list lies within its first {@link #maxRows()} rows: {@code (page + 1) x size}, taken
 * in long arithmetic, may not go past it, so no product overflows and no absurd offset reaches a
 * query. Each parameter's own bounds ({@code @Min}, {@code @Max}) are declared on it; this
 * constraint, on the method, names the page parameter when the window is broken.
 */
@Constraint(validatedBy = PageWindowValidator.class)
@Target(METHOD)
@Retention(RUNTIME)
public @interface PageWindow {

    String message() default "reaches past the first {maxRows} rows: narrow the search instead";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The most rows a client may page through. */
    int maxRows();

    /** The name of the page number parameter (pages count from 0). */
    String page() default "page";

    /** The name of the page size parameter. */
    String size() default "size";
}
