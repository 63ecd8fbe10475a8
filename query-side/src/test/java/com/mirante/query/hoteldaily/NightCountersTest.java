package com.mirante.query.hoteldaily;

import static org.assertj.core.api.Assertions.assertThat;

import com.mirante.query.hoteldaily.NightCounters.Counts;
import com.mirante.query.hoteldaily.NightCounters.HotelNight;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NightCountersTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2031, 3, 1);

    private final NightCounters counters = new NightCounters();

    private static ReservationFact booked(String hotel, LocalDate arrival, LocalDate departure) {
        return new ReservationFact(hotel, arrival, departure, true, null);
    }

    private Counts at(String hotel, LocalDate night) {
        return counters.changes().get(new HotelNight(hotel, night));
    }

    @Test
    void aBookingCountsEachNightItsArrivalAndItsDeparture() {
        counters.replace(null, booked("H1", MARCH_1, MARCH_1.plusDays(2)));

        assertThat(counters.changes()).hasSize(3);
        assertThat(at("H1", MARCH_1).roomsSold).isEqualTo(1);
        assertThat(at("H1", MARCH_1).arrivals).isEqualTo(1);
        assertThat(at("H1", MARCH_1.plusDays(1)).roomsSold).isEqualTo(1);
        assertThat(at("H1", MARCH_1.plusDays(2)).roomsSold).isZero();
        assertThat(at("H1", MARCH_1.plusDays(2)).departures).isEqualTo(1);
    }

    @Test
    void aReservationAmendedToOtherDatesLeavesItsOldNights() {
        counters.replace(booked("H1", MARCH_1, MARCH_1.plusDays(2)),
                booked("H1", MARCH_1.plusDays(1), MARCH_1.plusDays(3)));

        assertThat(at("H1", MARCH_1).roomsSold).isEqualTo(-1);
        assertThat(at("H1", MARCH_1).arrivals).isEqualTo(-1);
        // The second night is sold before and after: nothing to write for it but its new arrival.
        assertThat(at("H1", MARCH_1.plusDays(1)).roomsSold).isZero();
        assertThat(at("H1", MARCH_1.plusDays(1)).arrivals).isEqualTo(1);
        assertThat(at("H1", MARCH_1.plusDays(2)).roomsSold).isEqualTo(1);
        assertThat(at("H1", MARCH_1.plusDays(2)).departures).isEqualTo(-1);
        assertThat(at("H1", MARCH_1.plusDays(3)).departures).isEqualTo(1);
    }

    @Test
    void aCancellationTakesTheNightsOffTheBooksAndCountsOnItsOwnDate() {
        LocalDate cancelledOn = MARCH_1.minusDays(10);
        counters.replace(booked("H1", MARCH_1, MARCH_1.plusDays(1)),
                new ReservationFact("H1", MARCH_1, MARCH_1.plusDays(1), false, cancelledOn));

        assertThat(counters.changes()).containsOnlyKeys(new HotelNight("H1", MARCH_1),
                new HotelNight("H1", MARCH_1.plusDays(1)), new HotelNight("H1", cancelledOn));
        assertThat(at("H1", MARCH_1).roomsSold).isEqualTo(-1);
        assertThat(at("H1", cancelledOn).cancellations).isEqualTo(1);
    }

    @Test
    void aReservationWithoutItsHotelOrDatesCountsNowhere() {
        counters.replace(null, new ReservationFact(null, MARCH_1, MARCH_1.plusDays(1), true, MARCH_1));
        counters.replace(null, new ReservationFact("H1", null, null, true, null));

        assertThat(counters.changes()).isEmpty();
    }

    @Test
    void roomNightChargesAreRoomRevenueAndEveryChargeIsTotalRevenue() {
        counters.replace(null, new ChargeFact("H1", "DIARIA", new BigDecimal("300.00"), MARCH_1, true));
        counters.replace(null, new ChargeFact("H1", "FRIGO", new BigDecimal("12.50"), MARCH_1, true));

        assertThat(at("H1", MARCH_1).roomRevenue).isEqualByComparingTo("300.00");
        assertThat(at("H1", MARCH_1).totalRevenue).isEqualByComparingTo("312.50");
    }

    @Test
    void aReversedChargeGivesItsAmountBack() {
        ChargeFact posted = new ChargeFact("H1", "DIARIA", new BigDecimal("300.00"), MARCH_1, true);
        counters.replace(null, posted);
        counters.replace(posted, new ChargeFact("H1", "DIARIA", new BigDecimal("300.00"), MARCH_1, false));

        assertThat(counters.changes()).isEmpty();
    }

    @Test
    void aChargeCountsOnlyOnceItsInvoiceSaysWhichHotel() {
        ChargeFact beforeItsInvoice = new ChargeFact(null, "DIARIA", new BigDecimal("200.00"), MARCH_1, true);
        counters.replace(null, beforeItsInvoice);
        assertThat(counters.changes()).isEmpty();

        counters.replace(beforeItsInvoice, beforeItsInvoice.inHotel("H2"));
        assertThat(at("H2", MARCH_1).totalRevenue).isEqualByComparingTo("200.00");
    }

    @Test
    void changesComeInHotelThenNightOrderSoConcurrentBatchesLockRowsAlike() {
        counters.replace(null, booked("H2", MARCH_1, MARCH_1.plusDays(1)));
        counters.replace(null, booked("H1", MARCH_1.plusDays(5), MARCH_1.plusDays(6)));
        counters.replace(null, booked("H1", MARCH_1, MARCH_1.plusDays(1)));

        List<HotelNight> keys = List.copyOf(counters.changes().keySet());
        assertThat(keys).containsExactly(new HotelNight("H1", MARCH_1), new HotelNight("H1", MARCH_1.plusDays(1)),
                new HotelNight("H1", MARCH_1.plusDays(5)), new HotelNight("H1", MARCH_1.plusDays(6)),
                new HotelNight("H2", MARCH_1), new HotelNight("H2", MARCH_1.plusDays(1)));
        Map<HotelNight, Counts> changes = counters.changes();
        assertThat(changes.values()).allMatch(counts -> !counts.isZero());
    }
}
