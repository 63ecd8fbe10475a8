package com.mirante.query.guests;

import com.mirante.api.guest.GuestErased;
import com.mirante.api.guest.GuestLoyaltyTierChanged;
import com.mirante.api.guest.GuestMarketingConsentChanged;
import com.mirante.api.guest.GuestProfileUpdated;
import com.mirante.api.guest.GuestRegistered;
import com.mirante.api.reservation.ReservationAmended;
import com.mirante.api.reservation.ReservationCancelled;
import com.mirante.api.reservation.ReservationCheckedIn;
import com.mirante.api.reservation.ReservationCheckedOut;
import com.mirante.api.reservation.ReservationConfirmed;
import com.mirante.api.reservation.ReservationMarkedNoShow;
import com.mirante.api.reservation.ReservationPlaced;
import com.mirante.api.reservation.ReservationReinstated;
import com.mirante.api.reservation.ReservationRemoved;
import com.mirante.api.reservation.ReservationStatus;
import com.mirante.api.reservation.ReservationStatusCorrected;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import com.mirante.query.processors.QueryModelVersion;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps the guests query model: profiles from the guest events, stay figures from the reservation
 * events. Events carry absolute values, so handling one again leaves the same rows. A change to a
 * guest or reservation this model has not seen is ignored rather than failing the processor.
 */
@Component
@ProcessingGroup(GuestsProjection.PROCESSING_GROUP)
@QueryModelVersion(1)
class GuestsProjection {

    static final String PROCESSING_GROUP = "guests";

    private final GuestRepository guests;
    private final GuestReservationRepository reservations;

    GuestsProjection(GuestRepository guests, GuestReservationRepository reservations) {
        this.guests = guests;
        this.reservations = reservations;
    }

    @EventHandler
    void on(GuestRegistered event) {
        upsert(guests, event.guestId(), GuestEntry::new, entry -> {
            entry.describe(event.personalData(), event.city(), event.state(), event.country());
            entry.moveToTier(event.loyaltyTier());
            entry.consentToMarketing(event.marketingConsent());
        });
    }

    @EventHandler
    void on(GuestProfileUpdated event) {
        update(guests, event.guestId(),
                entry -> entry.describe(event.personalData(), event.city(), event.state(), event.country()));
    }

    @EventHandler
    void on(GuestLoyaltyTierChanged event) {
        update(guests, event.guestId(), entry -> entry.moveToTier(event.to()));
    }

    @EventHandler
    void on(GuestMarketingConsentChanged event) {
        update(guests, event.guestId(), entry -> entry.consentToMarketing(event.consent()));
    }

    /** The profile and the figures go: nothing about an erased guest is served any more. */
    @EventHandler
    void on(GuestErased event) {
        guests.deleteById(event.guestId());
        reservations.deleteByGuest(event.guestId());
    }

    @EventHandler
    void on(ReservationPlaced event) {
        upsert(reservations, event.reservationId(), GuestReservationEntry::new, entry -> {
            entry.describe(event.details());
            entry.moveTo(event.status());
        });
    }

    @EventHandler
    void on(ReservationAmended event) {
        update(reservations, event.reservationId(), entry -> entry.describe(event.details()));
    }

    @EventHandler
    void on(ReservationConfirmed event) {
        update(reservations, event.reservationId(), entry -> entry.moveTo(ReservationStatus.CONFIRMED));
    }

    @EventHandler
    void on(ReservationCancelled event) {
        update(reservations, event.reservationId(), entry -> entry.moveTo(ReservationStatus.CANCELLED));
    }

    @EventHandler
    void on(ReservationMarkedNoShow event) {
        update(reservations, event.reservationId(), entry -> entry.moveTo(ReservationStatus.NO_SHOW));
    }

    @EventHandler
    void on(ReservationCheckedIn event) {
        update(reservations, event.reservationId(), entry -> entry.moveTo(ReservationStatus.IN_HOUSE));
    }

    @EventHandler
    void on(ReservationCheckedOut event) {
        update(reservations, event.reservationId(), entry -> entry.moveTo(ReservationStatus.CHECKED_OUT));
    }

    @EventHandler
    void on(ReservationReinstated event) {
        update(reservations, event.reservationId(), entry -> entry.moveTo(event.status()));
    }

    @EventHandler
    void on(ReservationStatusCorrected event) {
        update(reservations, event.reservationId(), entry -> entry.moveTo(event.status()));
    }

    @EventHandler
    void on(ReservationRemoved event) {
        reservations.deleteById(event.reservationId());
    }

    @ResetHandler
    void reset() {
        reservations.deleteAllInBatch();
        guests.deleteAllInBatch();
    }

    private static <T> void upsert(JpaRepository<T, Long> rows, long id, LongFunction<T> create, Consumer<T> change) {
        T entry = rows.findById(id).orElseGet(() -> create.apply(id));
        change.accept(entry);
        rows.save(entry);
    }

    private static <T> void update(JpaRepository<T, Long> rows, long id, Consumer<T> change) {
        rows.findById(id).ifPresent(entry -> {
            change.accept(entry);
            rows.save(entry);
        });
    }
}
