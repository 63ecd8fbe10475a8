package com.mirante.query.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An instant within {@link HotelDate}'s calendar: from 1900-01-01T00:00:00Z up to 2200-01-01T00:00:00Z,
 * the end allowed as the exclusive end of a range. ISO instants parse far beyond that. A null
 * instant is left to {@code required}.
 */
@Constraint(validatedBy = HotelInstantValidator.class)
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
public @interface HotelInstant {

    String message() default "must be an instant from 1900-01-01T00:00:00Z to 2200-01-01T00:00:00Z";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
