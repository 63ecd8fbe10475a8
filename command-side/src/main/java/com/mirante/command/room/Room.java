package com.mirante.command.room;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.mirante.api.room.HousekeepingStatus;
import com.mirante.api.room.RecordRoom;
import com.mirante.api.room.RemoveRoom;
import com.mirante.api.room.RenumberRoom;
import com.mirante.api.room.RoomChangeWithoutEffect;
import com.mirante.api.room.RoomFloorChanged;
import com.mirante.api.room.RoomHousekeepingStatusChanged;
import com.mirante.api.room.RoomIds;
import com.mirante.api.room.RoomOccupancy;
import com.mirante.api.room.RoomOccupancyChanged;
import com.mirante.api.room.RoomRegistered;
import com.mirante.api.room.RoomRemoved;
import com.mirante.api.room.RoomRenumbered;
import com.mirante.api.room.RoomReturnedToService;
import com.mirante.api.room.RoomTakenOutOfService;
import com.mirante.api.room.RoomTypeChanged;
import com.mirante.api.source.SourcePosition;
import com.mirante.command.AggregateCacheConfiguration;
import java.time.LocalDateTime;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A room under one hotel and number, as housekeeping holds it. The table has no row version, so
 * the commit position decides which image is newest. Once the room is removed or renumbered,
 * nothing more happens under this number.
 */
@Aggregate(cache = AggregateCacheConfiguration.CACHE)
public class Room {

    @AggregateIdentifier
    private String id;
    private boolean registered;
    private Integer floor;
    private String roomType;
    private RoomOccupancy occupancy;
    private HousekeepingStatus housekeeping;
    private LocalDateTime lastCleanedAt;
    private String cleanedBy;
    private boolean outOfService;
    private String outOfServiceReason;
    private SourcePosition lastApplied;
    private boolean retired;

    protected Room() {
        // Axon creates the instance, also when the first change seen is not the insert.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordRoom command) {
        if (retired || !command.source().isNewerThan(lastApplied)) {
            return;
        }
        if (!registered) {
            apply(new RoomRegistered(command.hotelId(), command.roomNumber(), command.floor(), command.roomType(),
                    command.occupancy(), command.housekeeping(), command.lastCleanedAt(), command.cleanedBy(),
                    command.outOfService(), command.outOfServiceReason(), command.renumberedFrom(), command.source()));
            return;
        }
        applyDifferences(command);
        // Each apply above moved lastApplied at once; if none did, the position must still be kept, or an
        // older image arriving later would look newer than what the aggregate holds (A at 10, A at 30, B at 20).
        if (!command.source().equals(lastApplied)) {
            apply(new RoomChangeWithoutEffect(command.hotelId(), command.roomNumber(), command.source()));
        }
    }

    private void applyDifferences(RecordRoom command) {
        String hotelId = command.hotelId();
        String number = command.roomNumber();
        SourcePosition source = command.source();
        if (!Objects.equals(floor, command.floor())) {
            apply(new RoomFloorChanged(hotelId, number, command.floor(), source));
        }
        if (!Objects.equals(roomType, command.roomType())) {
            apply(new RoomTypeChanged(hotelId, number, command.roomType(), source));
        }
        if (occupancy != command.occupancy()) {
            apply(new RoomOccupancyChanged(hotelId, number, command.occupancy(), source));
        }
        if (housekeeping != command.housekeeping() || !Objects.equals(lastCleanedAt, command.lastCleanedAt())
                || !Objects.equals(cleanedBy, command.cleanedBy())) {
            apply(new RoomHousekeepingStatusChanged(hotelId, number, command.housekeeping(),
                    command.lastCleanedAt(), command.cleanedBy(), source));
        }
        if (command.outOfService()
                && (!outOfService || !Objects.equals(outOfServiceReason, command.outOfServiceReason()))) {
            apply(new RoomTakenOutOfService(hotelId, number, command.outOfServiceReason(), source));
        } else if (!command.outOfService() && outOfService) {
            apply(new RoomReturnedToService(hotelId, number, source));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RenumberRoom command) {
        // Unlike hotel codes, room numbers can be given out again: a renumbering older than what
        // this number already shows belongs to a past room and must not retire the current one.
        if (!retired && command.source().isNewerThan(lastApplied)) {
            apply(new RoomRenumbered(command.hotelId(), command.roomNumber(), command.newRoomNumber(),
                    command.source()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RemoveRoom command) {
        // Same reasoning as for a renumbering: an older delete belongs to a past room under this number.
        if (!retired && command.source().isNewerThan(lastApplied)) {
            apply(new RoomRemoved(command.hotelId(), command.roomNumber(), command.source()));
        }
    }

    @EventSourcingHandler
    void on(RoomRegistered event) {
        id = RoomIds.aggregateId(event.hotelId(), event.roomNumber());
        registered = true;
        floor = event.floor();
        roomType = event.roomType();
        occupancy = event.occupancy();
        housekeeping = event.housekeeping();
        lastCleanedAt = event.lastCleanedAt();
        cleanedBy = event.cleanedBy();
        outOfService = event.outOfService();
        outOfServiceReason = event.outOfServiceReason();
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(RoomFloorChanged event) {
        floor = event.floor();
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(RoomTypeChanged event) {
        roomType = event.roomType();
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(RoomOccupancyChanged event) {
        occupancy = event.occupancy();
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(RoomHousekeepingStatusChanged event) {
        housekeeping = event.status();
        lastCleanedAt = event.lastCleanedAt();
        cleanedBy = event.cleanedBy();
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(RoomTakenOutOfService event) {
        outOfService = true;
        outOfServiceReason = event.reason();
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(RoomReturnedToService event) {
        outOfService = false;
        outOfServiceReason = null;
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(RoomChangeWithoutEffect event) {
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(RoomRenumbered event) {
        retire(event.hotelId(), event.roomNumber(), event.source());
    }

    @EventSourcingHandler
    void on(RoomRemoved event) {
        retire(event.hotelId(), event.roomNumber(), event.source());
    }

    private void retire(String hotelId, String roomNumber, SourcePosition source) {
        id = RoomIds.aggregateId(hotelId, roomNumber);
        retired = true;
        lastApplied = source;
    }
}
