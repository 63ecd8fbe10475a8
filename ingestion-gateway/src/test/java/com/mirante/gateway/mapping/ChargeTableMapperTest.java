package com.mirante.gateway.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mirante.api.billing.ChargeDetails;
import com.mirante.api.billing.RecordCharge;
import com.mirante.api.billing.RemoveCharge;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.gateway.dms.DmsFixtures;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChargeTableMapperTest {

    private static final long INVOICE = 804_311L;
    private static final long CHARGE = 12_700_451L;
    private static final LocalDateTime POSTED_AT = LocalDateTime.of(2025, 9, 3, 2, 5, 40, 118_200_000);

    /** Postings already seen: the charge of the key-only delete fixture was posted to {@code INVOICE}. */
    private final Map<Long, Long> postings = new HashMap<>();
    private final ChargeTableMapper mapper = new ChargeTableMapper(charge -> Optional.ofNullable(postings.get(charge)));

    private DmsRecord record(String file) {
        return DmsFixtures.record("faturamento.lancamento/" + file);
    }

    private Object onlyCommand(DmsRecord record) {
        List<Object> commands = mapper.commandsFor(record);
        assertThat(commands).hasSize(1);
        return commands.get(0);
    }

    private static ChargeDetails roomNight(String price) {
        return new ChargeDetails("DIARIA", "Diaria apto 0412 - tarifa balcao", new BigDecimal("1.000"),
                new BigDecimal(price), new BigDecimal(price), POSTED_AT);
    }

    private static void assertRejected(DmsRecord record, ChargeTableMapper mapper, String code, String column) {
        assertThatThrownBy(() -> mapper.commandsFor(record))
                .isInstanceOfSatisfying(InvalidChangeRecordException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(code))
                .hasMessageContaining("faturamento.lancamento." + column);
    }

    @Test
    void anInsertPostsTheChargeToItsInvoiceAtTheHotelsWallClockTime() {
        SourcePosition source = new SourcePosition("faturamento.lancamento", "12700451", SourceOperation.INSERT,
                51_205L, 3L, Instant.parse("2025-09-03T05:05:41.047310Z"), "00000C07/11F0A318.2.00000C07/11F0A318", null);

        RecordCharge command = (RecordCharge) onlyCommand(record("insert-room-night.json"));

        assertThat(command).isEqualTo(new RecordCharge(INVOICE, CHARGE, roomNight("415.00"), false, source));
        assertThat(command.aggregateId()).isEqualTo("invoice-804311");
    }

    @Test
    void everyServiceCodeOfTheContractIsKeptAsItIs() {
        for (String code : List.of("DIARIA", "FRIGO", "REST", "BAR", "SPA", "LAV", "ESTAC", "EVENTO", "OUTROS")) {
            DmsRecord record = record("insert-room-night.json");
            record.data().put("cod_servico", code);

            assertThat(((RecordCharge) onlyCommand(record)).details().serviceCode()).isEqualTo(code);
        }
    }

    @Test
    void aCorrectedPriceCarriesTheNewValues() {
        RecordCharge command = (RecordCharge) onlyCommand(record("update-corrected.json"));

        assertThat(command.details()).isEqualTo(roomNight("380.00"));
        assertThat(command.reversed()).isFalse();
        assertThat(command.source().operation()).isEqualTo(SourceOperation.UPDATE);
    }

    @Test
    void aReversalIsCarriedAsAFlag() {
        assertThat(((RecordCharge) onlyCommand(record("update-reversed.json"))).reversed()).isTrue();
    }

    @Test
    void aFullLoadImageWithNumbersMeansTheSameChargeAsItsInsert() {
        RecordCharge load = (RecordCharge) onlyCommand(record("load-numbers.json"));
        RecordCharge insert = (RecordCharge) onlyCommand(record("insert-room-night.json"));

        assertThat(load.details()).isEqualTo(insert.details());
        assertThat(load.source()).isEqualTo(new SourcePosition("faturamento.lancamento", "12700451",
                SourceOperation.LOAD, null, null, null, null, null));
    }

    @Test
    void aDeleteCarryingTheInvoiceRemovesTheChargeFromIt() {
        RemoveCharge command = (RemoveCharge) onlyCommand(record("delete-full-row.json"));

        assertThat(command.invoiceId()).isEqualTo(INVOICE);
        assertThat(command.chargeId()).isEqualTo(CHARGE);
        assertThat(command.source().operation()).isEqualTo(SourceOperation.DELETE);
    }

    @Test
    void aDeleteWithOnlyTheKeyFindsItsInvoiceAmongThePostings() {
        postings.put(CHARGE, INVOICE);

        RemoveCharge command = (RemoveCharge) onlyCommand(record("delete-key-only.json"));

        assertThat(command.invoiceId()).isEqualTo(INVOICE);
        assertThat(command.chargeId()).isEqualTo(CHARGE);
    }

    @Test
    void aDeleteWithOnlyTheKeyThatOvertookItsPostingWaitsForIt() {
        DmsRecord delete = record("delete-key-only.json");

        assertThatThrownBy(() -> mapper.commandsFor(delete)).isInstanceOf(ChangeNotYetApplicableException.class)
                .hasMessageContaining(Long.toString(CHARGE));
    }

    @Test
    void theRecordIsRoutedToThisMapperByItsTable() {
        ChangeMapping mapping = new ChangeMapping(List.of(new InvoiceTableMapper(), mapper));

        assertThat(mapping.map(record("insert-room-night.json")).commands()).singleElement().isInstanceOf(RecordCharge.class);
    }

    @Test
    void anUnknownServiceCodeIsABadValue() {
        assertRejected(record("update-unknown-service.json"), mapper, "BAD_VALUE", "cod_servico");
    }

    @Test
    void aPostingTimeInAnotherFormatIsABadValue() {
        assertRejected(record("update-bad-posting-time.json"), mapper, "BAD_VALUE", "dh_lancamento");
    }

    @Test
    void anAmountWithMoreDecimalsThanTheColumnIsOutOfRange() {
        assertRejected(record("update-amount-too-precise.json"), mapper, "OUT_OF_RANGE", "vlr_lancamento");
    }

    @Test
    void aChargeWithoutAmountOrInvoiceIsMissingAValue() {
        DmsRecord withoutAmount = record("insert-room-night.json");
        withoutAmount.data().putNull("vlr_lancamento");
        DmsRecord withoutInvoice = record("insert-room-night.json");
        withoutInvoice.data().putNull("id_fatura");

        assertRejected(withoutAmount, mapper, "MISSING_VALUE", "vlr_lancamento");
        assertRejected(withoutInvoice, mapper, "MISSING_VALUE", "id_fatura");
    }
}
