package com.mirante.query.web;

import com.mirante.platform.web.CrossParameters;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraintvalidation.SupportedValidationTarget;
import jakarta.validation.constraintvalidation.ValidationTarget;
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
        if (!(arguments[CrossParameters.index(context, range.from())] instanceof LocalDate from)
                || !(arguments[toIndex] instanceof LocalDate to)
                || !HotelDateValidator.isHotelDate(from) || !HotelDateValidator.isHotelDate(to)) {
            return true;
        }
        if (to.isBefore(from)) {
            return CrossParameters.refuse(context, toIndex, "must not be before {from}");
        }
        return ChronoUnit.DAYS.between(from, to) < range.maxDays()
                || CrossParameters.refuse(context, toIndex, "must be at most {maxDays} days from {from}, both counted");
    }
}
