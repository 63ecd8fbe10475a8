package com.mirante.gateway.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mirante.api.guest.EraseGuest;
import com.mirante.api.guest.PersonalData;
import com.mirante.api.guest.RecordGuest;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.gateway.dms.DmsFixtures;
import com.mirante.gateway.dms.DmsMessageReader;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuestTableMapperTest {

    private final DmsMessageReader reader = new DmsMessageReader(new ObjectMapper().findAndRegisterModules());
    private final GuestTableMapper mapper = new GuestTableMapper();

    private static String fixture(String name) {
        return DmsFixtures.text("crm.hospede/" + name);
    }

    private List<Object> commandsFor(String json) {
        List<DmsRecord> records = reader.read(json);
        assertThat(records).hasSize(1);
        return mapper.commandsFor(records.get(0));
    }

    private RecordGuest recordFor(String json) {
        List<Object> commands = commandsFor(json);
        assertThat(commands).singleElement().isInstanceOf(RecordGuest.class);
        return (RecordGuest) commands.get(0);
    }

    @Test
    void anInsertRecordsTheGuestWithItsCommitPositionAndNoRowVersion() {
        RecordGuest command = recordFor(fixture("insert.json"));

        assertThat(command).isEqualTo(new RecordGuest(418_553L,
                new PersonalData("Beatriz Lobato Fontes", "316.774.208-09", null, LocalDate.of(1979, 12, 1),
                        "bia.fontes@example.net", "+55 71 98830-2641"),
                "Salvador", "BA", "BR", false, "BRONZE", LocalDateTime.of(2025, 4, 8, 22, 47, 10, 204_318_000),
                new SourcePosition("crm.hospede", "418553", SourceOperation.INSERT, 51_002_317L, 1L,
                        Instant.parse("2025-04-09T01:47:10.211906Z"), "0000B0C4/1A2B3C40.2.0000B0C4/1A2B3C40", null)));
        assertThat(command.aggregateId()).isEqualTo("guest-418553");
    }

    @Test
    void anUpdateRecordsTheWholeAfterImage() {
        RecordGuest command = recordFor(fixture("update.json"));

        assertThat(command.personalData()).isEqualTo(new PersonalData("Beatriz Lobato Fontes", "316.774.208-09",
                "GB440917", LocalDate.of(1979, 12, 1), "beatriz.lf@example.org", "+55 71 98830-2641"));
        assertThat(command.city()).isEqualTo("Lauro de Freitas");
        assertThat(command.marketingConsent()).isTrue();
        assertThat(command.loyaltyTier()).isEqualTo("PRATA");
        assertThat(command.source().operation()).isEqualTo(SourceOperation.UPDATE);
        assertThat(command.source().rowVersion()).isNull();
        assertThat(command.source().isNewerThan(recordFor(fixture("insert.json")).source())).isTrue();
    }

    @Test
    void aDeleteWithAllOtherColumnsNullIsAnErasure() {
        assertThat(commandsFor(fixture("delete-all-columns-null.json"))).containsExactly(new EraseGuest(418_553L,
                new SourcePosition("crm.hospede", "418553", SourceOperation.DELETE, 53_890_012L, 1L,
                        Instant.parse("2025-08-14T17:20:03.470662Z"), "0000B5A0/3F00D128.2.0000B5A0/3F00D128", null)));
    }

    @Test
    void aDeleteCarryingOnlyTheKeyIsAnErasure() {
        assertThat(commandsFor(fixture("delete-key-only.json"))).containsExactly(new EraseGuest(502_760L,
                new SourcePosition("crm.hospede", "502760", SourceOperation.DELETE, 53_890_104L, 1L,
                        Instant.parse("2025-08-14T17:21:40.061205Z"), "0000B5A0/3F01E0B0.2.0000B5A0/3F01E0B0", null)));
    }

    @Test
    void aFullLoadImageRecordsTheGuestWithoutCommitPosition() {
        RecordGuest command = recordFor(fixture("load.json"));

        assertThat(command.guestId()).isEqualTo(127_004L);
        assertThat(command.personalData()).isEqualTo(new PersonalData("Tomás Ferreira Aguilar", null, "AAE215093",
                LocalDate.of(1968, 5, 17), null, "+351 912 448 370"));
        assertThat(command.state()).isNull();
        assertThat(command.country()).isEqualTo("PT");
        assertThat(command.loyaltyTier()).isEqualTo("DIAMANTE");
        assertThat(command.registeredAt()).isEqualTo(LocalDateTime.of(2016, 1, 22, 13, 5));
        assertThat(command.source()).isEqualTo(new SourcePosition("crm.hospede", "127004", SourceOperation.LOAD,
                null, null, null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BRONZE", "PRATA", "OURO", "DIAMANTE"})
    void everyLoyaltyTierKeepsItsCode(String tier) {
        String json = fixture("insert.json").replace("\"cod_nivel_fidelidade\": \"BRONZE\"",
                "\"cod_nivel_fidelidade\": \"" + tier + "\"");

        assertThat(recordFor(json).loyaltyTier()).isEqualTo(tier);
    }

    @Test
    void aGuestWithoutTierHasNone() {
        String json = fixture("insert.json").replace("\"cod_nivel_fidelidade\": \"BRONZE\"",
                "\"cod_nivel_fidelidade\": null");

        assertThat(recordFor(json).loyaltyTier()).isNull();
    }

    @Test
    void anUnknownLoyaltyTierIsABadValue() {
        assertThatThrownBy(() -> commandsFor(fixture("bad-loyalty-tier.json")))
                .isInstanceOfSatisfying(InvalidChangeRecordException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("BAD_VALUE"))
                .hasMessageContaining("crm.hospede.cod_nivel_fidelidade");
    }

    @Test
    void anUnparsableBirthDateIsABadValueThatDoesNotRepeatTheValue() {
        assertThatThrownBy(() -> commandsFor(fixture("bad-birth-date.json")))
                .isInstanceOfSatisfying(InvalidChangeRecordException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("BAD_VALUE"))
                .hasMessageContaining("crm.hospede.dt_nascimento")
                .hasMessageNotContaining("1979");
    }

    @Test
    void anUnparsableMarketingFlagIsABadValue() {
        assertThatThrownBy(() -> commandsFor(fixture("bad-marketing-consent.json")))
                .isInstanceOfSatisfying(InvalidChangeRecordException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("BAD_VALUE"))
                .hasMessageContaining("crm.hospede.fl_aceita_marketing");
    }

    @Test
    void theClearPersonalDataStaysOutOfTheCommandsText() {
        assertThat(recordFor(fixture("insert.json")).toString())
                .doesNotContain("Beatriz", "316.774.208-09", "bia.fontes@example.net", "98830-2641");
    }
}
