package com.mirante.command.billing;

import com.mirante.api.billing.ChargeChangeWithoutEffect;
import com.mirante.api.billing.ChargeCorrected;
import com.mirante.api.billing.ChargeDetails;
import com.mirante.api.billing.ChargePosted;
import com.mirante.api.billing.ChargeRemoved;
import com.mirante.api.billing.ChargeReversalUndone;
import com.mirante.api.billing.ChargeReversed;
import com.mirante.api.billing.InvoiceAmended;
import com.mirante.api.billing.InvoiceCancelled;
import com.mirante.api.billing.InvoiceChangeWithoutEffect;
import com.mirante.api.billing.InvoiceClosed;
import com.mirante.api.billing.InvoiceDetails;
import com.mirante.api.billing.InvoiceOpened;
import com.mirante.api.billing.InvoiceRemoved;
import com.mirante.api.billing.InvoiceReopened;
import com.mirante.api.billing.InvoiceStatus;
import com.mirante.api.billing.InvoiceTotalsChanged;
import com.mirante.api.billing.RecordCharge;
import com.mirante.api.billing.RecordInvoice;
import com.mirante.api.billing.RemoveCharge;
import com.mirante.api.billing.RemoveInvoice;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    private static final long ID = 804_311L;
    private static final long CHARGE = 12_700_451L;
    private static final long OTHER_CHARGE = 12_700_452L;
    private static final InvoiceDetails HEADER = new InvoiceDetails("MAO01-F-2025-000742", 66_120L, "MAO01",
            LocalDate.of(2025, 9, 2), false);
    private static final LocalDateTime CLOSED_AT = LocalDateTime.of(2025, 9, 5, 10, 48, 3);
    private static final ChargeDetails ROOM_NIGHT = new ChargeDetails("DIARIA", "Diaria apto 0412",
            new BigDecimal("1.000"), new BigDecimal("415.00"), new BigDecimal("415.00"),
            LocalDateTime.of(2025, 9, 3, 2, 5, 40));
    private static final ChargeDetails TWO_LAUNDRY_ITEMS = new ChargeDetails("LAV", "Lavanderia - camisa",
            new BigDecimal("2.000"), new BigDecimal("22.50"), new BigDecimal("45.00"),
            LocalDateTime.of(2025, 9, 3, 18, 12, 0));
    private static final ChargeDetails ONE_LAUNDRY_ITEM = new ChargeDetails("LAV", "Lavanderia - camisa",
            new BigDecimal("1.000"), new BigDecimal("22.50"), new BigDecimal("22.50"),
            LocalDateTime.of(2025, 9, 3, 18, 12, 0));

    private AggregateTestFixture<Invoice> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Invoice.class);
    }

    /** A captured change of one row, committed at a position that grows with {@code commit}. */
    private static SourcePosition change(String table, long key, SourceOperation operation, long commit) {
        String lsn = "00000C07/%08X.2.00000C07/%08X".formatted(commit, commit);
        return new SourcePosition(table, Long.toString(key), operation, 51_000L + commit, 1L,
                Instant.parse("2025-09-02T15:00:00Z").plusSeconds(commit), lsn, null);
    }

    private static SourcePosition header(SourceOperation operation, long commit) {
        return change("faturamento.fatura", ID, operation, commit);
    }

    private static SourcePosition charge(long chargeId, SourceOperation operation, long commit) {
        return change("faturamento.lancamento", chargeId, operation, commit);
    }

    private static RecordInvoice invoice(InvoiceStatus status, LocalDateTime closedAt, String total, String paid,
                                         long commit) {
        return invoice(HEADER, status, closedAt, total, paid, commit);
    }

    private static RecordInvoice invoice(InvoiceDetails details, InvoiceStatus status, LocalDateTime closedAt,
                                         String total, String paid, long commit) {
        return new RecordInvoice(ID, details, status, closedAt, new BigDecimal(total), new BigDecimal(paid),
                header(SourceOperation.UPDATE, commit));
    }

    private static InvoiceOpened opened(InvoiceStatus status, long commit) {
        return new InvoiceOpened(ID, HEADER, status, null, new BigDecimal("415.00"), new BigDecimal("0.00"),
                header(SourceOperation.INSERT, commit));
    }

    private static RecordCharge recordCharge(long chargeId, ChargeDetails details, boolean reversed, long commit) {
        return new RecordCharge(ID, chargeId, details, reversed, charge(chargeId, SourceOperation.UPDATE, commit));
    }

    private static ChargePosted posted(long chargeId, ChargeDetails details, long commit) {
        return new ChargePosted(ID, chargeId, details, false, charge(chargeId, SourceOperation.INSERT, commit));
    }

    @Test
    void theFirstSightingOfTheInvoiceRowOpensIt() {
        RecordInvoice insert = new RecordInvoice(ID, HEADER, InvoiceStatus.OPEN, null, new BigDecimal("415.00"),
                new BigDecimal("0.00"), header(SourceOperation.INSERT, 10));

        fixture.givenNoPriorActivity()
                .when(insert)
                .expectSuccessfulHandlerExecution()
                .expectEvents(opened(InvoiceStatus.OPEN, 10));
    }

    @Test
    void closingTheInvoiceTellsWhen() {
        fixture.given(opened(InvoiceStatus.OPEN, 10))
                .when(invoice(InvoiceStatus.CLOSED, CLOSED_AT, "415.00", "0.00", 11))
                .expectEvents(new InvoiceClosed(ID, CLOSED_AT, header(SourceOperation.UPDATE, 11)));
    }

    @Test
    void aNewClosingTimeOnAClosedInvoiceIsAnotherClosing() {
        LocalDateTime later = CLOSED_AT.plusHours(2);

        fixture.given(opened(InvoiceStatus.OPEN, 10), new InvoiceClosed(ID, CLOSED_AT, header(SourceOperation.UPDATE, 11)))
                .when(invoice(InvoiceStatus.CLOSED, later, "415.00", "0.00", 12))
                .expectEvents(new InvoiceClosed(ID, later, header(SourceOperation.UPDATE, 12)));
    }

    @Test
    void anInvoiceCanBeCancelled() {
        fixture.given(opened(InvoiceStatus.OPEN, 10))
                .when(invoice(InvoiceStatus.CANCELLED, null, "415.00", "0.00", 11))
                .expectEvents(new InvoiceCancelled(ID, header(SourceOperation.UPDATE, 11)));
    }

    @Test
    void aClosedInvoiceOpenAgainIsReopened() {
        fixture.given(opened(InvoiceStatus.OPEN, 10), new InvoiceClosed(ID, CLOSED_AT, header(SourceOperation.UPDATE, 11)))
                .when(invoice(InvoiceStatus.OPEN, null, "415.00", "0.00", 12))
                .expectEvents(new InvoiceReopened(ID, header(SourceOperation.UPDATE, 12)));
    }

    @Test
    void aPaymentChangesTheTotals() {
        fixture.given(opened(InvoiceStatus.OPEN, 10))
                .when(invoice(InvoiceStatus.OPEN, null, "415.00", "200.00", 11))
                .expectEvents(new InvoiceTotalsChanged(ID, new BigDecimal("415.00"), new BigDecimal("200.00"),
                        header(SourceOperation.UPDATE, 11)));
    }

    @Test
    void theSameAmountWrittenWithAnotherScaleIsAChangeWithoutEffect() {
        fixture.given(opened(InvoiceStatus.OPEN, 10))
                .when(invoice(InvoiceStatus.OPEN, null, "415.0", "0", 11))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InvoiceChangeWithoutEffect(ID, header(SourceOperation.UPDATE, 11)));
    }

    @Test
    void anInvoiceImageOlderThanAChangeWithoutEffectProducesNoEvent() {
        // Open at 10, closed at 20, open again at 30; 20 arrives last and must not win.
        fixture.given(opened(InvoiceStatus.OPEN, 10),
                        new InvoiceChangeWithoutEffect(ID, header(SourceOperation.UPDATE, 30)))
                .when(invoice(InvoiceStatus.CLOSED, CLOSED_AT, "415.00", "0.00", 20))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aCompanyTakingOverThePaymentIsAnAmendment() {
        InvoiceDetails billedToCompany = new InvoiceDetails("MAO01-F-2025-000742", 66_120L, "MAO01",
                LocalDate.of(2025, 9, 2), true);

        fixture.given(opened(InvoiceStatus.OPEN, 10))
                .when(invoice(billedToCompany, InvoiceStatus.OPEN, null, "415.00", "0.00", 11))
                .expectEvents(new InvoiceAmended(ID, billedToCompany, header(SourceOperation.UPDATE, 11)));
    }

    @Test
    void settlingAndClosingInOneChangeAreBothTold() {
        fixture.given(opened(InvoiceStatus.OPEN, 10))
                .when(invoice(InvoiceStatus.CLOSED, CLOSED_AT, "415.00", "415.00", 11))
                .expectEvents(new InvoiceClosed(ID, CLOSED_AT, header(SourceOperation.UPDATE, 11)),
                        new InvoiceTotalsChanged(ID, new BigDecimal("415.00"), new BigDecimal("415.00"),
                                header(SourceOperation.UPDATE, 11)));
    }

    @Test
    void theSameInvoiceChangeDeliveredTwiceProducesNoEvent() {
        fixture.given(opened(InvoiceStatus.OPEN, 10), new InvoiceClosed(ID, CLOSED_AT, header(SourceOperation.UPDATE, 11)))
                .when(invoice(InvoiceStatus.CLOSED, CLOSED_AT, "415.00", "0.00", 11))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anOlderInvoiceChangeProducesNoEvent() {
        fixture.given(opened(InvoiceStatus.OPEN, 10), new InvoiceCancelled(ID, header(SourceOperation.UPDATE, 13)))
                .when(invoice(InvoiceStatus.CLOSED, CLOSED_AT, "415.00", "415.00", 12))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anOldFullLoadImageArrivingAfterCapturedChangesProducesNoEvent() {
        RecordInvoice staleLoad = new RecordInvoice(ID, HEADER, InvoiceStatus.OPEN, null, new BigDecimal("415.00"),
                new BigDecimal("0.00"), new SourcePosition("faturamento.fatura", Long.toString(ID),
                SourceOperation.LOAD, null, null, null, null, null));

        fixture.given(opened(InvoiceStatus.OPEN, 10), new InvoiceClosed(ID, CLOSED_AT, header(SourceOperation.UPDATE, 11)))
                .when(staleLoad)
                .expectNoEvents();
    }

    @Test
    void anUpdateSeenBeforeItsInsertOpensTheInvoiceAndTheInsertIsThenIgnored() {
        fixture.given(new InvoiceOpened(ID, HEADER, InvoiceStatus.CLOSED, CLOSED_AT, new BigDecimal("415.00"),
                        new BigDecimal("415.00"), header(SourceOperation.UPDATE, 11)))
                .when(new RecordInvoice(ID, HEADER, InvoiceStatus.OPEN, null, new BigDecimal("415.00"),
                        new BigDecimal("0.00"), header(SourceOperation.INSERT, 10)))
                .expectNoEvents();
    }

    @Test
    void aChargeArrivingBeforeItsInvoiceIsPostedAndTheInvoiceOpensLater() {
        fixture.givenNoPriorActivity()
                .when(new RecordCharge(ID, CHARGE, ROOM_NIGHT, false, charge(CHARGE, SourceOperation.INSERT, 9)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(posted(CHARGE, ROOM_NIGHT, 9));
        fixture.given(posted(CHARGE, ROOM_NIGHT, 9))
                .when(new RecordInvoice(ID, HEADER, InvoiceStatus.OPEN, null, new BigDecimal("415.00"),
                        new BigDecimal("0.00"), header(SourceOperation.INSERT, 10)))
                .expectEvents(opened(InvoiceStatus.OPEN, 10));
    }

    @Test
    void aChargeFirstSeenAlreadyReversedIsPostedAsReversed() {
        fixture.given(opened(InvoiceStatus.OPEN, 10))
                .when(recordCharge(CHARGE, ROOM_NIGHT, true, 12))
                .expectEvents(new ChargePosted(ID, CHARGE, ROOM_NIGHT, true, charge(CHARGE, SourceOperation.UPDATE, 12)));
    }

    @Test
    void aChargeOlderThanTheHeaderChangeIsStillPosted() {
        // Header and charge are different rows: the header's newer position says nothing about the charge.
        fixture.given(opened(InvoiceStatus.OPEN, 20))
                .when(recordCharge(CHARGE, ROOM_NIGHT, false, 15))
                .expectEvents(new ChargePosted(ID, CHARGE, ROOM_NIGHT, false, charge(CHARGE, SourceOperation.UPDATE, 15)));
    }

    @Test
    void anotherChargesNewerPositionSaysNothingAboutThisCharge() {
        fixture.given(opened(InvoiceStatus.OPEN, 10), posted(OTHER_CHARGE, ROOM_NIGHT, 30))
                .when(recordCharge(CHARGE, TWO_LAUNDRY_ITEMS, false, 20))
                .expectEvents(new ChargePosted(ID, CHARGE, TWO_LAUNDRY_ITEMS, false,
                        charge(CHARGE, SourceOperation.UPDATE, 20)));
    }

    @Test
    void aChangedQuantityIsACorrectionWithTheNewValues() {
        fixture.given(opened(InvoiceStatus.OPEN, 10), posted(CHARGE, TWO_LAUNDRY_ITEMS, 11))
                .when(recordCharge(CHARGE, ONE_LAUNDRY_ITEM, false, 12))
                .expectEvents(new ChargeCorrected(ID, CHARGE, ONE_LAUNDRY_ITEM, charge(CHARGE, SourceOperation.UPDATE, 12)));
    }

    @Test
    void aChargeCanBeReversedAndTheReversalUndone() {
        fixture.given(posted(CHARGE, ROOM_NIGHT, 11))
                .when(recordCharge(CHARGE, ROOM_NIGHT, true, 12))
                .expectEvents(new ChargeReversed(ID, CHARGE, charge(CHARGE, SourceOperation.UPDATE, 12)));
        fixture.given(posted(CHARGE, ROOM_NIGHT, 11), new ChargeReversed(ID, CHARGE, charge(CHARGE, SourceOperation.UPDATE, 12)))
                .when(recordCharge(CHARGE, ROOM_NIGHT, false, 13))
                .expectEvents(new ChargeReversalUndone(ID, CHARGE, charge(CHARGE, SourceOperation.UPDATE, 13)));
    }

    @Test
    void aCorrectionAndAReversalInOneChangeAreBothTold() {
        fixture.given(posted(CHARGE, TWO_LAUNDRY_ITEMS, 11))
                .when(recordCharge(CHARGE, ONE_LAUNDRY_ITEM, true, 12))
                .expectEvents(new ChargeCorrected(ID, CHARGE, ONE_LAUNDRY_ITEM, charge(CHARGE, SourceOperation.UPDATE, 12)),
                        new ChargeReversed(ID, CHARGE, charge(CHARGE, SourceOperation.UPDATE, 12)));
    }

    @Test
    void aNewerChargeImageWithNoDifferenceIsAChangeWithoutEffect() {
        fixture.given(opened(InvoiceStatus.OPEN, 10), posted(CHARGE, ROOM_NIGHT, 11))
                .when(recordCharge(CHARGE, ROOM_NIGHT, false, 12))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ChargeChangeWithoutEffect(ID, CHARGE, charge(CHARGE, SourceOperation.UPDATE, 12)));
    }

    @Test
    void aChargeImageOlderThanAChangeWithoutEffectProducesNoEvent() {
        // Posted at 10, reversed at 20, standing again at 30; 20 arrives last and must not win.
        fixture.given(posted(CHARGE, ROOM_NIGHT, 10),
                        new ChargeChangeWithoutEffect(ID, CHARGE, charge(CHARGE, SourceOperation.UPDATE, 30)))
                .when(recordCharge(CHARGE, ROOM_NIGHT, true, 20))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aChargeChangeWithoutEffectSaysNothingAboutOtherCharges() {
        fixture.given(posted(CHARGE, ROOM_NIGHT, 10), posted(OTHER_CHARGE, TWO_LAUNDRY_ITEMS, 11),
                        new ChargeChangeWithoutEffect(ID, CHARGE, charge(CHARGE, SourceOperation.UPDATE, 30)))
                .when(recordCharge(OTHER_CHARGE, ONE_LAUNDRY_ITEM, false, 20))
                .expectEvents(new ChargeCorrected(ID, OTHER_CHARGE, ONE_LAUNDRY_ITEM,
                        charge(OTHER_CHARGE, SourceOperation.UPDATE, 20)));
    }

    @Test
    void theSameChargeChangeDeliveredTwiceProducesNoEvent() {
        fixture.given(posted(CHARGE, TWO_LAUNDRY_ITEMS, 11),
                        new ChargeCorrected(ID, CHARGE, ONE_LAUNDRY_ITEM, charge(CHARGE, SourceOperation.UPDATE, 12)))
                .when(recordCharge(CHARGE, ONE_LAUNDRY_ITEM, false, 12))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anOlderChargeChangeProducesNoEvent() {
        fixture.given(posted(CHARGE, TWO_LAUNDRY_ITEMS, 11), new ChargeReversed(ID, CHARGE, charge(CHARGE, SourceOperation.UPDATE, 13)))
                .when(recordCharge(CHARGE, ONE_LAUNDRY_ITEM, false, 12))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aDeletedChargeIsRemovedOnce() {
        RemoveCharge delete = new RemoveCharge(ID, CHARGE, charge(CHARGE, SourceOperation.DELETE, 12));

        fixture.given(opened(InvoiceStatus.OPEN, 10), posted(CHARGE, ROOM_NIGHT, 11))
                .when(delete)
                .expectEvents(new ChargeRemoved(ID, CHARGE, charge(CHARGE, SourceOperation.DELETE, 12)));
        fixture.given(posted(CHARGE, ROOM_NIGHT, 11), new ChargeRemoved(ID, CHARGE, charge(CHARGE, SourceOperation.DELETE, 12)))
                .when(delete)
                .expectNoEvents();
    }

    @Test
    void aLateUpdateOfADeletedChargeIsIgnored() {
        fixture.given(posted(CHARGE, TWO_LAUNDRY_ITEMS, 11), new ChargeRemoved(ID, CHARGE, charge(CHARGE, SourceOperation.DELETE, 13)))
                .when(recordCharge(CHARGE, ONE_LAUNDRY_ITEM, true, 12))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aDeleteSeenBeforeTheChargeItselfKeepsTheChargeFromEverCounting() {
        fixture.givenNoPriorActivity()
                .when(new RemoveCharge(ID, CHARGE, charge(CHARGE, SourceOperation.DELETE, 12)))
                .expectEvents(new ChargeRemoved(ID, CHARGE, charge(CHARGE, SourceOperation.DELETE, 12)));
        fixture.given(new ChargeRemoved(ID, CHARGE, charge(CHARGE, SourceOperation.DELETE, 12)))
                .when(new RecordCharge(ID, CHARGE, ROOM_NIGHT, false, charge(CHARGE, SourceOperation.INSERT, 11)))
                .expectNoEvents();
    }

    @Test
    void removingOneChargeLeavesTheOthersAlone() {
        fixture.given(posted(CHARGE, ROOM_NIGHT, 11), posted(OTHER_CHARGE, TWO_LAUNDRY_ITEMS, 12),
                        new ChargeRemoved(ID, CHARGE, charge(CHARGE, SourceOperation.DELETE, 13)))
                .when(recordCharge(OTHER_CHARGE, ONE_LAUNDRY_ITEM, false, 14))
                .expectEvents(new ChargeCorrected(ID, OTHER_CHARGE, ONE_LAUNDRY_ITEM,
                        charge(OTHER_CHARGE, SourceOperation.UPDATE, 14)));
    }

    @Test
    void aDeletedInvoiceIsRemovedOnce() {
        RemoveInvoice delete = new RemoveInvoice(ID, header(SourceOperation.DELETE, 14));

        fixture.given(opened(InvoiceStatus.OPEN, 10))
                .when(delete)
                .expectEvents(new InvoiceRemoved(ID, header(SourceOperation.DELETE, 14)));
        fixture.given(opened(InvoiceStatus.OPEN, 10), new InvoiceRemoved(ID, header(SourceOperation.DELETE, 14)))
                .when(delete)
                .expectNoEvents();
    }

    @Test
    void invoiceAndChargeChangesArrivingAfterTheInvoiceDeleteAreIgnored() {
        fixture.given(opened(InvoiceStatus.OPEN, 10), new InvoiceRemoved(ID, header(SourceOperation.DELETE, 14)))
                .when(invoice(InvoiceStatus.CLOSED, CLOSED_AT, "415.00", "415.00", 15))
                .expectNoEvents();
        fixture.given(opened(InvoiceStatus.OPEN, 10), new InvoiceRemoved(ID, header(SourceOperation.DELETE, 14)))
                .when(recordCharge(CHARGE, ROOM_NIGHT, false, 15))
                .expectNoEvents();
        fixture.given(new InvoiceRemoved(ID, header(SourceOperation.DELETE, 14)))
                .when(new RemoveCharge(ID, CHARGE, charge(CHARGE, SourceOperation.DELETE, 15)))
                .expectNoEvents();
    }
}
