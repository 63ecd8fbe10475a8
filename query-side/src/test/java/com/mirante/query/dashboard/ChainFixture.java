package com.mirante.query.dashboard;

import static org.awaitility.Awaitility.await;

import com.mirante.api.billing.ChargeDetails;
import com.mirante.api.billing.ChargePosted;
import com.mirante.api.billing.InvoiceDetails;
import com.mirante.api.billing.InvoiceIds;
import com.mirante.api.billing.InvoiceOpened;
import com.mirante.api.billing.InvoiceStatus;
import com.mirante.api.hotel.HotelIds;
import com.mirante.api.hotel.HotelRegistered;
import com.mirante.api.reservation.Cancellation;
import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationIds;
import com.mirante.api.reservation.ReservationPlaced;
import com.mirante.api.reservation.ReservationStatus;
import com.mirante.api.room.HousekeepingStatus;
import com.mirante.api.room.RoomIds;
import com.mirante.api.room.RoomOccupancy;
import com.mirante.api.room.RoomRegistered;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * A fictional chain's history as domain events, appended in batches to the real event store:
 * hotels with their rooms, reservations arriving every day of a period (on the books, in house,
 * checked out or cancelled as of {@code today}) across channels, and each day's invoice with its
 * room and restaurant charges. Seeded, so every run builds the same chain.
 */
final class ChainFixture {

    private static final String[] CHANNELS = {"SITE", "SITE", "SITE", "BOOKING", "BOOKING", "EXPEDIA", "PHONE", "AGENCY"};
    private static final HousekeepingStatus[] HOUSEKEEPING = {HousekeepingStatus.CLEAN, HousekeepingStatus.INSPECTED,
            HousekeepingStatus.DIRTY, HousekeepingStatus.CLEANING, HousekeepingStatus.CLEAN};
    private static final int BATCH = 1_000;

    private final EventStore eventStore;
    private final Random random = new Random(20_310_301L);
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<DomainEventMessage<?>> pending = new ArrayList<>();
    private long nextReservation = 1;
    private long nextInvoice = 1;
    private long nextCharge = 1;
    private long events;

