package com.mirante.gateway.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mirante.api.billing.InvoiceDetails;
import com.mirante.api.billing.InvoiceStatus;
import com.mirante.api.billing.RecordInvoice;
import com.mirante.api.billing.RemoveInvoice;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.gateway.dms.DmsFixtures;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvoiceTableMapperTest {

    private static final long INVOICE = 804_311L;

    private final InvoiceTableMapper mapper = new InvoiceTableMapper();

    private DmsRecord record(String file) {
        return DmsFixtures.record("faturamento.fatura/" + file);
    }

    private Object onlyCommand(DmsRecord record) {
        List<Object> commands = mapper.commandsFor(record);
        assertThat(commands).hasSize(1);
        return commands.get(0);
    }

    private static InvoiceDetails details(boolean companyPayer) {
        return new InvoiceDetails("MAO01-F-2025-000742", 66_120L, "MAO01", LocalDate.of(2025, 9, 2), companyPayer);
    }

    @Test
    void anInsertIsRecordedAsAnOpenInvoiceWithItsCommitPosition() {
        SourcePosition source = new SourcePosition("faturamento.fatura", "804311", SourceOperation.INSERT, 51_230L, 1L,
                Instant.parse("2025-09-05T14:10:20.311092Z"), "00000C07/1A2B3C40.2.00000C07/1A2B3C40", null);

        assertThat(onlyCommand(record("insert-open.json"))).isEqualTo(new RecordInvoice(INVOICE, details(false),
                InvoiceStatus.OPEN, null, BigDecimal.ZERO, BigDecimal.ZERO, source));
    }

    @Test
    void aClosedInvoiceKeepsItsLocalClosingTimeAndKnowsACompanyPays() {
        RecordInvoice command = (RecordInvoice) onlyCommand(record("update-closed-company-payer.json"));

        assertThat(command.status()).isEqualTo(InvoiceStatus.CLOSED);
        assertThat(command.closedAt()).isEqualTo(LocalDateTime.of(2025, 9, 5, 10, 48, 3));
        assertThat(command.total()).isEqualByComparingTo("1245.00");
        assertThat(command.paid()).isEqualByComparingTo("1245.00");
        assertThat(command.details()).isEqualTo(details(true));
        assertThat(command.source().operation()).isEqualTo(SourceOperation.UPDATE);
        assertThat(command.source().rowVersion()).isNull();
    }

    @Test
    void aCancelledInvoiceWithoutPayer() {
        RecordInvoice command = (RecordInvoice) onlyCommand(record("update-cancelled.json"));

        assertThat(command.status()).isEqualTo(InvoiceStatus.CANCELLED);
        assertThat(command.closedAt()).isNull();
        assertThat(command.details().companyPayer()).isFalse();
    }

    @Test
    void theTaxIdOfAPersonNeverLeavesTheGateway() {
        assertThat(onlyCommand(record("insert-open.json")).toString())
                .doesNotContain("402.118.337-09").doesNotContain("40211833709");
        assertThat(onlyCommand(record("load-open-numbers.json")).toString()).doesNotContain("40211833709");
        assertThat(onlyCommand(record("update-closed-company-payer.json")).toString())
                .doesNotContain("07.418.229/0001-63");
    }

    @Test
    void aFullLoadImageHasNoCommitPositionAndMayCarryNumbers() {
        RecordInvoice command = (RecordInvoice) onlyCommand(record("load-open-numbers.json"));

        assertThat(command.source()).isEqualTo(new SourcePosition("faturamento.fatura", "804311", SourceOperation.LOAD,
                null, null, null, null, null));
        assertThat(command.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(command.total()).isEqualByComparingTo("830.50");
        assertThat(command.paid()).isEqualByComparingTo("0");
        assertThat(command.details()).isEqualTo(details(false));
    }

    @Test
    void aDeleteRemovesTheInvoice() {
        RemoveInvoice command = (RemoveInvoice) onlyCommand(record("delete.json"));

        assertThat(command.invoiceId()).isEqualTo(INVOICE);
        assertThat(command.aggregateId()).isEqualTo("invoice-804311");
        assertThat(command.source().operation()).isEqualTo(SourceOperation.DELETE);
        assertThat(command.source().streamPosition()).isEqualTo("00000C07/2A11F020.2.00000C07/2A11F020");
    }

    @Test
    void theRecordIsRoutedToThisMapperByItsTable() {
        ChangeMapping mapping = new ChangeMapping(List.of(new InvoiceTableMapper(), new ChargeTableMapper(charge -> Optional.empty())));

        assertThat(mapping.map(record("insert-open.json")).commands()).singleElement().isInstanceOf(RecordInvoice.class);
    }

    @Test
    void anUnknownStatusIsABadValue() {
        DmsRecord record = record("update-unknown-status.json");

        assertThatThrownBy(() -> mapper.commandsFor(record))
                .isInstanceOfSatisfying(InvalidChangeRecordException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("BAD_VALUE"))
                .hasMessageContaining("faturamento.fatura.sit_fatura");
    }

    @Test
    void aTotalThatIsNotANumberIsABadValue() {
        DmsRecord record = record("update-bad-total.json");

        assertThatThrownBy(() -> mapper.commandsFor(record))
                .isInstanceOfSatisfying(InvalidChangeRecordException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("BAD_VALUE"))
                .hasMessageContaining("faturamento.fatura.vlr_total");
    }

    @Test
    void anInvoiceWithoutHotelIsMissingAValue() {
        DmsRecord record = record("insert-open.json");
        record.data().putNull("cod_hotel");

        assertThatThrownBy(() -> mapper.commandsFor(record))
                .isInstanceOfSatisfying(InvalidChangeRecordException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("MISSING_VALUE"))
                .hasMessageContaining("faturamento.fatura.cod_hotel");
    }
}
