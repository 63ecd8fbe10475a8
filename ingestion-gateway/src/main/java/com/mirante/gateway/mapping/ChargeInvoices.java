package com.mirante.gateway.mapping;

import java.util.Optional;

/** Where a charge was posted, for deletes that carry only the charge's key. */
@FunctionalInterface
public interface ChargeInvoices {

    Optional<Long> invoiceOf(long chargeId);
}
