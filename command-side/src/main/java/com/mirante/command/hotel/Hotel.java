package com.mirante.command.hotel;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.mirante.api.hotel.HotelChangeWithoutEffect;
import com.mirante.api.hotel.HotelClosed;
import com.mirante.api.hotel.HotelIds;
import com.mirante.api.hotel.HotelLocationChanged;
import com.mirante.api.hotel.HotelOpened;
import com.mirante.api.hotel.HotelRegistered;
import com.mirante.api.hotel.HotelRemoved;
import com.mirante.api.hotel.HotelRenamed;
import com.mirante.api.hotel.HotelRoomInventoryChanged;
import com.mirante.api.hotel.HotelTimeZoneChanged;
import com.mirante.api.hotel.RecordHotel;
import com.mirante.api.hotel.RemoveHotel;
import com.mirante.api.source.SourcePosition;
import com.mirante.command.AggregateCacheConfiguration;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A hotel as the chain's reference data holds it. The table has no row version, so the commit
 * position decides which image is newest; each difference becomes its own fact.
 */
@Aggregate(cache = AggregateCacheConfiguration.CACHE)
public class Hotel {

    @AggregateIdentifier
    private String id;
    private boolean registered;
    private String name;
    private String city;
    private String state;
    private int rooms;
    private String timeZone;
    private boolean active;
    private SourcePosition lastApplied;
    private boolean removed;

    protected Hotel() {
        // Axon creates the instance, also when the first change seen is not the insert.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordHotel command) {
        if (removed || !command.source().isNewerThan(lastApplied)) {
            return;
        }
        String hotelId = command.hotelId();
        SourcePosition source = command.source();
        if (!registered) {
            apply(new HotelRegistered(hotelId, command.name(), command.city(), command.state(), command.rooms(),
                    command.timeZone(), command.active(), source));
            return;
        }
        if (!Objects.equals(name, command.name())) {
            apply(new HotelRenamed(hotelId, command.name(), source));
        }
        if (!Objects.equals(city, command.city()) || !Objects.equals(state, command.state())) {
            apply(new HotelLocationChanged(hotelId, command.city(), command.state(), source));
        }
        if (rooms != command.rooms()) {
            apply(new HotelRoomInventoryChanged(hotelId, command.rooms(), source));
        }
        if (!Objects.equals(timeZone, command.timeZone())) {
            apply(new HotelTimeZoneChanged(hotelId, command.timeZone(), source));
        }
        if (active != command.active()) {
            apply(command.active() ? new HotelOpened(hotelId, source) : new HotelClosed(hotelId, source));
        }
        // Each apply above moved lastApplied at once; if none did, the position must still be kept, or an
        // older image arriving later would look newer than what the aggregate holds (A at 10, A at 30, B at 20).
        if (!source.equals(lastApplied)) {
            apply(new HotelChangeWithoutEffect(hotelId, source));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RemoveHotel command) {
        // Hotel codes are not reused, so a removal is final whatever arrives after it.
        if (!removed) {
            apply(new HotelRemoved(command.hotelId(), command.source()));
        }
    }

    @EventSourcingHandler
    void on(HotelRegistered event) {
        id = HotelIds.aggregateId(event.hotelId());
        registered = true;
        name = event.name();
        city = event.city();
        state = event.state();
        rooms = event.rooms();
        timeZone = event.timeZone();
        active = event.active();
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(HotelRenamed event) {
        name = event.name();
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(HotelLocationChanged event) {
        city = event.city();
        state = event.state();
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(HotelRoomInventoryChanged event) {
        rooms = event.rooms();
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(HotelTimeZoneChanged event) {
        timeZone = event.timeZone();
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(HotelOpened event) {
        active = true;
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(HotelClosed event) {
        active = false;
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(HotelChangeWithoutEffect event) {
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(HotelRemoved event) {
        id = HotelIds.aggregateId(event.hotelId());
        removed = true;
        lastApplied = event.source();
    }
}
