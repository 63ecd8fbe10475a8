package com.mirante.benchmarks;

import com.mirante.gateway.GatewayApplication;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * Sustained ingestion from the queue to the event store, next to the two raw limits measured in
 * the same run on the same servers: a plain receive+delete drain of a queue holding the same
 * messages, and a batched JDBC insert of as many event rows into a copy of the event table.
 *
 * <p>Usage: {@code java -jar benchmarks/target/benchmarks-*.jar [records] [pollers] [output.json] [workers]
 * [storeEvents] [warmUpRecords]}: {@code storeEvents} events are written into the store first (see
 * {@link StorePreload}). The first {@code warmUpRecords} of each drain go unmeasured, so that both
 * rates are sustained ones, not the just-in-time compiler's warm-up.
 * Without {@code SPRING_DATASOURCE_URL} / {@code MIRANTE_SQS_QUEUE_URL} it runs on the embedded
 * PostgreSQL and ElasticMQ.
 */
public final class IngestionBenchmark {

    private IngestionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int pollers = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Path output = Path.of(args.length > 2 ? args[2] : "target/ingestion-benchmark.json");
        int workers = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        int storeEvents = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        int warmUp = args.length > 5 ? Integer.parseInt(args[5]) : 20_000;
        DatabaseSettings.durableUnlessTold();

