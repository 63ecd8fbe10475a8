package com.mirante.query.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;
import java.time.ZoneOffset;

/** Checks {@link HotelInstant}. */
public class HotelInstantValidator implements ConstraintValidator<HotelInstant, Instant> {

    public static final Instant FIRST = HotelDateValidator.FIRST.atStartOfDay().toInstant(ZoneOffset.UTC);
    public static final Instant END = HotelDateValidator.LAST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

    static boolean isHotelInstant(Instant instant) {
        return !instant.isBefore(FIRST) && !instant.isAfter(END);
    }

    @Override
    public boolean isValid(Instant instant, ConstraintValidatorContext context) {
        return instant == null || isHotelInstant(instant);
    }
}
