package com.mirante.benchmarks;

import com.mirante.api.reservation.ReservationCancelled;
import com.mirante.api.reservation.ReservationCheckedIn;
import com.mirante.api.reservation.ReservationPlaced;
import com.mirante.query.QueryApplication;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The replay rate of every query model over the same history, next to a raw loop measured in the
 * same run: read the events page by page, deserialize them, upsert the reservation rows they
 * describe, store a token, commit. Each model is replayed alone (the others stopped), from a reset
 * of its tokens to its slowest segment reaching the head.
 *
 * <p>Usage: {@code java -Dloader.main=com.mirante.benchmarks.ReplayBenchmark -cp
 * benchmarks/target/benchmarks-*.jar org.springframework.boot.loader.launch.PropertiesLauncher
 * [events] [output.json]}. Without {@code SPRING_DATASOURCE_URL} it runs on the embedded PostgreSQL.
 */
public final class ReplayBenchmark {

        private static final int PAGE = 1000;
    private static final String EVENTS = StorePreload.EVENTS;

    private ReplayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path output = Path.of(args.length > 1 ? args[1] : "target/replay-benchmark.json");
        DatabaseSettings.durableUnlessTold();
        ConfigurableApplicationContext query = QueryApplication.start("--server.port=0", "--logging.level.root=WARN");
        try {
            EventProcessingConfiguration processing = query.getBean(EventProcessingConfiguration.class);
            processing.eventProcessors().values().forEach(processor -> processor.shutDown());
            DataSource dataSource = query.getBean(DataSource.class);
            Serializer serializer = StorePreload.eventSerializer(query);
            StorePreload.append(dataSource, serializer, events);

            Map<String, Object> result = new LinkedHashMap<>();
            result.put("events", events);
            double raw = rawLoop(dataSource, serializer);
            result.put("rawLoopEventsPerSecond", Results.round(raw));
            for (String name : processing.eventProcessors().keySet().stream().sorted().toList()) {
                StreamingEventProcessor processor = processing
                        .eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
                double rate = replay(processor, StorePreload.head(dataSource), events);
                result.put(name + "EventsPerSecond", Results.round(rate));
                result.put(name + "ShareOfRawLoop", Math.round(rate / raw * 100) / 100.0);
            }
            result.put("database", DatabaseSettings.of(query));
            Results.report(result, output);
        } finally {
            query.close();
        }
        System.exit(0);
    }

    /** Reads pages of events, upserts a row per reservation, stores a token and commits per page. */
    private static double rawLoop(DataSource dataSource, Serializer serializer) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE IF NOT EXISTS public.benchmark_reservations"
                        + " (reservation_id BIGINT PRIMARY KEY, hotel_id VARCHAR, arrival DATE, departure DATE,"
                        + " status VARCHAR, total_amount NUMERIC(12,2))");
                ddl.execute("CREATE TABLE IF NOT EXISTS public.benchmark_token (id INT PRIMARY KEY, position BIGINT)");
                ddl.execute("TRUNCATE public.benchmark_reservations, public.benchmark_token");
                ddl.execute("INSERT INTO public.benchmark_token VALUES (1, 0)");
            }
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            long position = 0;
            long processed = 0;
            try (PreparedStatement page = connection.prepareStatement("SELECT global_index, payload_type,"
                    + " payload_revision, payload FROM " + EVENTS + " WHERE global_index > ? ORDER BY global_index"
                    + " LIMIT " + PAGE);
                 PreparedStatement upsert = connection.prepareStatement("INSERT INTO public.benchmark_reservations"
                         + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (reservation_id) DO UPDATE SET status = EXCLUDED.status");
                 PreparedStatement status = connection.prepareStatement("UPDATE public.benchmark_reservations"
                         + " SET status = ? WHERE reservation_id = ?");
                 PreparedStatement token = connection.prepareStatement("UPDATE public.benchmark_token"
                         + " SET position = ? WHERE id = 1")) {
                while (true) {
                    page.setLong(1, position);
                    int rows = 0;
                    try (ResultSet events = page.executeQuery()) {
                        while (events.next()) {
                            rows++;
                            position = events.getLong(1);
                            Object payload = serializer.deserialize(new SimpleSerializedObject<>(events.getBytes(4),
                                    byte[].class, events.getString(2), events.getString(3)));
                            apply(payload, upsert, status);
                        }
                    }
                    if (rows == 0) {
                        break;
                    }
                    upsert.executeBatch();
                    status.executeBatch();
                    token.setLong(1, position);
                    token.executeUpdate();
                    connection.commit();
                    processed += rows;
                }
            }
            double rate = processed / Results.secondsSince(start);
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("DROP TABLE public.benchmark_reservations, public.benchmark_token");
            }
            connection.commit();
            return rate;
        }
    }

    private static void apply(Object payload, PreparedStatement upsert, PreparedStatement status) throws Exception {
        if (payload instanceof ReservationPlaced placed) {
            upsert.setLong(1, placed.reservationId());
            upsert.setString(2, placed.details().hotelId());
            upsert.setObject(3, placed.details().arrival());
            upsert.setObject(4, placed.details().departure());
            upsert.setString(5, placed.status().name());
            upsert.setBigDecimal(6, placed.details().totalAmount());
            upsert.addBatch();
        } else if (payload instanceof ReservationCheckedIn checkedIn) {
            status.setString(1, "CHECKED_IN");
            status.setLong(2, checkedIn.reservationId());
            status.addBatch();
        } else if (payload instanceof ReservationCancelled cancelled) {
            status.setString(1, "CANCELLED");
            status.setLong(2, cancelled.reservationId());
            status.addBatch();
        }
    }

    /** Resets the tokens (running the model's reset handler), starts, and times it to the head. */
    private static double replay(StreamingEventProcessor processor, long head, int events) throws Exception {
        processor.resetTokens();
        long start = System.nanoTime();
        processor.start();
        while (!StorePreload.atHead(processor, head)) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        double seconds = Results.secondsSince(start);
        processor.shutDown();
        return events / seconds;
    }



}
