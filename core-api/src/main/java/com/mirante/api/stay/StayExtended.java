package com.mirante.api.stay;

import com.mirante.api.source.SourcePosition;
import java.time.LocalDate;

/** The guest stays longer: the planned check-out moved later. */
public record StayExtended(long stayId, LocalDate previousPlannedCheckout, LocalDate plannedCheckout,
                           SourcePosition source) {
}
