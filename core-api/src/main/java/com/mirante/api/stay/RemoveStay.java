package com.mirante.api.stay;

import com.mirante.api.source.SourcePosition;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The stay was deleted from the front-desk system. */
public record RemoveStay(long stayId, SourcePosition source) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return StayIds.aggregateId(stayId);
    }
}
