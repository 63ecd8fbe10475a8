package com.mirante.gateway.mapping;

import com.mirante.api.reservation.Cancellation;
import com.mirante.api.reservation.RecordReservation;
import com.mirante.api.reservation.RemoveReservation;
import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationStatus;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code reservas.reserva}: the reservation system's bookings. */
@Component
class ReservationTableMapper extends LegacyTableMapper {

    private static final String TABLE = "reservas.reserva";

    ReservationTableMapper() {
        super(TABLE, "id_reserva", "num_reserva", "cod_hotel", "id_hospede", "dt_chegada", "dt_partida", "qtd_adultos",
                "qtd_criancas", "cod_tipo_apto", "cod_tarifa", "vlr_diaria", "vlr_total", "cod_moeda", "sit_reserva",
                "canal_origem", "fl_garantida", "obs_reserva", "dh_cancelamento", "mot_cancelamento", "usr_inclusao",
                "dh_inclusao", "usr_alteracao", "dh_alteracao", "nr_versao");
    }

    @Override
    public List<Object> commandsFor(DmsRecord record) {
        RowImage row = row(record);
        long reservationId = row.requiredLong("id_reserva");
        SourcePosition source = SourcePositions.of(record, Long.toString(reservationId), row.longValue("nr_versao"));
        if (source.operation() == SourceOperation.DELETE) {
            return List.of(new RemoveReservation(reservationId, source));
        }
        return List.of(new RecordReservation(reservationId, details(row), status(row.requiredText("sit_reserva")),
                cancellation(row), source));
    }

    private static ReservationDetails details(RowImage row) {
        return new ReservationDetails(
                row.requiredText("num_reserva"),
                row.requiredText("cod_hotel"),
                row.longValue("id_hospede"),
                row.requiredDate("dt_chegada"),
                row.requiredDate("dt_partida"),
                row.intValue("qtd_adultos", 0),
                row.intValue("qtd_criancas", 0),
                row.text("cod_tipo_apto"),
                row.text("cod_tarifa"),
                row.decimal("vlr_diaria"),
                row.decimal("vlr_total"),
                row.text("cod_moeda"),
                row.text("canal_origem"),
                row.bool("fl_garantida", false),
                row.localDateTime("dh_inclusao"));
    }

    private static Cancellation cancellation(RowImage row) {
        if (row.isNull("dh_cancelamento") && row.isNull("mot_cancelamento")) {
            return null;
        }
        return new Cancellation(row.localDateTime("dh_cancelamento"), row.text("mot_cancelamento"));
    }

    private static ReservationStatus status(String code) {
        return switch (code.trim()) {
            case "P" -> ReservationStatus.PENDING;
            case "C" -> ReservationStatus.CONFIRMED;
            case "H" -> ReservationStatus.IN_HOUSE;
            case "F" -> ReservationStatus.CHECKED_OUT;
            case "X" -> ReservationStatus.CANCELLED;
            case "N" -> ReservationStatus.NO_SHOW;
            default -> throw new InvalidChangeRecordException("BAD_VALUE",
                    TABLE + ".sit_reserva is not a known status: " + code);
        };
    }
}
