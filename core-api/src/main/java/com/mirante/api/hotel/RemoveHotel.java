package com.mirante.api.hotel;

import com.mirante.api.source.SourcePosition;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The hotel was deleted from the chain's reference data. */
public record RemoveHotel(String hotelId, SourcePosition source) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return HotelIds.aggregateId(hotelId);
    }
}
