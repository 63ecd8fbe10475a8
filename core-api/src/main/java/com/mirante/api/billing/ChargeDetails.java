package com.mirante.api.billing;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * What a charge posted to an invoice is.
 *
 * @param serviceCode the billing system's service code, kept as business vocabulary
 *                    ({@code DIARIA} room night, {@code FRIGO} minibar, {@code REST}, {@code BAR}...)
 * @param amount      what the charge adds to the invoice; revenue when neither reversed nor removed
 * @param postedAt    posting time in the hotel's local wall-clock time; revenue counts on its date
 */
public record ChargeDetails(
        String serviceCode,
        String description,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal amount,
        LocalDateTime postedAt) {
}
