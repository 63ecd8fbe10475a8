package com.mirante.command.stay;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.mirante.api.source.SourcePosition;
import com.mirante.api.stay.CheckInReinstated;
import com.mirante.api.stay.CheckInVoided;
import com.mirante.api.stay.CheckOutUndone;
import com.mirante.api.stay.GuestCheckedIn;
import com.mirante.api.stay.GuestCheckedOut;
import com.mirante.api.stay.GuestCountChanged;
import com.mirante.api.stay.RecordStay;
import com.mirante.api.stay.RemoveStay;
import com.mirante.api.stay.RoomMoved;
import com.mirante.api.stay.StayChangeWithoutEffect;
import com.mirante.api.stay.StayCorrected;
import com.mirante.api.stay.StayExtended;
import com.mirante.api.stay.StayIds;
import com.mirante.api.stay.StayInvoiceAssigned;
import com.mirante.api.stay.StayRemoved;
import com.mirante.api.stay.StayShortened;
import com.mirante.api.stay.StayStatus;
import com.mirante.command.AggregateCacheConfiguration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A guest's stay as the front desk holds it. Changes arrive as full row images, at least once and
 * in any order; the table has no row version, so the commit position decides which image is
 * newest. The aggregate turns the difference into what happened at the front desk.
 */
@Aggregate(cache = AggregateCacheConfiguration.CACHE)
public class Stay {

    @AggregateIdentifier
    private String id;
    private Long reservationId;
    private String hotelId;
    private String room;
    private LocalDateTime checkedInAt;
    /** Only while checked out: undoing or voiding a check-out leaves no check-out time. */
    private LocalDateTime checkedOutAt;
    private LocalDate plannedCheckout;
    private int guests;
    private long invoiceId;
    private StayStatus status;
    private SourcePosition lastApplied;
    private boolean removed;

    protected Stay() {
        // Axon creates the instance, also when the first change seen is not the insert.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordStay command) {
        if (removed || !command.source().isNewerThan(lastApplied)) {
            return;
        }
        if (status == null) {
            apply(new GuestCheckedIn(command.stayId(), command.reservationId(), command.hotelId(), command.room(),
                    command.checkedInAt(), command.plannedCheckout(), command.guests(), command.invoiceId(),
                    command.status(), checkOutTime(command), command.source()));
            return;
        }
        recordStayChanges(command);
        recordStatusChange(command);
        // After the status change, so that a check-out time set by this very change is no correction.
        if (isCorrection(command)) {
            apply(new StayCorrected(command.stayId(), command.reservationId(), command.hotelId(),
                    command.checkedInAt(), checkOutTime(command), command.source()));
        }
        // Each apply above moved lastApplied at once; if none did, the position must still be kept, or an
        // older image arriving later would look newer than what the aggregate holds (A at 10, A at 30, B at 20).
        if (!command.source().equals(lastApplied)) {
            apply(new StayChangeWithoutEffect(command.stayId(), command.source()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RemoveStay command) {
        // A deleted row never comes back (ids are not reused), so removal is final whatever the order.
        if (!removed) {
            apply(new StayRemoved(command.stayId(), command.source()));
        }
    }

    private void recordStayChanges(RecordStay command) {
        long stayId = command.stayId();
        SourcePosition source = command.source();
        if (!room.equals(command.room())) {
            apply(new RoomMoved(stayId, room, command.room(), source));
        }
        if (guests != command.guests()) {
            apply(new GuestCountChanged(stayId, command.guests(), source));
        }
        if (command.plannedCheckout().isAfter(plannedCheckout)) {
            apply(new StayExtended(stayId, plannedCheckout, command.plannedCheckout(), source));
        } else if (command.plannedCheckout().isBefore(plannedCheckout)) {
            apply(new StayShortened(stayId, plannedCheckout, command.plannedCheckout(), source));
        }
        if (invoiceId != command.invoiceId()) {
            apply(new StayInvoiceAssigned(stayId, command.invoiceId(), source));
        }
    }

    private void recordStatusChange(RecordStay command) {
        long stayId = command.stayId();
        SourcePosition source = command.source();
        if (command.status() == status) {
            return;
        }
        switch (command.status()) {
            case IN_HOUSE -> apply(status == StayStatus.CHECKED_OUT
                    ? new CheckOutUndone(stayId, source)
                    : new CheckInReinstated(stayId, source));
            case CHECKED_OUT -> {
                // A voided stay shown checked out was first brought back, then checked out: two facts.
                if (status == StayStatus.VOIDED) {
                    apply(new CheckInReinstated(stayId, source));
                }
                apply(new GuestCheckedOut(stayId, command.checkedOutAt(), source));
            }
            case VOIDED -> apply(new CheckInVoided(stayId, source));
        }
    }

    private boolean isCorrection(RecordStay command) {
        return !Objects.equals(reservationId, command.reservationId())
                || !hotelId.equals(command.hotelId())
                || !checkedInAt.equals(command.checkedInAt())
                || !Objects.equals(checkedOutAt, checkOutTime(command));
    }

    /** The row's check-out time counts only for a checked-out stay. */
    private static LocalDateTime checkOutTime(RecordStay command) {
        return command.status() == StayStatus.CHECKED_OUT ? command.checkedOutAt() : null;
    }

    @EventSourcingHandler
    void on(GuestCheckedIn event) {
        id = StayIds.aggregateId(event.stayId());
        reservationId = event.reservationId();
        hotelId = event.hotelId();
        room = event.room();
        checkedInAt = event.checkedInAt();
        checkedOutAt = event.checkedOutAt();
        plannedCheckout = event.plannedCheckout();
        guests = event.guests();
        invoiceId = event.invoiceId();
        status = event.status();
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(RoomMoved event) {
        room = event.toRoom();
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(GuestCountChanged event) {
        guests = event.guests();
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(StayExtended event) {
        plannedCheckout = event.plannedCheckout();
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(StayShortened event) {
        plannedCheckout = event.plannedCheckout();
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(StayInvoiceAssigned event) {
        invoiceId = event.invoiceId();
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(GuestCheckedOut event) {
        checkedOutAt = event.checkedOutAt();
        moveTo(StayStatus.CHECKED_OUT, event.source());
    }

    @EventSourcingHandler
    void on(CheckOutUndone event) {
        checkedOutAt = null;
        moveTo(StayStatus.IN_HOUSE, event.source());
    }

    @EventSourcingHandler
    void on(CheckInVoided event) {
        checkedOutAt = null;
        moveTo(StayStatus.VOIDED, event.source());
    }

    @EventSourcingHandler
    void on(CheckInReinstated event) {
        moveTo(StayStatus.IN_HOUSE, event.source());
    }

    @EventSourcingHandler
    void on(StayCorrected event) {
        reservationId = event.reservationId();
        hotelId = event.hotelId();
        checkedInAt = event.checkedInAt();
        checkedOutAt = event.checkedOutAt();
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(StayChangeWithoutEffect event) {
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(StayRemoved event) {
        id = StayIds.aggregateId(event.stayId());
        removed = true;
        lastApplied = event.source();
    }

    private void moveTo(StayStatus newStatus, SourcePosition source) {
        status = newStatus;
        lastApplied = source;
    }
}
