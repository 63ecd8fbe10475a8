package com.mirante.query.operations;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A name an event processor could have: a processing group ({@code hotel_daily}) or Axon's default,
 * a package name; at most 255 characters, as the token store keeps it.
 */
@Pattern(regexp = "[A-Za-z0-9_.:-]{1,255}")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target(PARAMETER)
@Retention(RUNTIME)
@interface ProcessorName {

    String message() default "must be a processor name: up to 255 letters, digits, '_', '.', ':' or '-'";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
