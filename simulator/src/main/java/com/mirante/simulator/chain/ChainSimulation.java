package com.mirante.simulator.chain;

import com.mirante.simulator.dms.ChangeCapture;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A hotel chain's legacy activity as DMS would capture it: the full load of the initial state,
 * then day after simulated day of change data capture. Simulated time has nothing to do with the
 * wall clock: the same settings and seed always give the same records.
 */
public final class ChainSimulation {

    private final SimulationSettings settings;

    public ChainSimulation(SimulationSettings settings) {
        this.settings = settings;
    }

    /** Generates every record, in capture order, into {@code out}; returns how many. */
    public long run(Consumer<String> out) {
        return run(out, () -> { });
    }

    /** As {@link #run(Consumer)}, telling {@code fullLoadDone} when change data capture begins. */
    public long run(Consumer<String> out, Runnable fullLoadDone) {
        Random random = new Random(settings.seed());
        ChangeCapture capture = new ChangeCapture(out, random, 48_000_000L + random.nextInt(1_000_000),
                0x0000A3F100000000L + random.nextInt(1 << 24));
        Chain chain = new Chain(random, capture);
        GuestRelations crm = new GuestRelations(chain);
        Housekeeping housekeeping = new Housekeeping(chain);
        FrontDesk frontDesk = new FrontDesk(chain, crm, housekeeping);
        Bookings bookings = new Bookings(chain, crm);
        bookings.sendSameDayArrivalsTo(frontDesk);
        Billing billing = new Billing(chain);

        new InitialState(chain, crm, bookings, frontDesk, billing).load(settings.hotels(), settings.start());
        fullLoadDone.run();

        LocalDate end = settings.start().plusDays(settings.days());
        for (Hotel hotel : chain.hotels) {
            chain.timeline.at(settings.start().atStartOfDay(), hotel.zone, new Timeline.Activity() {
                @Override
                public void run(LocalDateTime midnight) {
                    if (!midnight.toLocalDate().isBefore(end)) {
                        return;
                    }
                    hotel.reservations.removeIf(r -> !r.holdsRooms() && r.departure.isBefore(midnight.toLocalDate()));
                    hotel.stays.removeIf(stay -> !stay.inHouse() && !"A".equals(stay.invoice.status)
                            && stay.checkedOutAt.isBefore(midnight.minusDays(1)));
                    hotel.inventory.forgetBefore(midnight.toLocalDate());
                    billing.planNightAudit(hotel, midnight, frontDesk);
                    frontDesk.planDay(hotel, midnight);
                    housekeeping.planDay(hotel, midnight);
                    billing.planExtras(hotel, midnight);
                    bookings.planDay(hotel, midnight);
                    chain.timeline.at(midnight.plusDays(1), hotel.zone, this);
                }
            });
        }
        chain.timeline.at(settings.start().atStartOfDay(), Chain.HEAD_OFFICE, new Timeline.Activity() {
            @Override
            public void run(LocalDateTime midnight) {
                if (midnight.toLocalDate().isBefore(end)) {
                    crm.planDay(midnight);
                    chain.timeline.at(midnight.plusDays(1), Chain.HEAD_OFFICE, this);
                }
            }
        });
        while (chain.timeline.runNext()) {
            // Each activity captures its own changes.
        }
        return capture.records();
    }
}
