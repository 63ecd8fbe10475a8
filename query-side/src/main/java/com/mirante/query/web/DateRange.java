package com.mirante.query.web;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Two date parameters of a method make a range: the second is not before the first, and the range
 * (both ends counted) is at most {@link #maxDays()} days. Two instants make a range too, whose end is
 * not before its start ({@code maxDays} applies to dates only). A violation names the second parameter.
 * A range with an end left out, or outside {@link HotelDate}'s calendar, is left to those checks.
 */
@Constraint(validatedBy = DateRangeValidator.class)
@Target(METHOD)
@Retention(RUNTIME)
public @interface DateRange {

    String message() default "must not be before {from} and at most {maxDays} days from it";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The name of the parameter where the range starts. */
    String from() default "from";

    /** The name of the parameter where the range ends (included). */
    String to() default "to";

    /** The longest range, both ends counted. */
    int maxDays() default Integer.MAX_VALUE;
}
