package com.mirante.gateway.mapping;

import com.mirante.api.billing.RecordCharge;
import com.mirante.gateway.dms.DmsRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gateway's real table mappers, outside Spring (they are package-private). Charges posted
 * through them are remembered, as the gateway's lookup table does, so that key-only charge
 * deletes find their invoice.
 */
public final class GatewayMappers {

    private final Map<Long, Long> postings = new HashMap<>();
    private final ChangeMapping mapping = new ChangeMapping(List.of(new HotelTableMapper(),
            new ReservationTableMapper(), new StayTableMapper(), new RoomTableMapper(), new InvoiceTableMapper(),
            new ChargeTableMapper(charge -> Optional.ofNullable(postings.get(charge))), new GuestTableMapper()));

    public ChangeMapping mapping() {
        return mapping;
    }

    /** Commands for a record, remembering where charges were posted. */
    public List<Object> commandsFor(DmsRecord record) {
        List<Object> commands = mapping.map(record).commands();
        commands.stream().filter(RecordCharge.class::isInstance).map(RecordCharge.class::cast)
                .forEach(posted -> postings.put(posted.chargeId(), posted.invoiceId()));
        return commands;
    }
}
