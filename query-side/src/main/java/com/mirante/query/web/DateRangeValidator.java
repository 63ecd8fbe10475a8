package com.mirante.query.web;

import com.mirante.platform.web.CrossParameters;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraintvalidation.SupportedValidationTarget;
import jakarta.validation.constraintvalidation.ValidationTarget;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Checks {@link DateRange}. */
@SupportedValidationTarget(ValidationTarget.PARAMETERS)
public class DateRangeValidator implements ConstraintValidator<DateRange, Object[]> {

    private DateRange range;

    @Override
    public void initialize(DateRange annotation) {
        range = annotation;
    }

    @Override
    public boolean isValid(Object[] arguments, ConstraintValidatorContext context) {
        int toIndex = CrossParameters.index(context, range.to());
        Object from = arguments[CrossParameters.index(context, range.from())];
        Object to = arguments[toIndex];
        if (from instanceof Instant start && to instanceof Instant end
                && HotelInstantValidator.isHotelInstant(start) && HotelInstantValidator.isHotelInstant(end)) {
            return !end.isBefore(start) || CrossParameters.refuse(context, toIndex, "must not be before {from}");
        }
        return !(from instanceof LocalDate start && to instanceof LocalDate end)
                || !HotelDateValidator.isHotelDate(start) || !HotelDateValidator.isHotelDate(end)
                || isValid(start, end, toIndex, context);
    }

    private boolean isValid(LocalDate from, LocalDate to, int toIndex, ConstraintValidatorContext context) {
        if (to.isBefore(from)) {
            return CrossParameters.refuse(context, toIndex, "must not be before {from}");
        }
        return ChronoUnit.DAYS.between(from, to) < range.maxDays()
                || CrossParameters.refuse(context, toIndex, "must be at most {maxDays} days from {from}, both counted");
    }
}
