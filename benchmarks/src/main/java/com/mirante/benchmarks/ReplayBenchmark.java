package com.mirante.benchmarks;

import com.mirante.api.hotel.HotelIds;
import com.mirante.api.hotel.HotelRegistered;
import com.mirante.api.reservation.Cancellation;
import com.mirante.api.reservation.ReservationCancelled;
import com.mirante.api.reservation.ReservationCheckedIn;
import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationIds;
import com.mirante.api.reservation.ReservationPlaced;
import com.mirante.api.reservation.ReservationStatus;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.query.QueryApplication;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
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

    private static final int HOTELS = 20;
    private static final int PAGE = 1000;
    private static final String EVENTS = "event_store.domain_event_entry";

    private ReplayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path output = Path.of(args.length > 1 ? args[1] : "target/replay-benchmark.json");
        ConfigurableApplicationContext query = QueryApplication.start("--server.port=0", "--logging.level.root=WARN");
        try {
            EventProcessingConfiguration processing = query.getBean(EventProcessingConfiguration.class);
            processing.eventProcessors().values().forEach(processor -> processor.shutDown());
            DataSource dataSource = query.getBean(DataSource.class);
            Serializer serializer = eventSerializer(query);
            append(dataSource, serializer, events);

            Map<String, Object> result = new LinkedHashMap<>();
            result.put("events", events);
            double raw = rawLoop(dataSource, serializer);
            result.put("rawLoopEventsPerSecond", round(raw));
            for (String name : processing.eventProcessors().keySet().stream().sorted().toList()) {
                StreamingEventProcessor processor = processing
                        .eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
                double rate = replay(processor, head(dataSource), events);
                result.put(name + "EventsPerSecond", round(rate));
                result.put(name + "ShareOfRawLoop", Math.round(rate / raw * 100) / 100.0);
            }
            report(result, output);
        } finally {
            query.close();
        }
        System.exit(0);
    }

    private static Serializer eventSerializer(ConfigurableApplicationContext context) {
        return context.getBean("eventSerializer", Serializer.class);
    }

    /**
     * A chain's history: hotels, then reservations placed, a fifth of them checked in and a tenth
     * cancelled, written straight into the event store in batches, serialized as Axon does.
     */
    private static void append(DataSource dataSource, Serializer serializer, int events) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO " + EVENTS
                     + " (event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,"
                     + " payload_revision, payload, meta_data) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)")) {
            connection.setAutoCommit(false);
            byte[] metaData = serializer.serialize(MetaData.emptyInstance(), byte[].class).getData();
            String now = DateTimeUtils.formatInstant(Instant.now());
            for (int i = 0; i < events; i++) {
                Event event = event(i);
                SerializedObject<byte[]> payload = serializer.serialize(event.payload(), byte[].class);
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, event.aggregateId());
                insert.setLong(3, event.sequence());
                insert.setString(4, event.aggregateType());
                insert.setString(5, now);
                insert.setString(6, payload.getType().getName());
                insert.setBytes(7, payload.getData());
                insert.setBytes(8, metaData);
                insert.addBatch();
                if (i % PAGE == PAGE - 1) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    private record Event(String aggregateType, String aggregateId, long sequence, Object payload) {
    }

    /** Event i of the history: the hotels first, then per reservation placed, checked in or cancelled. */
    private static Event event(int i) {
        if (i < HOTELS) {
            String hotelId = hotel(i);
            return new Event("Hotel", HotelIds.aggregateId(hotelId), 0, new HotelRegistered(hotelId,
                    "Mirante " + hotelId, "Recife", "PE", 120, "America/Recife", true, source("cadastro.hotel", hotelId)));
        }
        long n = i - HOTELS;
        long reservation = n / 10 * 10 + (n % 10 < 7 ? n % 10 : n % 10 - 7);
        String aggregateId = ReservationIds.aggregateId(reservation);
        SourcePosition source = source("reservas.reserva", Long.toString(reservation));
        if (n % 10 < 7) {
            LocalDate arrival = LocalDate.of(2030, 1, 1).plusDays(reservation % 700);
            ReservationDetails details = new ReservationDetails("R-" + reservation, hotel((int) (reservation % HOTELS)),
                    null, arrival, arrival.plusDays(1 + reservation % 4), 2, 0, "STD", "BAR", new BigDecimal("300.00"),
                    new BigDecimal("900.00"), "BRL", "SITE", false, LocalDateTime.of(2029, 12, 1, 10, 0));
            return new Event("Reservation", aggregateId, 0,
                    new ReservationPlaced(reservation, details, ReservationStatus.CONFIRMED, null, source));
        }
        if (n % 10 < 9) {
            return new Event("Reservation", aggregateId, 1, new ReservationCheckedIn(reservation, source));
        }
        return new Event("Reservation", aggregateId, 1, new ReservationCancelled(reservation,
                new Cancellation(LocalDateTime.of(2029, 12, 20, 9, 0), "guest request"), source));
    }

    private static String hotel(int i) {
        return "BH" + String.format("%03d", i);
    }

    private static SourcePosition source(String table, String key) {
        return new SourcePosition(table, key, SourceOperation.LOAD, null, null, null, null, null);
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
            double rate = processed / seconds(start);
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
        while (!atHead(processor, head)) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        double seconds = seconds(start);
        processor.shutDown();
        return events / seconds;
    }

    private static boolean atHead(StreamingEventProcessor processor, long head) {
        var status = processor.processingStatus();
        return !status.isEmpty() && status.values().stream().allMatch(segment -> segment.getCurrentPosition()
                .orElse(0) >= head) && status.values().stream().noneMatch(EventTrackerStatus::isErrorState);
    }

    private static long head(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet max = statement.executeQuery("SELECT max(global_index) FROM " + EVENTS)) {
            max.next();
            return max.getLong(1);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static void report(Map<String, Object> result, Path output) throws IOException {
        StringBuilder json = new StringBuilder("{");
        result.forEach((key, value) -> json.append(json.length() > 1 ? ", " : "").append('"').append(key)
                .append("\": ").append(value));
        json.append("}\n");
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, json);
        System.out.print(json);
    }
}
