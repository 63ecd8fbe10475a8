package com.mirante.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mirante.simulator.chain.ChainSimulation;
import com.mirante.simulator.chain.SimulationSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator's invariants, over one run of three hotels and six days. */
class ChainSimulationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SimulationSettings SETTINGS = new SimulationSettings(3, 6, LocalDate.of(2025, 6, 1), 42);

    private static List<String> records;
    private static List<JsonNode> parsed;

    @BeforeAll
    static void generate() {
        records = run(SETTINGS);
        parsed = records.stream().map(ChainSimulationTest::parse).toList();
    }

    private static List<String> run(SimulationSettings settings) {
        List<String> out = new ArrayList<>();
        new ChainSimulation(settings).run(out::add);
        return out;
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String table(JsonNode record) {
        return record.at("/metadata/schema-name").asText() + "." + record.at("/metadata/table-name").asText();
    }

    private static String operation(JsonNode record) {
        return record.at("/metadata/operation").asText();
    }

    @Test
    void theSameSeedGivesTheSameRecordsAndAnotherSeedOthers() {
        assertThat(run(SETTINGS)).isEqualTo(records);
        assertThat(run(new SimulationSettings(3, 6, LocalDate.of(2025, 6, 1), 43))).isNotEqualTo(records);
    }

    @Test
    void theFullLoadComesFirstWithoutTransactionDetailsThenChangesOfEveryTable() {
        int firstChange = 0;
        while (operation(parsed.get(firstChange)).equals("load")) {
            assertThat(parsed.get(firstChange).get("metadata").has("transaction-id")).isFalse();
            firstChange++;
        }
        assertThat(parsed.subList(0, firstChange).stream().map(ChainSimulationTest::table).distinct())
                .containsExactly("cadastro.hotel", "governanca.quarto", "crm.hospede", "reservas.reserva",
                        "recepcao.hospedagem", "faturamento.fatura", "faturamento.lancamento");
        // Guests were in house when the load ran: their rooms are occupied, their nights audited so far.
        assertThat(parsed.subList(0, firstChange)).anyMatch(record -> record.at("/data/sit_ocupacao").asText().equals("O"))
                .anyMatch(record -> record.at("/data/sit_reserva").asText().equals("H"))
                .anyMatch(record -> record.at("/data/cod_servico").asText().equals("DIARIA"));
        List<JsonNode> changes = parsed.subList(firstChange, parsed.size());
        assertThat(changes).allMatch(record -> !operation(record).equals("load"));
        assertThat(changes.stream().map(ChainSimulationTest::table).distinct()).containsExactlyInAnyOrder(
                "reservas.reserva", "recepcao.hospedagem", "governanca.quarto", "faturamento.fatura",
                "faturamento.lancamento", "crm.hospede");
        assertThat(changes).anyMatch(record -> table(record).equals("crm.hospede") && operation(record).equals("delete"));
        assertThat(changes).anyMatch(record -> table(record).equals("faturamento.lancamento")
                && operation(record).equals("delete"));
    }

    @Test
    void transactionIdsCommitTimesAndStreamPositionsAdvanceTogether() {
        long lastTransaction = 0;
        Instant lastCommit = Instant.MIN;
        String lastPosition = "";
        for (JsonNode record : parsed) {
            JsonNode metadata = record.get("metadata");
            if (!metadata.has("transaction-id")) {
                continue;
            }
            long transaction = metadata.get("transaction-id").asLong();
            Instant commit = Instant.parse(metadata.get("commit-timestamp").asText());
            String position = metadata.get("stream-position").asText();
            assertThat(transaction).isGreaterThanOrEqualTo(lastTransaction);
            assertThat(commit).isAfterOrEqualTo(lastCommit);
            // Fixed-width hex: text order is WAL order.
            assertThat(position).isGreaterThanOrEqualTo(lastPosition).matches("[0-9A-F]{8}/[0-9A-F]{8}\\.2\\.[0-9A-F]{8}/[0-9A-F]{8}");
            if (transaction == lastTransaction) {
                assertThat(position).isEqualTo(lastPosition);
                assertThat(commit).isEqualTo(lastCommit);
            }
            assertThat(Instant.parse(metadata.get("timestamp").asText())).isAfter(commit);
            lastTransaction = transaction;
            lastCommit = commit;
            lastPosition = position;
        }
    }

    @Test
    void everyChangeOfAReservationRaisesItsRowVersion() {
        Map<Long, Integer> versions = new HashMap<>();
        long changes = 0;
        for (JsonNode record : parsed) {
            if (table(record).equals("reservas.reserva")) {
                long id = record.at("/data/id_reserva").asLong();
                int version = record.at("/data/nr_versao").asInt();
                Integer previous = versions.put(id, version);
                if (previous != null) {
                    assertThat(version).as("reservation %d", id).isEqualTo(previous + 1);
                    assertThat(record.at("/before-image/nr_versao").asInt()).isEqualTo(previous);
                    changes++;
                }
            }
        }
        assertThat(changes).isGreaterThan(500);
    }

    @Test
    void theNightAuditPostsRoomNightsBetweenHalfPastMidnightAndThree() {
        List<LocalTime> postings = parsed.stream()
                .filter(record -> table(record).equals("faturamento.lancamento") && operation(record).equals("insert"))
                .filter(record -> record.at("/data/cod_servico").asText().equals("DIARIA"))
                .filter(record -> record.at("/data/usr_lancamento").asText().equals("AUDITORIA"))
                .map(record -> wallClock(record.at("/data/dh_lancamento").asText()).toLocalTime())
                .toList();
        assertThat(postings).hasSizeGreaterThan(300)
                .allMatch(time -> !time.isBefore(LocalTime.of(0, 30)) && time.isBefore(LocalTime.of(3, 0)));
    }

    @Test
    void beforeImagesAndDeletesFollowEachTasksSettings() {
        for (JsonNode record : parsed) {
            String table = table(record);
            String operation = operation(record);
            if (operation.equals("update")) {
                switch (table) {
                    case "reservas.reserva", "recepcao.hospedagem" ->
                            assertThat(record.get("before-image").size()).isEqualTo(record.get("data").size());
                    case "governanca.quarto", "crm.hospede" -> assertThat(record.get("before-image").isEmpty()).isTrue();
                    default -> assertThat(record.has("before-image")).isFalse();
                }
            }
            if (operation.equals("delete") && !table.equals("reservas.reserva")) {
                record.get("data").fields().forEachRemaining(column ->
                        assertThat(column.getValue().isNull()).isEqualTo(!column.getKey().startsWith("id_")
                                || column.getKey().equals("id_fatura")));
            }
        }
    }

    private static LocalDateTime wallClock(String value) {
        return LocalDateTime.parse(value.substring(0, value.length() - 1));
    }
}
