package com.mirante.gateway.guest;

import static org.assertj.core.api.Assertions.assertThat;

import com.mirante.api.guest.EraseGuest;
import com.mirante.api.guest.GuestErased;
import com.mirante.api.guest.GuestIds;
import com.mirante.api.guest.GuestRegistered;
import com.mirante.api.guest.PersonalData;
import com.mirante.api.guest.PersonalDataVault;
import com.mirante.api.guest.RecordGuest;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.gateway.GatewayIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The erasure in the real gateway: Axon injects the JDBC vault into the Guest aggregate, the
 * event store on PostgreSQL never holds the personal data in clear, and after the delete the
 * stored events can no longer be opened, as a replay would find them.
 */
@GatewayIntegrationTest
class GuestErasureIntegrationTest {

    private static final long GUEST = 880_317L;
    private static final PersonalData LUCIA = new PersonalData("Lúcia Paranhos Brandão", "073.482.611-40", null,
            LocalDate.of(1959, 8, 27), "lucia.brandao@example.com", "+55 61 99357-0418");

    @Autowired
    private CommandGateway commands;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private PersonalDataVault vault;
    @Autowired
    private JdbcTemplate jdbc;

    private static SourcePosition change(SourceOperation operation, long step) {
        String lsn = "00000D21/%08X.2.00000D21/%08X".formatted(step, step);
        return new SourcePosition("crm.hospede", Long.toString(GUEST), operation, 70_000L + step, 1L,
                Instant.parse("2025-09-01T12:00:00Z").plusSeconds(step), lsn, null);
    }

    private List<Object> events() {
        return eventStore.readEvents(GuestIds.aggregateId(GUEST)).asStream()
                .<Object>map(DomainEventMessage::getPayload).toList();
    }

    @Test
    void personalDataIsStoredSealedAndCannotBeOpenedAfterTheErasure() {
        commands.sendAndWait(new RecordGuest(GUEST, LUCIA, "Brasília", "DF", "BR", true, "OURO",
                LocalDateTime.of(2025, 9, 1, 8, 59), change(SourceOperation.INSERT, 1)));

        GuestRegistered registered = (GuestRegistered) events().get(0);
        assertThat(vault.open(GUEST, registered.personalData())).contains(LUCIA);
        List<String> payloads = jdbc.queryForList(
                "SELECT payload FROM event_store.domain_event_entry WHERE aggregate_identifier = ?", byte[].class,
                GuestIds.aggregateId(GUEST)).stream().map(bytes -> new String(bytes, StandardCharsets.UTF_8)).toList();
        assertThat(payloads).singleElement().asString()
                .contains("Brasília")
                .doesNotContain(LUCIA.name(), LUCIA.taxId(), LUCIA.email(), LUCIA.phone(), "1959-08-27");

        commands.sendAndWait(new EraseGuest(GUEST, change(SourceOperation.DELETE, 2)));
        commands.sendAndWait(new RecordGuest(GUEST, LUCIA, "Goiânia", "GO", "BR", true, "OURO",
                LocalDateTime.of(2025, 9, 1, 8, 59), change(SourceOperation.UPDATE, 3)));

        assertThat(events()).containsExactly(registered, new GuestErased(GUEST, change(SourceOperation.DELETE, 2)));
        assertThat(vault.open(GUEST, registered.personalData())).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.personal_data_key WHERE guest_id = ?",
                Integer.class, GUEST)).isZero();
    }
}
