package com.mirante.api.billing;

import java.time.LocalDate;

/**
 * What identifies an invoice and whom it bills. The payer's tax id is left out on purpose: when
 * it is a CPF it identifies a person, and the event store is immutable, so it could never be
 * erased on an LGPD request. Whether the payer is a company is all the platform needs.
 *
 * @param stayId       the stay the invoice belongs to; may be unknown
 * @param hotelId      the hotel; charges count towards this hotel's revenue
 * @param companyPayer the payer is a company (a CNPJ); false for a person or no payer yet
 */
public record InvoiceDetails(
        String number,
        Long stayId,
        String hotelId,
        LocalDate openedOn,
        boolean companyPayer) {
}
