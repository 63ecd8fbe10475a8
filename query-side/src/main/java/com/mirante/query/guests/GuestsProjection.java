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
import com.mirante.projection.ProjectionBatch;
import com.mirante.projection.QueryModelVersion;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the guests query model: profiles from the guest events, stay figures from the reservation
 * events. Events carry absolute values, so handling one again leaves the same rows. A change to a
 * guest or reservation this model has not seen is ignored rather than failing the processor. The
 * events of a batch change rows in a {@link GuestBatch}, read and written once when the batch
 * commits, so a replay costs a few statements per batch instead of a read and a write per event.
 */
@Component
@ProcessingGroup(GuestsProjection.PROCESSING_GROUP)
@QueryModelVersion(1)
class GuestsProjection {

    static final String PROCESSING_GROUP = "guests";
    private static final String BATCH = GuestsProjection.class.getName() + ".batch";

    private final GuestTables tables;

    GuestsProjection(GuestTables tables) {
        this.tables = tables;
    }

    /** The event describes the whole profile: it replaces whatever was known. */
    @EventHandler
    void on(GuestRegistered event) {
        batch().changeGuest(event.guestId(), known -> {
            GuestEntry guest = new GuestEntry(event.guestId());
            guest.describe(event.personalData(), event.city(), event.state(), event.country());
            guest.moveToTier(event.loyaltyTier());
            guest.consentToMarketing(event.marketingConsent());
            return guest;
        });
    }

    @EventHandler
    void on(GuestProfileUpdated event) {
        changeKnownGuest(event.guestId(),
                guest -> guest.describe(event.personalData(), event.city(), event.state(), event.country()));
    }

    @EventHandler
    void on(GuestLoyaltyTierChanged event) {
        changeKnownGuest(event.guestId(), guest -> guest.moveToTier(event.to()));
    }

    @EventHandler
    void on(GuestMarketingConsentChanged event) {
        changeKnownGuest(event.guestId(), guest -> guest.consentToMarketing(event.consent()));
    }

    /** The profile and the figures go: nothing about an erased guest is served any more. */
    @EventHandler
    void on(GuestErased event) {
        batch().erase(event.guestId());
    }

    /** The event describes the whole row: it replaces whatever was known. */
    @EventHandler
    void on(ReservationPlaced event) {
        batch().changeReservation(event.reservationId(), known -> {
            GuestReservationEntry reservation = new GuestReservationEntry(event.reservationId());
            reservation.describe(event.details());
            reservation.moveTo(event.status());
            return reservation;
        });
    }

    @EventHandler
    void on(ReservationAmended event) {
        changeKnownReservation(event.reservationId(), reservation -> reservation.describe(event.details()));
    }

    @EventHandler
    void on(ReservationConfirmed event) {
        moveTo(event.reservationId(), ReservationStatus.CONFIRMED);
    }

    @EventHandler
    void on(ReservationCancelled event) {
        moveTo(event.reservationId(), ReservationStatus.CANCELLED);
    }

    @EventHandler
    void on(ReservationMarkedNoShow event) {
        moveTo(event.reservationId(), ReservationStatus.NO_SHOW);
    }

    @EventHandler
    void on(ReservationCheckedIn event) {
        moveTo(event.reservationId(), ReservationStatus.IN_HOUSE);
    }

    @EventHandler
    void on(ReservationCheckedOut event) {
        moveTo(event.reservationId(), ReservationStatus.CHECKED_OUT);
    }

    @EventHandler
    void on(ReservationReinstated event) {
        moveTo(event.reservationId(), event.status());
    }

    @EventHandler
    void on(ReservationStatusCorrected event) {
        moveTo(event.reservationId(), event.status());
    }

    @EventHandler
    void on(ReservationRemoved event) {
        batch().changeReservation(event.reservationId(), known -> null);
    }

    @ResetHandler
    void reset() {
        tables.clear();
    }

    private void moveTo(long reservationId, ReservationStatus status) {
        changeKnownReservation(reservationId, reservation -> reservation.moveTo(status));
    }

    private void changeKnownGuest(long guestId, Consumer<GuestEntry> change) {
        batch().changeGuest(guestId, known -> {
            if (known != null) {
                change.accept(known);
            }
            return known;
        });
    }

    private void changeKnownReservation(long reservationId, Consumer<GuestReservationEntry> change) {
        batch().changeReservation(reservationId, known -> {
            if (known != null) {
                change.accept(known);
            }
            return known;
        });
    }

    /** The batch's changes, applied to the rows they need just before it commits. */
    private GuestBatch batch() {
        return ProjectionBatch.current(BATCH, GuestBatch::new, batch -> tables.write(batch.apply(
                tables.guests(batch.guestIds()), tables.reservations(batch.reservationIds(), batch.erasedGuestIds()))));
    }
}
