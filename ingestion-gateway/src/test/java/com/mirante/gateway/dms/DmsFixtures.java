package com.mirante.gateway.dms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The DMS messages under {@code src/test/resources/dms/}. */
public final class DmsFixtures {

    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private DmsFixtures() {
    }

    /** The text of a fixture file, as an SQS body would carry it. */
    public static String text(String file) {
        try (InputStream in = DmsFixtures.class.getResourceAsStream("/dms/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture dms/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every fixture file, as {@link #text(String)} names it. */
    public static List<String> files() {
        try {
            Path root = Path.of(DmsFixtures.class.getResource("/dms").toURI());
            try (Stream<Path> paths = Files.walk(root)) {
                return paths.filter(path -> path.toString().endsWith(".json"))
                        .map(path -> root.relativize(path).toString().replace('\\', '/')).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one DMS record of a fixture file; each call reads it afresh, so tests may change it. */
    public static DmsRecord record(String file) {
        var records = new DmsMessageReader(JSON).read(text(file));
        if (records.size() != 1) {
            throw new IllegalStateException("dms/" + file + " holds " + records.size() + " records");
        }
        return records.get(0);
    }

    /** A one-line DMS record of a reservation row, as the relay puts it on the queue. */
    public static String reservation(long id, String status, int version, String operation) {
        return """
                {"data":{"id_reserva":%d,"num_reserva":"POA01-2025-%06d","cod_hotel":"POA01","id_hospede":10,
                "dt_chegada":"2025-05-10","dt_partida":"2025-05-12","qtd_adultos":1,"qtd_criancas":0,
                "cod_tipo_apto":"STD","cod_tarifa":"BAR","vlr_diaria":"300.00","vlr_total":"600.00","cod_moeda":"BRL",
                "sit_reserva":"%s","canal_origem":"SITE","fl_garantida":"false","dh_inclusao":"2025-04-01T08:00:00.000000Z",
                "nr_versao":%d},"metadata":{"timestamp":"2025-04-01T11:00:01.000000Z","record-type":"data",
                "operation":"%s","partition-key-type":"schema-table","schema-name":"reservas","table-name":"reserva",
                "transaction-id":%d,"transaction-record-id":1,"commit-timestamp":"2025-04-01T11:00:00.500000Z",
                "stream-position":"00000D00/%08X.2.00000D00/%08X"}}""".formatted(id, id, status, version, operation,
                id * 10 + version, id * 10 + version, id * 10 + version).replace("\n", "");
    }
}
