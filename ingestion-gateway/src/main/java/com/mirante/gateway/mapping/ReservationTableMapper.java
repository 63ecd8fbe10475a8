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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code reservas.reserva}: the reservation system's bookings. A stay must end after it begins
 * and last at most {@code mirante.mapping.max-stay-nights}.
 */
@Component
@EnableConfigurationProperties(MappingProperties.class)
class ReservationTableMapper extends LegacyTableMapper {

    private static final String TABLE = "reservas.reserva";

    private final int maxStayNights;

    /** With the default bounds, for mappers built outside Spring (the simulator's check, the tests). */
    ReservationTableMapper() {
        this(MappingProperties.defaults());
    }

    @Autowired
    ReservationTableMapper(MappingProperties properties) {
        super(TABLE, "id_reserva", "num_reserva", "cod_hotel", "id_hospede", "dt_chegada", "dt_partida", "qtd_adultos",
                "qtd_criancas", "cod_tipo_apto", "cod_tarifa", "vlr_diaria", "vlr_total", "cod_moeda", "sit_reserva",
                "canal_origem", "fl_garantida", "obs_reserva", "dh_cancelamento", "mot_cancelamento", "usr_inclusao",
                "dh_inclusao", "usr_alteracao", "dh_alteracao", "nr_versao");
        this.maxStayNights = properties.maxStayNights();
    }

    @Override
    public List<Object> commandsFor(DmsRecord record) {
        RowImage row = row(record);
        long reservationId = row.requiredInteger("id_reserva", SqlInteger.BIGINT);
        SourcePosition source = SourcePositions.of(record, Long.toString(reservationId), row.integer("nr_versao", SqlInteger.INTEGER));
        if (source.operation() == SourceOperation.DELETE) {
            return List.of(new RemoveReservation(reservationId, source));
        }
        return List.of(new RecordReservation(reservationId, details(row), status(row.requiredText("sit_reserva", 1)),
                cancellation(row), source));
    }

    private ReservationDetails details(RowImage row) {
        LocalDate arrival = row.requiredDate("dt_chegada");
        LocalDate departure = row.requiredDate("dt_partida");
        checkStay(row, arrival, departure);
        return new ReservationDetails(
                row.requiredText("num_reserva", 20),
                row.requiredText("cod_hotel", 5),
                row.integer("id_hospede", SqlInteger.BIGINT),
                arrival,
                departure,
                smallint(row, "qtd_adultos"),
                smallint(row, "qtd_criancas"),
                row.text("cod_tipo_apto", 4),
                row.text("cod_tarifa", 10),
                row.decimal("vlr_diaria", 12, 2),
                row.decimal("vlr_total", 12, 2),
                row.text("cod_moeda", 3),
                row.text("canal_origem", 15),
                row.bool("fl_garantida", false),
                row.localDateTime("dh_inclusao"));
    }

    /** Nights are departure minus arrival: none or fewer is no stay, and the daily figures count every one. */
    private void checkStay(RowImage row, LocalDate arrival, LocalDate departure) {
        long nights = ChronoUnit.DAYS.between(arrival, departure);
        if (nights < 1) {
            throw row.outOfRange("dt_partida", "is not after dt_chegada " + arrival);
        }
        if (nights > maxStayNights) {
            throw row.outOfRange("dt_partida", "makes a stay of " + nights + " nights from dt_chegada " + arrival
                    + ", more than mirante.mapping.max-stay-nights (" + maxStayNights + ")");
        }
    }

    private static int smallint(RowImage row, String column) {
        Long value = row.integer(column, SqlInteger.SMALLINT);
        return value == null ? 0 : value.intValue();
    }

    private static Cancellation cancellation(RowImage row) {
        if (row.isNull("dh_cancelamento") && row.isNull("mot_cancelamento")) {
            return null;
        }
        return new Cancellation(row.localDateTime("dh_cancelamento"), row.text("mot_cancelamento", 100));
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
