package com.mirante.query.hoteldaily;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mirante.api.reservation.ReservationAmended;
import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationPlaced;
import com.mirante.api.reservation.ReservationStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The daily figures count a stay night by night: a stay of more than 400 nights (a date typed wrong,
 * or none at all) is refused by its event's handler, before the batch holds anything of it. The
 * projection's collaborators are left out: a refused event must not reach them, and the batch the
 * others join is rolled back unwritten.
 */
class StayLimitTest {

    private static final LocalDate ARRIVAL = LocalDate.of(2025, 1, 1);

    private final HotelDailyProjection projection = new HotelDailyProjection(null, null, null, null, 400);
    private final UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));

    @AfterEach
    void rollBack() {
        batch.rollback();
    }

    private static ReservationDetails staying(LocalDate arrival, LocalDate departure) {
        return new ReservationDetails("SPA01-1", "SPA01", null, arrival, departure, 2, 0, "STD", "BAR",
                new BigDecimal("300.00"), new BigDecimal("600.00"), "BRL", "SITE", false, null);
    }

    private void place(long id, LocalDate departure) {
        projection.on(new ReservationPlaced(id, staying(ARRIVAL, departure), ReservationStatus.CONFIRMED, null, null));
    }

    @Test
    void aStayOf400NightsIsCounted() {
        assertThatCode(() -> place(1, ARRIVAL.plusDays(400))).doesNotThrowAnyException();
    }

    @Test
    void aStayOf401NightsIsRefusedWithItsReason() {
        assertThatThrownBy(() -> place(2, ARRIVAL.plusDays(401)))
                .isInstanceOf(StayTooLongException.class)
                .hasMessage("Reservation 2 stays 401 nights, from 2025-01-01 to 2026-02-06: a stay of more than"
                        + " 400 nights is not counted (mirante.query.max-stay-nights)");
    }

    @Test
    void anAmendmentToAStayWithoutEndIsRefused() {
        assertThatThrownBy(() -> projection.on(new ReservationAmended(3, staying(ARRIVAL, LocalDate.MAX), null)))
                .isInstanceOf(StayTooLongException.class)
                .hasMessageContaining("from 2025-01-01 to +999999999-12-31");
    }
}
