package com.mirante.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mirante.api.billing.RecordCharge;
import com.mirante.api.billing.RecordInvoice;
import com.mirante.api.billing.RemoveCharge;
import com.mirante.api.guest.EraseGuest;
import com.mirante.api.guest.RecordGuest;
import com.mirante.api.hotel.RecordHotel;
import com.mirante.api.reservation.RecordReservation;
import com.mirante.api.room.RecordRoom;
import com.mirante.api.stay.RecordStay;
import com.mirante.gateway.dms.DmsMessageReader;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.mapping.GatewayMappers;
import com.mirante.simulator.chain.ChainSimulation;
import com.mirante.simulator.chain.SimulationSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Everything the simulator generates goes through the gateway's real reader and mappers without an error. */
class GeneratedRecordsMapTest {

    private final DmsMessageReader reader = new DmsMessageReader(new ObjectMapper());
    private final GatewayMappers mappers = new GatewayMappers();

    @Test
    void everyRecordOfAThreeHotelFiveDayRunMapsToCommands() {
        List<String> records = new ArrayList<>();
        new ChainSimulation(new SimulationSettings(3, 5, LocalDate.of(2025, 3, 1), 11)).run(records::add);

        Map<String, Long> commandsByType = new TreeMap<>();
        for (String body : records) {
            List<DmsRecord> read = reader.read(body);
            assertThat(read).hasSize(1);
            // Throws InvalidChangeRecordException (or anything else) on a record the gateway would reject.
            List<Object> commands = mappers.commandsFor(read.get(0));
            assertThat(commands).as(body).isNotEmpty();
            commands.forEach(command -> commandsByType.merge(command.getClass().getSimpleName(), 1L, Long::sum));
        }

        assertThat(records.size()).isGreaterThan(5_000);
        assertThat(commandsByType.keySet()).contains(
                RecordHotel.class.getSimpleName(), RecordRoom.class.getSimpleName(),
                RecordGuest.class.getSimpleName(), EraseGuest.class.getSimpleName(),
                RecordReservation.class.getSimpleName(), RecordStay.class.getSimpleName(),
                RecordInvoice.class.getSimpleName(), RecordCharge.class.getSimpleName(),
                RemoveCharge.class.getSimpleName());
        assertThat(records.stream().map(this::table).collect(Collectors.toSet())).containsExactlyInAnyOrder(
                "cadastro.hotel", "reservas.reserva", "recepcao.hospedagem", "governanca.quarto",
                "faturamento.fatura", "faturamento.lancamento", "crm.hospede");
    }

    private String table(String body) {
        return reader.read(body).get(0).metadata().qualifiedTable();
    }
}
