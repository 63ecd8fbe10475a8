package com.mirante.gateway.erasure;

import static com.mirante.gateway.dms.DmsFixtures.reservation;
import static com.mirante.gateway.dms.DmsFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mirante.embedded.EmbeddedDatabases;
import com.mirante.embedded.EmbeddedQueues;
import com.mirante.gateway.GatewayApplication;
import com.mirante.gateway.dms.DmsMessageReader;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.sqs.DeadLetter;
import com.mirante.gateway.sqs.DeadLetterQueue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The real gateway on a queue and a database of its own (embedded ElasticMQ and PostgreSQL): guest
 * A's rejected records, dead-lettered as a plain DMS record, in a Kinesis Lambda event and through
 * EventBridge Pipes, lose every personal value of A once the CRM's delete of A (the erasure) comes
 * through the change queue, and keep their reason; guest B's letter is untouched; and a change of A
 * rejected after the erasure reaches the dead-letter queue already redacted.
 */
class ErasedGuestDeadLettersIntegrationTest {

    private static final Duration SETTLED = Duration.ofSeconds(60);
    private static final long GUEST_A = 418_553L;
    private static final String NOTE = "Lua de mel; pediu andar alto com vista para o mar";
    private static final List<String> A_VALUES = List.of("Beatriz Lobato Fontes", "316.774.208-09",
            "bia.fontes@example.net", "+55 71 98830-2641", "1979-12-01", "01/12/1979", NOTE);

    private ConfigurableApplicationContext gateway;
    private SqsClient sqs;
    private String queueUrl;

    /** Guest B: another guest, none of whose values are A's. */
    private static String guestB(String body) {
        return body.replace("418553", "455120").replace("Beatriz Lobato Fontes", "Otávio Rezende Lima")
                .replace("316.774.208-09", "528.113.940-72").replace("bia.fontes@example.net", "otavio.rl@example.com")
                .replace("+55 71 98830-2641", "+55 11 97410-3385").replace("1979-12-01", "1988-03-17");
    }

    /** A reservation of guest A with a personal note and a status no one knows: rejected. */
    private static String badReservationOfA(long id) {
        return reservation(id, "Z", 1, "insert").replace("\"id_hospede\":10", "\"id_hospede\":" + GUEST_A)
                .replace("\"fl_garantida\":\"false\"", "\"fl_garantida\":\"false\",\"obs_reserva\":\"" + NOTE + "\"");
    }

    private static String oneLine(String fixture) {
        return text(fixture).replaceAll("\\s*\\n\\s*", "");
    }

    private String send(String body) {
        return sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(body)).messageId();
    }

    private double count(String meter, String... tags) {
        return gateway.getBean(MeterRegistry.class).find(meter).tags(tags).counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    /** The dead letters by the id of the message they came from. */
    private Map<String, DeadLetter> deadLetters() {
        return gateway.getBean(DeadLetterQueue.class).page(0, 100, 1_000).items().stream()
                .collect(Collectors.toMap(DeadLetter::originalMessageId, Function.identity()));
    }

    /** The raw body and, where it parses, every record in it decoded: what a reader of the letter could see. */
    private String readable(DeadLetter letter) {
        String records = gateway.getBean(DmsMessageReader.class).read(letter.body()).stream()
                .map(DmsRecord::toString).collect(Collectors.joining());
        return letter.body() + records;
    }

    @Test
    void anErasedGuestsDeadLettersLoseThePersonalDataAndKeepTheirReason() {
        List<String> args = new ArrayList<>(EmbeddedQueues.create("erasure-changes"));
        args.addAll(List.of("--spring.datasource.url=" + EmbeddedDatabases.create("erasure"), "--server.port=0",
                "--mirante.sqs.wait-time=1s"));
        gateway = new SpringApplicationBuilder(GatewayApplication.class)
                .properties("spring.config.name=" + GatewayApplication.CONFIG_NAME)
                .run(args.toArray(String[]::new));
        try {
            sqs = gateway.getBean(SqsClient.class);
            queueUrl = gateway.getEnvironment().getRequiredProperty("mirante.sqs.queue-url");

            send(oneLine("crm.hospede/insert.json"));
            List<String> lettersOfA = List.of(
                    send(oneLine("crm.hospede/bad-birth-date.json")),
                    send(RelayShapes.kinesisEvent(badReservationOfA(870_001))),
                    send(RelayShapes.pipesBody(oneLine("crm.hospede/bad-marketing-consent.json"))));
            String letterOfB = send(guestB(oneLine("crm.hospede/bad-loyalty-tier.json")));
            await().atMost(SETTLED).until(() -> count("mirante.ingestion.dead.lettered") == 4);
            Map<String, DeadLetter> before = deadLetters();
            assertThat(before).containsOnlyKeys(lettersOfA.get(0), lettersOfA.get(1), lettersOfA.get(2), letterOfB);
            assertThat(lettersOfA).allSatisfy(letter -> assertThat(readable(before.get(letter)))
                    .containsAnyOf(A_VALUES.toArray(String[]::new)));

            send(oneLine("crm.hospede/delete-key-only.json").replace("502760", Long.toString(GUEST_A)));

            await().atMost(SETTLED).until(() -> count("mirante.dead.letters.redacted", "stage", "sweep") == 3);
            // The sweep holds the letters it walked hidden until it ends.
            Map<String, DeadLetter> after = await().atMost(SETTLED)
                    .until(this::deadLetters, letters -> letters.keySet().equals(before.keySet()));
            assertThat(lettersOfA).allSatisfy(letter -> {
                DeadLetter redacted = after.get(letter);
                assertThat(readable(redacted)).doesNotContain(A_VALUES).contains("(erased)");
                assertThat(redacted.messageId()).isNotEqualTo(before.get(letter).messageId());
                assertThat(List.of(redacted.errorCode(), redacted.errorMessage(), redacted.receiveCount()))
                        .isEqualTo(List.of(before.get(letter).errorCode(), before.get(letter).errorMessage(),
                                before.get(letter).receiveCount()));
            });
            assertThat(after.get(lettersOfA.get(1)).errorMessage()).contains("sit_reserva");
            assertThat(readable(after.get(lettersOfA.get(1)))).contains("POA01-2025-870001", "600.00", "reservas");
            assertThat(after.get(letterOfB)).isEqualTo(before.get(letterOfB));

            // Rejected after the erasure was handled: redacted before it is written.
            String lateLetter = send(badReservationOfA(870_002));
            await().atMost(SETTLED).until(() -> count("mirante.dead.letters.redacted", "stage", "dead_lettering") == 1);
            DeadLetter late = deadLetters().get(lateLetter);
            assertThat(late.errorCode()).isEqualTo("BAD_VALUE");
            assertThat(readable(late)).doesNotContain(NOTE).contains("(erased)", "870002");
        } finally {
            gateway.close();
        }
    }
}
