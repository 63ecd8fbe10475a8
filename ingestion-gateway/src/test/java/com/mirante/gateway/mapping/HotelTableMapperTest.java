package com.mirante.gateway.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mirante.api.hotel.RecordHotel;
import com.mirante.api.hotel.RemoveHotel;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.gateway.dms.DmsFixtures;
import com.mirante.gateway.dms.DmsMessageReader;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class HotelTableMapperTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final ChangeMapping mapping = new ChangeMapping(List.of(new HotelTableMapper()));

    private String fixture(String name) {
        return DmsFixtures.text("cadastro.hotel/" + name);
    }

    private List<Object> commandsFor(String body) {
        List<DmsRecord> records = new DmsMessageReader(json).read(body);
        assertThat(records).hasSize(1);
        return mapping.map(records.get(0)).commands();
    }

    /** The fixture with its row image changed as {@code edit} says. */
    private String edited(String name, Consumer<ObjectNode> edit) throws IOException {
        ObjectNode message = (ObjectNode) json.readTree(fixture(name));
        edit.accept((ObjectNode) message.get("data"));
        return json.writeValueAsString(message);
    }

    @Test
    void anInsertRecordsTheHotelWithItsCommitPosition() {
        assertThat(commandsFor(fixture("insert.json"))).containsExactly(new RecordHotel(
                "FOR03", "Mirante Fortaleza Beira-Mar", "Fortaleza", "CE", 118, "America/Fortaleza", true,
                new SourcePosition("cadastro.hotel", "FOR03", SourceOperation.INSERT, 7102211L, 1L,
                        Instant.parse("2025-04-02T12:12:44.207310Z"), "00000C20/1A2B3C40.2.00000C20/1A2B3C40", null)));
    }

    @Test
    void anUpdateRecordsTheNewImage() {
        RecordHotel command = (RecordHotel) commandsFor(fixture("update-rooms-and-closed.json")).get(0);

        assertThat(command.rooms()).isEqualTo(124);
        assertThat(command.active()).isFalse();
        assertThat(command.source().operation()).isEqualTo(SourceOperation.UPDATE);
        assertThat(command.source().rowVersion()).isNull();
        assertThat(command.source().isNewerThan(((RecordHotel) commandsFor(fixture("insert.json")).get(0)).source()))
                .isTrue();
    }

    @Test
    void aDeleteRemovesTheHotel() {
        assertThat(commandsFor(fixture("delete.json"))).singleElement()
                .isInstanceOfSatisfying(RemoveHotel.class, remove -> {
                    assertThat(remove.aggregateId()).isEqualTo("hotel-FOR03");
                    assertThat(remove.source().operation()).isEqualTo(SourceOperation.DELETE);
                });
    }

    @Test
    void aFullLoadImageHasNoCommitPosition() {
        RecordHotel command = (RecordHotel) commandsFor(fixture("load.json")).get(0);

        assertThat(command).isEqualTo(new RecordHotel("CGR02", "Mirante Campo Grande Afonso Pena", "Campo Grande",
                "MS", 64, "America/Campo_Grande", true,
                new SourcePosition("cadastro.hotel", "CGR02", SourceOperation.LOAD, null, null, null, null, null)));
    }

    @Test
    void anUnknownTimeZoneIsABadValue() {
        assertThatThrownBy(() -> commandsFor(fixture("bad-time-zone.json")))
                .isInstanceOfSatisfying(InvalidChangeRecordException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("BAD_VALUE"))
                .hasMessageContaining("cadastro.hotel.nom_fuso");
    }

    @Test
    void aMalformedTimeZoneIsABadValue() throws IOException {
        String body = edited("insert.json", row -> row.put("nom_fuso", "Fortaleza/Brasil!"));

        assertThatThrownBy(() -> commandsFor(body))
                .isInstanceOfSatisfying(InvalidChangeRecordException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("BAD_VALUE"));
    }

    @Test
    void roomsThatAreNotANumberAreABadValue() throws IOException {
        String body = edited("insert.json", row -> row.put("qtd_aptos", "cento e dezoito"));

        assertThatThrownBy(() -> commandsFor(body))
                .isInstanceOfSatisfying(InvalidChangeRecordException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("BAD_VALUE"))
                .hasMessageContaining("cadastro.hotel.qtd_aptos");
    }

    @Test
    void anOpenFlagThatIsNotABooleanIsABadValue() throws IOException {
        String body = edited("insert.json", row -> row.put("fl_ativo", "talvez"));

        assertThatThrownBy(() -> commandsFor(body))
                .isInstanceOfSatisfying(InvalidChangeRecordException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("BAD_VALUE"));
    }

    @Test
    void aMissingOpenFlagIsAMissingValue() throws IOException {
        String body = edited("insert.json", row -> row.putNull("fl_ativo"));

        assertThatThrownBy(() -> commandsFor(body))
                .isInstanceOfSatisfying(InvalidChangeRecordException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("MISSING_VALUE"));
    }
}
