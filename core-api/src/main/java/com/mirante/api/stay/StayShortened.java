package com.mirante.api.stay;

import com.mirante.api.source.SourcePosition;
import java.time.LocalDate;

/** The guest leaves earlier than planned: the planned check-out moved earlier. */
public record StayShortened(long stayId, LocalDate previousPlannedCheckout, LocalDate plannedCheckout,
                            SourcePosition source) {
}
