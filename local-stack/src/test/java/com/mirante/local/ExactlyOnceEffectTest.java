package com.mirante.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mirante.api.guest.SealedPersonalData;
import com.mirante.embedded.EmbeddedDatabases;
import com.mirante.local.corpus.ChangeCorpus;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * Exactly-once effect: the same corpus of changes for every legacy table, delivered once in
 * commit order into one database and delivered again shuffled within windows of 50 with about
 * 5% duplicates into another, leaves identical aggregate states and identical query results.
 */
class ExactlyOnceEffectTest {

    private static final Map<String, String> REPOSITORIES = Map.of(
            "hotel-", "hotelRepository",
            "reservation-", "reservationRepository",
            "room-", "roomRepository",
            "stay-", "stayRepository",
            "invoice-", "invoiceRepository",
            "guest-", "guestRepository");

    private record Outcome(Map<String, Object> aggregates, String reservations, long deadLetters) {
    }

    @Test
    void aShuffledAndDuplicatedDeliveryEndsWhereTheCleanOneDoes() {
        List<String> corpus = ChangeCorpus.generate(7);
        List<String> redelivered = ChangeCorpus.redelivered(corpus, 50, 0.05, 11);
        assertThat(redelivered.size()).isGreaterThan(corpus.size());

        Outcome clean;
        try (LocalStack stack = start("--spring.datasource.url=" + EmbeddedDatabases.create("delivered_once"))) {
            clean = deliver(stack, corpus);
        }
        Outcome shuffled;
        try (LocalStack stack = start("--spring.datasource.url=" + EmbeddedDatabases.create("redelivered"))) {
            shuffled = deliver(stack, redelivered);
        }

        // 3 hotels, 18 rooms and 1 renumbered, 40 reservations, 10 stays, 10 invoices with their charges, 30 guests.
        assertThat(clean.aggregates()).hasSize(112);
        assertThat(clean.deadLetters()).isZero();
        assertThat(shuffled.deadLetters()).isZero();
        assertThat(shuffled.aggregates().keySet()).isEqualTo(clean.aggregates().keySet());
        // Sealed personal data is encrypted with a fresh IV under each database's own keys: the
        // ciphertexts differ by design; the vault's own tests cover what they hold.
        assertThat(shuffled.aggregates()).usingRecursiveComparison().ignoringFieldsOfTypes(SealedPersonalData.class)
                .isEqualTo(clean.aggregates());
        assertThat(shuffled.reservations()).isEqualTo(clean.reservations());
    }

    private static LocalStack start(String... extra) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--mirante.embedded.sqs.port=0",
                "--mirante.sqs.wait-time=1s"));
        args.addAll(List.of(extra));
        return LocalStack.start(args.toArray(String[]::new));
    }

    private static Outcome deliver(LocalStack stack, List<String> messages) {
        Environment gateway = stack.gateway().getEnvironment();
        String queue = gateway.getRequiredProperty("mirante.sqs.queue-url");
        String deadLetterQueue = gateway.getRequiredProperty("mirante.sqs.dead-letter-queue-url");
        JdbcTemplate jdbc = new JdbcTemplate(stack.gateway().getBean(DataSource.class));
        try (SqsClient sqs = SqsClient.builder()
                .endpointOverride(URI.create(gateway.getRequiredProperty("mirante.sqs.endpoint")))
                .region(Region.of(gateway.getRequiredProperty("mirante.sqs.region")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("t", "t")))
                .build()) {
            // The embedded queues are shared by the tests of this JVM: count only what this delivery adds.
            long deadLettersBefore = pending(sqs, deadLetterQueue);
            for (int from = 0; from < messages.size(); from += 10) {
                List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
                for (int i = from; i < Math.min(from + 10, messages.size()); i++) {
                    entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i))
                            .messageBody(messages.get(i)).build());
                }
                sqs.sendMessageBatch(request -> request.queueUrl(queue).entries(entries));
            }
            awaitSettled(stack, sqs, queue, jdbc);
            return new Outcome(aggregates(stack, jdbc), reservations(jdbc),
                    pending(sqs, deadLetterQueue) - deadLettersBefore);
        }
    }

    /** Settled: the queue is empty, no event was appended for a while, and the projection has caught up. */
    private static void awaitSettled(LocalStack stack, SqsClient sqs, String queue, JdbcTemplate jdbc) {
        AtomicLong lastCount = new AtomicLong(-1);
        EventProcessingConfiguration processing = stack.query().getBean(EventProcessingConfiguration.class);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            long count = jdbc.queryForObject("select count(*) from event_store.domain_event_entry", Long.class);
            boolean stable = count == lastCount.getAndSet(count);
            long head = jdbc.queryForObject("select coalesce(max(global_index), 0) from event_store.domain_event_entry",
                    Long.class);
            boolean projected = processing.eventProcessors().values().stream()
                    .map(p -> (org.axonframework.eventhandling.StreamingEventProcessor) p)
                    .allMatch(p -> p.processingStatus().values().stream().allMatch(s -> s.isCaughtUp()
                            && s.getCurrentPosition().orElse(0) >= head));
            return pending(sqs, queue) == 0 && stable && projected;
        });
    }

    private static long pending(SqsClient sqs, String queue) {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(request -> request.queueUrl(queue)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Long.parseLong(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Long.parseLong(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    /** Every aggregate in the event store, loaded through its Axon repository. */
    private static Map<String, Object> aggregates(LocalStack stack, JdbcTemplate jdbc) {
        Map<String, Object> states = new LinkedHashMap<>();
        for (String id : jdbc.queryForList("select distinct aggregate_identifier from event_store.domain_event_entry"
                + " order by 1", String.class)) {
            REPOSITORIES.entrySet().stream().filter(entry -> id.startsWith(entry.getKey())).findFirst()
                    .ifPresent(entry -> states.put(id, load(stack.gateway().getBean(entry.getValue(), Repository.class), id)));
        }
        return states;
    }

    @SuppressWarnings("unchecked")
    private static Object load(Repository<?> repository, String id) {
        return DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(() -> ((Repository<Object>) repository).load(id).invoke(root -> root))
                .getPayload();
    }

    /** The reservations query model, as its rows stand. */
    private static String reservations(JdbcTemplate jdbc) {
        return jdbc.queryForList("select * from query_model.reservations order by reservation_id").toString();
    }
}
