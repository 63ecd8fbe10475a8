package com.mirante.gateway.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.mirante.api.room.HousekeepingStatus;
import com.mirante.api.room.RecordRoom;
import com.mirante.api.room.RoomHousekeepingStatusChanged;
import com.mirante.api.room.RoomIds;
import com.mirante.api.room.RoomOccupancy;
import com.mirante.api.room.RoomRegistered;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.command.AggregateCacheConfiguration;
import com.mirante.gateway.GatewayApplication;
import com.mirante.gateway.GatewayIntegrationTest;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Two gateways on one event store, each with its own aggregate cache: after the other gateway
 * changed a room, this one's cached copy is stale. Its append must collide on the event store's
 * unique key, drop the copy and succeed on the retry from the stored history, so that no change
 * is lost and the history stays gap-free.
 */
@GatewayIntegrationTest
class CompetingGatewaysTest {

    private static final String HOTEL = "CGB07";
    private static final String ROOM = "412";

    @Autowired
    private CommandGateway commands;
    @Autowired
    @Qualifier(AggregateCacheConfiguration.CACHE)
    private Cache aggregates;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private Environment environment;

    private static RecordRoom room(HousekeepingStatus housekeeping, long step) {
        String lsn = "00000C07/%08X.2.00000C07/%08X".formatted(step, step);
        SourcePosition source = new SourcePosition("governanca.quarto", HOTEL + "|" + ROOM,
                step == 1 ? SourceOperation.INSERT : SourceOperation.UPDATE, 91_000L + step, 1L,
                Instant.parse("2025-10-02T14:00:00Z").plusSeconds(step), lsn, null);
        return new RecordRoom(HOTEL, ROOM, 4, "STD", RoomOccupancy.VACANT, housekeeping, null, "CAM03", false, null,
                null, source);
    }

    private ConfigurableApplicationContext otherGateway() {
        return GatewayApplication.start("--spring.main.web-application-type=none", "--mirante.embedded.sqs.port=0",
                "--mirante.sqs.auto-start=false",
                "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getRequiredProperty("spring.datasource.password"));
    }

    @Test
    void aStaleCachedRoomIsReloadedAndNoChangeIsLost() {
        commands.sendAndWait(room(HousekeepingStatus.CLEAN, 1));
        assertThat(aggregates.containsKey(RoomIds.aggregateId(HOTEL, ROOM))).isTrue();

        try (ConfigurableApplicationContext other = otherGateway()) {
            other.getBean(CommandGateway.class).sendAndWait(room(HousekeepingStatus.DIRTY, 2));
        }
        commands.sendAndWait(room(HousekeepingStatus.CLEANING, 3));
        // The change the other gateway applied is older than what this one now holds: ignored.
        commands.sendAndWait(room(HousekeepingStatus.DIRTY, 2));

        List<DomainEventMessage<?>> history = eventStore.readEvents(RoomIds.aggregateId(HOTEL, ROOM)).asStream()
                .<DomainEventMessage<?>>map(event -> event).toList();
        assertThat(history).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L);
        assertThat(history.get(0).getPayload()).isInstanceOf(RoomRegistered.class);
        assertThat(history.subList(1, 3)).extracting(event -> ((RoomHousekeepingStatusChanged) event.getPayload()).status())
                .containsExactly(HousekeepingStatus.DIRTY, HousekeepingStatus.CLEANING);
    }
}
