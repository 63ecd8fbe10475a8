package com.mirante.gateway.erasure;

import static com.mirante.gateway.dms.DmsFixtures.JSON;
import static com.mirante.gateway.dms.DmsFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.mirante.gateway.dms.DmsMessageReader;
import com.mirante.gateway.dms.DmsRecord;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeadLetterBodiesTest {

    private static final long BEATRIZ = 418_553L;
    private static final long HONEYMOONERS = 418_205L;
    private static final List<String> BEATRIZ_VALUES = List.of("Beatriz Lobato Fontes", "316.774.208-09", "GB440917",
            "1979-12-01", "beatriz.lf@example.org", "+55 71 98830-2641");
    private static final String HONEYMOON_NOTE = "Lua de mel; pediu andar alto com vista para o mar";

    private final DmsMessageReader reader = new DmsMessageReader(JSON);
    private final DeadLetterBodies bodies = new DeadLetterBodies(reader, JSON);

    /** The decoded DMS JSON of every record of a body, as one text to search. */
    private String decoded(String body) {
        return reader.read(body).stream().map(DmsRecord::toString).reduce("", String::concat);
    }

    @Test
    void aGuestRecordLosesEveryPersonalValueAndKeepsTheRest() {
        String redacted = bodies.redact(text("crm.hospede/update.json"), Set.of(BEATRIZ));

        assertThat(redacted).doesNotContain(BEATRIZ_VALUES);
        DmsRecord record = reader.read(redacted).get(0);
        assertThat(record.data().path("nom_hospede").asText()).isEqualTo("(erased)");
        assertThat(record.data().path("id_hospede").asLong()).isEqualTo(BEATRIZ);
        assertThat(record.data().path("nom_cidade").asText()).isEqualTo("Lauro de Freitas");
        assertThat(record.data().path("cod_nivel_fidelidade").asText()).isEqualTo("PRATA");
        assertThat(record.metadata().operation()).isEqualTo("update");
        assertThat(record.metadata().streamPosition()).isEqualTo("0000B2F7/00A1C3E8.2.0000B2F7/00A1C3E8");
    }

    @Test
    void aColumnNewToTheGuestTableIsTakenForPersonalAndANullStaysNull() {
        String body = text("crm.hospede/insert.json").replace("\"num_passaporte\": null,",
                "\"num_passaporte\": null, \"nom_mae\": \"Helena Lobato\",");

        DmsRecord record = reader.read(bodies.redact(body, Set.of(BEATRIZ))).get(0);

        assertThat(record.data().path("nom_mae").asText()).isEqualTo("(erased)");
        assertThat(record.data().get("num_passaporte").isNull()).isTrue();
    }

    @Test
    void aReservationInAKinesisEventLosesItsNoteAndKeepsItsBooking() throws Exception {
        String body = text("kinesis-lambda-event.json");
        assertThat(bodies.guestsNamed(body)).containsExactly(HONEYMOONERS);

        String redacted = bodies.redact(body, Set.of(HONEYMOONERS));

        DmsRecord record = reader.read(redacted).get(0);
        assertThat(record.data().path("obs_reserva").asText()).isEqualTo("(erased)");
        assertThat(record.data().path("vlr_total").asText()).isEqualTo("4982.00");
        assertThat(record.data().path("num_reserva").asText()).isEqualTo("RJC02-2025-007342");
        assertThat(JSON.readTree(redacted).at("/Records/0/eventSourceARN").asText())
                .isEqualTo("arn:aws:kinesis:sa-east-1:444455556666:stream/legado-reservas-cdc");
        assertThat(decoded(redacted)).doesNotContain(HONEYMOON_NOTE);
    }

    @Test
    void aReservationThroughEventBridgePipesLosesItsNote() {
        String redacted = bodies.redact(text("eventbridge-pipes-body.json"), Set.of(HONEYMOONERS));

        assertThat(reader.read(redacted).get(0).data().path("obs_reserva").asText()).isEqualTo("(erased)");
        assertThat(decoded(redacted)).doesNotContain(HONEYMOON_NOTE).contains("PACOTE-RIO");
    }

    @Test
    void onlyTheErasedGuestsRecordsOfAnEventAreRedacted() {
        String other = text("crm.hospede/update.json").replace("418553", "418554").replace("Beatriz", "Joana");
        String body = RelayShapes.kinesisEvent(text("crm.hospede/update.json"), other);
        assertThat(bodies.guestsNamed(body)).containsExactlyInAnyOrder(BEATRIZ, 418_554L);

        List<DmsRecord> records = reader.read(bodies.redact(body, Set.of(BEATRIZ)));

        assertThat(records.get(0).data().path("nom_hospede").asText()).isEqualTo("(erased)");
        assertThat(records.get(1).data().path("nom_hospede").asText()).isEqualTo("Joana Lobato Fontes");
    }

    @Test
    void aBodyOfNoErasedGuestIsKeptAsItIs() {
        String body = text("crm.hospede/update.json");

        assertThat(bodies.redact(body, Set.of(HONEYMOONERS))).isSameAs(body);
        assertThat(bodies.guestsNamed(text("faturamento.fatura/insert-open.json"))).isEmpty();
    }

    @Test
    void redactingTwiceChangesNothingMore() {
        String once = bodies.redact(text("kinesis-lambda-event.json"), Set.of(HONEYMOONERS));

        assertThat(bodies.redact(once, Set.of(HONEYMOONERS))).isSameAs(once);
    }

    @Test
    void aGuestIdWrittenAsTextNamesTheGuest() {
        String body = text("crm.hospede/update.json").replace("\"id_hospede\": 418553", "\"id_hospede\": \"418553\"");

        assertThat(bodies.guestsNamed(body)).containsExactly(BEATRIZ);
        assertThat(bodies.redact(body, Set.of(BEATRIZ))).doesNotContain(BEATRIZ_VALUES);
    }

    @Test
    void aBodyThatDoesNotParseIsWithheldWhenItsTextNamesAnErasedGuest() {
        String truncated = text("crm.hospede/update.json").substring(0, 200);
        String escaped = "\"{\\\"data\\\":{\\\"id_hospede\\\":418553,\\\"nom_hospede\\\":\\\"Beatriz";
        assertThat(truncated).contains("Beatriz");
        assertThat(bodies.guestsNamed(truncated)).containsExactly(BEATRIZ);
        assertThat(bodies.guestsNamed(escaped)).containsExactly(BEATRIZ);

        assertThat(bodies.redact(truncated, Set.of(BEATRIZ))).isEqualTo(DeadLetterBodies.WITHHELD);
        assertThat(bodies.redact(escaped, Set.of(BEATRIZ))).isEqualTo(DeadLetterBodies.WITHHELD);
        assertThat(bodies.redact(truncated, Set.of(HONEYMOONERS))).isSameAs(truncated);
        assertThat(bodies.redact("not JSON at all: Beatriz", Set.of(BEATRIZ))).isEqualTo("not JSON at all: Beatriz");
    }
}