    ChainFixture(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    static String hotelId(int number) {
        return String.format("MIR%02d", number);
    }

    /** {@code hotels} hotels of {@code rooms} rooms each, with bookings arriving from {@code first} to {@code last}. */
    ChainFixture chain(int hotels, int rooms, LocalDate first, LocalDate last, LocalDate today) {
        for (int number = 1; number <= hotels; number++) {
            hotel(hotelId(number), rooms, first, last, today);
        }
        flush();
        return this;
    }

    long events() {
        return events;
    }

    private void hotel(String hotelId, int rooms, LocalDate first, LocalDate last, LocalDate today) {
        append("Hotel", HotelIds.aggregateId(hotelId), new HotelRegistered(hotelId, "Mirante " + hotelId, "Florianópolis",
                "SC", rooms, "America/Sao_Paulo", true, load("cadastro.hotel", hotelId)));
        for (int index = 0; index < rooms; index++) {
            room(hotelId, String.valueOf((index / 20 + 1) * 100 + index % 20 + 1));
        }
        Map<LocalDate, Integer> soldByNight = new HashMap<>();
        int arrivalsPerDay = Math.max(1, rooms / 4);
        for (LocalDate arrival = first; !arrival.isAfter(last); arrival = arrival.plusDays(1)) {
            for (int booking = 0; booking < arrivalsPerDay; booking++) {
                int nights = 1 + random.nextInt(5);
                if (reservation(hotelId, arrival, nights, today)) {
                    for (int night = 0; night < nights; night++) {
                        soldByNight.merge(arrival.plusDays(night), 1, Integer::sum);
                    }
                }
            }
            if (!arrival.isAfter(today)) {
                dailyInvoice(hotelId, arrival, soldByNight.getOrDefault(arrival, 0));
            }
        }
    }

    private void room(String hotelId, String room) {
        boolean outOfService = random.nextInt(25) == 0;
        append("Room", RoomIds.aggregateId(hotelId, room), new RoomRegistered(hotelId, room,
                Integer.parseInt(room) / 100, random.nextInt(4) == 0 ? "LXO" : "STD",
                random.nextBoolean() ? RoomOccupancy.OCCUPIED : RoomOccupancy.VACANT,
                HOUSEKEEPING[random.nextInt(HOUSEKEEPING.length)], null, null, outOfService,
                outOfService ? "Ar-condicionado em manutenção" : null, null, load("governanca.quarto", hotelId + "|" + room)));
    }

    /** Places one booking; true when it is on the books. */
    private boolean reservation(String hotelId, LocalDate arrival, int nights, LocalDate today) {
        long id = nextReservation++;
        LocalDate departure = arrival.plusDays(nights);
        BigDecimal rate = BigDecimal.valueOf(280 + random.nextInt(8) * 40L);
        ReservationDetails details = new ReservationDetails(hotelId + "-" + id, hotelId, null, arrival, departure,
                2, 0, "STD", "BAR", rate, rate.multiply(BigDecimal.valueOf(nights)), "BRL",
                CHANNELS[random.nextInt(CHANNELS.length)], true, arrival.minusDays(20).atTime(10, 0));
        boolean cancelled = random.nextInt(12) == 0 && arrival.minusDays(3).isBefore(today);
        ReservationStatus status = cancelled ? ReservationStatus.CANCELLED
                : !departure.isAfter(today) ? ReservationStatus.CHECKED_OUT
                : !arrival.isAfter(today) ? ReservationStatus.IN_HOUSE
                : ReservationStatus.CONFIRMED;
        Cancellation cancellation = cancelled ? new Cancellation(arrival.minusDays(3).atTime(15, 0), "Mudou de planos") : null;
        append("Reservation", ReservationIds.aggregateId(id), new ReservationPlaced(id, details, status, cancellation,
                load("reservas.reserva", id)));
        return !cancelled;
    }

    private void dailyInvoice(String hotelId, LocalDate day, int nightsSold) {
        long invoiceId = nextInvoice++;
        String aggregateId = InvoiceIds.aggregateId(invoiceId);
        append("Invoice", aggregateId, new InvoiceOpened(invoiceId, new InvoiceDetails("NF-" + invoiceId, null, hotelId,
                day, false), InvoiceStatus.OPEN, null, BigDecimal.ZERO, BigDecimal.ZERO, load("faturamento.fatura", invoiceId)));
        charge(invoiceId, aggregateId, "DIARIA", BigDecimal.valueOf(nightsSold * (290L + random.nextInt(60))), day);
        charge(invoiceId, aggregateId, "REST", BigDecimal.valueOf(nightsSold * 45L + random.nextInt(400)), day);
    }

    private void charge(long invoiceId, String aggregateId, String service, BigDecimal amount, LocalDate day) {
        long chargeId = nextCharge++;
        append("Invoice", aggregateId, new ChargePosted(invoiceId, chargeId, new ChargeDetails(service, service,
                BigDecimal.ONE, amount, amount, day.atTime(23, 0)), false, load("faturamento.lancamento", chargeId)));
    }

    private static SourcePosition load(String table, Object key) {
        return new SourcePosition(table, key.toString(), SourceOperation.LOAD, null, null, null, null, null);
    }

    private void append(String type, String aggregateId, Object event) {
        long sequence = sequences.merge(aggregateId, 0L, (last, zero) -> last + 1);
        pending.add(new GenericDomainEventMessage<>(type, aggregateId, sequence, event));
        if (pending.size() == BATCH) {
            flush();
        }
    }

    private void flush() {
        if (!pending.isEmpty()) {
            eventStore.publish(List.copyOf(pending));
            events += pending.size();
            pending.clear();
        }
    }

    /** Waits until every query model's processor has handled every event appended so far. */
    static void awaitProjected(EventStore eventStore, EventProcessingConfiguration processing, Duration atMost) {
        long head = eventStore.createHeadToken().position().orElse(0);
        await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() -> processing.eventProcessors().values()
                .stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .allMatch(processor -> !processor.processingStatus().isEmpty() && processor.processingStatus().values()
                        .stream().allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= head)));
    }
}
