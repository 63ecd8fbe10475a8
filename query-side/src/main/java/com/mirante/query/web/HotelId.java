package com.mirante.query.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A hotel's code as the legacy systems hold it (at most 5 characters): 1 to 5 letters or digits. Null is left to {@code required}. */
@Pattern(regexp = "[A-Za-z0-9]{1,5}")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
public @interface HotelId {

    String message() default "must be a hotel code of 1 to 5 letters or digits";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
