package com.mirante.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** DMS insert records for {@code reservas.reserva}, one distinct reservation each, reproducible. */
final class SyntheticReservations {

    private static final String[] HOTELS = {"SPA01", "RJC02", "MAO01", "SSA03", "FLN04"};
    private static final String[] CHANNELS = {"SITE", "APP", "BALCAO", "TELEFONE", "AGENCIA", "BOOKING", "EXPEDIA"};

    private SyntheticReservations() {
    }

    static List<String> inserts(int count) {
        Random random = new Random(42);
        List<String> bodies = new ArrayList<>(count);
        LocalDate firstArrival = LocalDate.of(2025, 6, 1);
        for (int i = 0; i < count; i++) {
            long id = 90_000_000L + i;
            LocalDate arrival = firstArrival.plusDays(random.nextInt(365));
            int nights = 1 + random.nextInt(6);
            int rate = 250 + random.nextInt(900);
            String hotel = HOTELS[random.nextInt(HOTELS.length)];
            bodies.add(("{\"data\":{\"id_reserva\":%d,\"num_reserva\":\"%s-2025-%07d\",\"cod_hotel\":\"%s\","
                    + "\"id_hospede\":%d,\"dt_chegada\":\"%s\",\"dt_partida\":\"%s\",\"qtd_adultos\":2,"
                    + "\"qtd_criancas\":0,\"cod_tipo_apto\":\"STD\",\"cod_tarifa\":\"BAR\",\"vlr_diaria\":\"%d.00\","
                    + "\"vlr_total\":\"%d.00\",\"cod_moeda\":\"BRL\",\"sit_reserva\":\"C\",\"canal_origem\":\"%s\","
                    + "\"fl_garantida\":\"true\",\"obs_reserva\":null,\"dh_cancelamento\":null,\"mot_cancelamento\":null,"
                    + "\"usr_inclusao\":\"WEB\",\"dh_inclusao\":\"2025-05-01T10:00:00.000000Z\",\"usr_alteracao\":\"WEB\","
                    + "\"dh_alteracao\":\"2025-05-01T10:00:00.000000Z\",\"nr_versao\":1},\"metadata\":{"
                    + "\"timestamp\":\"2025-05-01T13:00:00.100000Z\",\"record-type\":\"data\",\"operation\":\"insert\","
                    + "\"partition-key-type\":\"schema-table\",\"schema-name\":\"reservas\",\"table-name\":\"reserva\","
                    + "\"transaction-id\":%d,\"transaction-record-id\":1,\"prev-transaction-id\":%d,"
                    + "\"prev-transaction-record-id\":1,\"commit-timestamp\":\"2025-05-01T13:00:00.000000Z\","
                    + "\"stream-position\":\"00000E00/%08X.2.00000E00/%08X\"}}")
                    .formatted(id, hotel, i, hotel, 100_000 + random.nextInt(50_000), arrival, arrival.plusDays(nights),
                            rate, rate * nights, CHANNELS[random.nextInt(CHANNELS.length)], 70_000_000L + i,
                            70_000_000L + i - 1, i, i));
        }
        return bodies;
    }
}
