package com.mirante.query.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A date a hotel could mean: from 1900-01-01 to 2199-12-31. ISO dates parse far beyond that
 * (year +999999999, or before 4713 BC), which PostgreSQL takes as infinity; such a date must not
 * reach a query. A null date is left to {@code required}.
 */
@Constraint(validatedBy = HotelDateValidator.class)
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
public @interface HotelDate {

    String message() default "must be a date from 1900-01-01 to 2199-12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
