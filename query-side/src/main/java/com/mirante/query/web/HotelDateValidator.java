package com.mirante.query.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/** Checks {@link HotelDate}. */
public class HotelDateValidator implements ConstraintValidator<HotelDate, LocalDate> {

    static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST = LocalDate.of(2199, 12, 31);

    static boolean isHotelDate(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        return date == null || isHotelDate(date);
    }
}
