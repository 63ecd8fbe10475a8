package com.mirante.api.hotel;

import com.mirante.api.source.SourcePosition;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The chain's reference data holds this hotel as described: the aggregate works out what changed
 * against what it already knows.
 *
 * @param rooms    rooms in inventory, the rooms available on every night
 * @param timeZone IANA zone id of the hotel's wall clock, e.g. {@code America/Manaus}
 * @param active   open for business
 */
public record RecordHotel(
        String hotelId,
        String name,
        String city,
        String state,
        int rooms,
        String timeZone,
        boolean active,
        SourcePosition source) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return HotelIds.aggregateId(hotelId);
    }
}
