package com.mirante.gateway.mapping;

import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.api.stay.RecordStay;
import com.mirante.api.stay.RemoveStay;
import com.mirante.api.stay.StayStatus;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code recepcao.hospedagem}: the front desk's stays, from check-in to check-out. */
@Component
class StayTableMapper extends LegacyTableMapper {

    private static final String TABLE = "recepcao.hospedagem";

    StayTableMapper() {
        super(TABLE, "id_hospedagem", "id_reserva", "cod_hotel", "num_apto", "dh_checkin", "dh_checkout",
                "dt_prev_checkout", "qtd_hospedes", "sit_hospedagem", "id_fatura", "usr_inclusao", "dh_inclusao",
                "usr_alteracao", "dh_alteracao");
    }

    @Override
    public List<Object> commandsFor(DmsRecord record) {
        RowImage row = row(record);
        long stayId = row.requiredInteger("id_hospedagem", SqlInteger.BIGINT);
        // No nr_versao on this table: the commit position alone orders its changes.
        SourcePosition source = SourcePositions.of(record, Long.toString(stayId), null);
        if (source.operation() == SourceOperation.DELETE) {
            return List.of(new RemoveStay(stayId, source));
        }
        return List.of(new RecordStay(
                stayId,
                row.integer("id_reserva", SqlInteger.BIGINT),
                row.requiredText("cod_hotel", 5),
                row.requiredText("num_apto", 6),
                row.requiredLocalDateTime("dh_checkin"),
                row.localDateTime("dh_checkout"),
                row.requiredDate("dt_prev_checkout"),
                Math.toIntExact(row.requiredInteger("qtd_hospedes", SqlInteger.SMALLINT)),
                row.requiredInteger("id_fatura", SqlInteger.BIGINT),
                status(row.requiredText("sit_hospedagem", 1)),
                source));
    }

    private static StayStatus status(String code) {
        return switch (code.trim()) {
            case "A" -> StayStatus.IN_HOUSE;
            case "F" -> StayStatus.CHECKED_OUT;
            case "C" -> StayStatus.VOIDED;
            default -> throw new InvalidChangeRecordException("BAD_VALUE",
                    TABLE + ".sit_hospedagem is not a known status: " + code);
        };
    }
}
