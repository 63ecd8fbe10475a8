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
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fills the event store with a chain's history before a benchmark measures, written straight into
 * the event table in batches, serialized as Axon does: a million events take a minute or so,
 * instead of the hour the gateway would need. Reservation ids and hotels (BH000...) do not overlap
 * what the benchmarks send afterwards.
 */
final class StorePreload {

    static final int HOTELS = 20;
    static final String EVENTS = "event_store.domain_event_entry";
    private static final int BATCH = 1000;

    private StorePreload() {
    }

    /** The hotels, then reservations placed, a fifth of them checked in and a tenth cancelled. */
    static void append(DataSource dataSource, Serializer serializer, int events) throws Exception {
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
                if (i % BATCH == BATCH - 1) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    /**
     * The query side as the end-to-end benchmarks run it (local profile, a free port, quiet logs,
     * {@code properties} on top), once it has projected a store of {@code events} events.
     */
    static ConfigurableApplicationContext querySideOver(int events, String... properties) throws Exception {
        List<String> settings = new ArrayList<>(List.of("spring.config.name=" + QueryApplication.CONFIG_NAME,
                "server.port=0", "logging.level.root=WARN"));
        settings.addAll(List.of(properties));
        ConfigurableApplicationContext query = new SpringApplicationBuilder(QueryApplication.class)
                .profiles("local").properties(settings.toArray(String[]::new)).run();
        try {
            DataSource dataSource = query.getBean(DataSource.class);
            append(dataSource, eventSerializer(query), events);
            awaitProjected(query, dataSource, Duration.ofHours(2));
            return query;
        } catch (Exception | Error e) {
            query.close();
            throw e;
        }
    }

    /** The serializer the application stores its events with. */
    static Serializer eventSerializer(ConfigurableApplicationContext context) {
        return context.getBean("eventSerializer", Serializer.class);
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

    static long head(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet max = statement.executeQuery("SELECT coalesce(max(global_index), 0) FROM " + EVENTS)) {
            max.next();
            return max.getLong(1);
        }
    }

    /** Waits until every query model has projected the store up to its head, so the measurement starts quiet. */
    static void awaitProjected(ConfigurableApplicationContext query, DataSource dataSource, Duration timeout)
            throws Exception {
        long head = head(dataSource);
        EventProcessingConfiguration processing = query.getBean(EventProcessingConfiguration.class);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String name : processing.eventProcessors().keySet()) {
            StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                    .orElseThrow();
            while (!atHead(processor, head)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(name + " did not reach the store's head in " + timeout);
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
    }

    static boolean atHead(StreamingEventProcessor processor, long head) {
        var status = processor.processingStatus();
        return !status.isEmpty() && status.values().stream().allMatch(segment -> segment.getCurrentPosition()
                .orElse(0) >= head) && status.values().stream().noneMatch(EventTrackerStatus::isErrorState);
    }
}