        ConfigurableApplicationContext gateway = new SpringApplicationBuilder(GatewayApplication.class)
                .properties("spring.config.name=" + GatewayApplication.CONFIG_NAME,
                        "mirante.embedded.sqs.port=0", "server.port=0", "mirante.sqs.auto-start=false",
                        "mirante.sqs.pollers=" + pollers, "mirante.sqs.workers=" + workers, "mirante.sqs.wait-time=1s",
                        "spring.datasource.hikari.maximum-pool-size=" + (pollers + 4),
                        "logging.level.root=WARN")
                .run();
        Environment env = gateway.getEnvironment();
        try (SqsClient sqs = sqsClient(env, pollers)) {
            DataSource dataSource = gateway.getBean(DataSource.class);
            StorePreload.append(dataSource, StorePreload.eventSerializer(gateway), storeEvents);
            // A poller may take up to 10 messages past the warm-up: the drain queue holds that many more.
            List<String> bodies = SyntheticReservations.inserts(warmUp + records + pollers * 10);

            double rawInsert = rawJdbcInsert(dataSource, records);
            String drainQueue = sqs.createQueue(b -> b.queueName("benchmark-drain-" + UUID.randomUUID())).queueUrl();
            fill(sqs, drainQueue, bodies);
            drain(sqs, drainQueue, warmUp, pollers);
            double drain = drain(sqs, drainQueue, records, pollers);

            String queue = env.getRequiredProperty("mirante.sqs.queue-url");
            fill(sqs, queue, bodies.subList(0, warmUp + records));
            StoredEvents events = new StoredEvents(new JdbcTemplate(dataSource));
            gateway.start();
            long warm = events.awaitAtLeast(warmUp);
            long start = System.nanoTime();
            long stored = events.awaitAtLeast(warmUp + records);
            double ingestion = (stored - warm) / Results.secondsSince(start);

            Map<String, Object> result = new LinkedHashMap<>();
            result.put("storeEvents", storeEvents);
            result.put("records", records);
            result.put("pollers", pollers);
            result.put("workers", workers);
            result.put("warmUpRecords", warmUp);
            // -Dmirante.ingest.batch-transactions=false measures the one-by-one way for comparison.
            result.put("batchTransactions", env.getProperty("mirante.ingest.batch-transactions", Boolean.class));
            result.put("ingestionRecordsPerSecond", Results.round(ingestion));
            result.put("plainDrainMessagesPerSecond", Results.round(drain));
            result.put("rawJdbcBatchInsertRowsPerSecond", Results.round(rawInsert));
            result.put("ingestionShareOfDrain", Math.round(ingestion / drain * 100) / 100.0);
            result.put("database", DatabaseSettings.of(gateway));
            Results.report(result, output);
        } finally {
            gateway.close();
        }
        System.exit(0);
    }

    private static SqsClient sqsClient(Environment env, int pollers) {
        return SqsClient.builder()
                .endpointOverride(URI.create(env.getRequiredProperty("mirante.sqs.endpoint")))
                .region(Region.of(env.getRequiredProperty("mirante.sqs.region")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        env.getRequiredProperty("mirante.sqs.access-key"),
                        env.getRequiredProperty("mirante.sqs.secret-key"))))
                .httpClientBuilder(software.amazon.awssdk.http.apache.ApacheHttpClient.builder()
                        .maxConnections(pollers * 2 + 8))
                .build();
    }

    /** Batches of 100 rows per transaction into a copy of the event table, payloads the size of real events. */
    private static double rawJdbcInsert(DataSource dataSource, int rows) throws Exception {
        byte[] payload = SyntheticReservations.inserts(1).get(0).getBytes(StandardCharsets.UTF_8);
        try (Connection connection = dataSource.getConnection()) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("create table if not exists public.benchmark_event_entry"
                        + " (like event_store.domain_event_entry including all)");
                ddl.execute("truncate public.benchmark_event_entry");
            }
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("insert into public.benchmark_event_entry"
                    + " (event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,"
                    + " payload_revision, payload, meta_data) values (?, ?, 0, 'Reservation', ?, ?, null, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, "benchmark-" + i);
                    insert.setString(3, "2025-05-01T10:00:00Z");
                    insert.setString(4, "com.mirante.api.reservation.ReservationPlaced");
                    insert.setBytes(5, payload);
                    insert.setBytes(6, "{}".getBytes(StandardCharsets.UTF_8));
                    insert.addBatch();
                    if (i % 100 == 99) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            double rate = rows / Results.secondsSince(start);
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("drop table public.benchmark_event_entry");
            }
            connection.commit();
            return rate;
        }
    }

    private static void fill(SqsClient sqs, String queue, List<String> bodies) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Future<?>> sent = new ArrayList<>();
        for (int from = 0; from < bodies.size(); from += 10) {
            List<String> chunk = bodies.subList(from, Math.min(from + 10, bodies.size()));
            sent.add(senders.submit(() -> {
                List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
                for (int i = 0; i < chunk.size(); i++) {
                    entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i)).messageBody(chunk.get(i)).build());
                }
                sqs.sendMessageBatch(b -> b.queueUrl(queue).entries(entries));
            }));
        }
        for (Future<?> future : sent) {
            future.get();
        }
        senders.shutdown();
    }

    /** What the consumer does without applying anything: long-poll receive 10, delete the batch. */
    private static double drain(SqsClient sqs, String queue, int messages, int pollers) throws Exception {
        AtomicInteger drained = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(pollers);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int p = 0; p < pollers; p++) {
            running.add(threads.submit(() -> {
                while (drained.get() < messages) {
                    List<Message> batch = sqs.receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(10)
                            .waitTimeSeconds(1)).messages();
                    if (batch.isEmpty()) {
                        continue;
                    }
                    List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
                    for (int i = 0; i < batch.size(); i++) {
                        entries.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(i))
                                .receiptHandle(batch.get(i).receiptHandle()).build());
                    }
                    sqs.deleteMessageBatch(b -> b.queueUrl(queue).entries(entries));
                    drained.addAndGet(batch.size());
                }
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        threads.shutdown();
        return messages / Results.secondsSince(start);
    }

    /**
     * Events appended after the head of the global index when the run began, counted through that
     * index four times a second: a full count(*) every few milliseconds would cost PostgreSQL more
     * CPU than the appends it watches. (Counting only past the last row seen would miss rows that
     * commit late with a lower index.)
     */
    private static final class StoredEvents {

        private final JdbcTemplate jdbc;
        private final long head;

        StoredEvents(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
            this.head = jdbc.queryForObject("select coalesce(max(global_index), 0) from event_store.domain_event_entry",
                    Long.class);
        }

        long awaitAtLeast(long events) throws InterruptedException {
            while (true) {
                long stored = jdbc.queryForObject("select count(*) from event_store.domain_event_entry"
                        + " where global_index > ?", Long.class, head);
                if (stored >= events) {
                    return stored;
                }
                TimeUnit.MILLISECONDS.sleep(250);
            }
        }
    }
}
