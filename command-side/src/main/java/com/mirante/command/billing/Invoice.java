package com.mirante.command.billing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

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
import com.mirante.api.billing.InvoiceIds;
import com.mirante.api.billing.InvoiceOpened;
import com.mirante.api.billing.InvoiceRemoved;
import com.mirante.api.billing.InvoiceReopened;
import com.mirante.api.billing.InvoiceStatus;
import com.mirante.api.billing.InvoiceTotalsChanged;
import com.mirante.api.billing.RecordCharge;
import com.mirante.api.billing.RecordInvoice;
import com.mirante.api.billing.RemoveCharge;
import com.mirante.api.billing.RemoveInvoice;
import com.mirante.api.source.SourcePosition;
import com.mirante.command.AggregateCacheConfiguration;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An invoice and the charges posted to it, as the billing system holds them. Header and charges
 * are separate legacy rows that change independently and arrive at least once, in any order (a
 * charge can come before its invoice), so the header and each charge keep their own newest
 * source position. The tables have no row version: positions compare by commit order.
 */
@Aggregate(cache = AggregateCacheConfiguration.CACHE)
public class Invoice {

    @AggregateIdentifier
    private String id;
    /** Null until the invoice row itself has been seen. */
    private InvoiceStatus status;
    private InvoiceDetails details;
    private LocalDateTime closedAt;
    private BigDecimal total;
    private BigDecimal paid;
    private SourcePosition headerApplied;
    private final Map<Long, PostedCharge> charges = new HashMap<>();
    /** A deleted charge never comes back (ids are not reused): late images of it are ignored. */
    private final Set<Long> removedCharges = new HashSet<>();
    private boolean removed;

    protected Invoice() {
        // Axon creates the instance, also when the first change seen is a charge or an update.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordInvoice command) {
        if (removed || !command.source().isNewerThan(headerApplied)) {
            return;
        }
        long invoiceId = command.invoiceId();
        SourcePosition source = command.source();
        if (status == null) {
            apply(new InvoiceOpened(invoiceId, command.details(), command.status(), command.closedAt(),
                    command.total(), command.paid(), source));
            return;
        }
        if (!details.equals(command.details())) {
            apply(new InvoiceAmended(invoiceId, command.details(), source));
        }
        applyStatusChange(command);
        if (!sameAmount(total, command.total()) || !sameAmount(paid, command.paid())) {
            apply(new InvoiceTotalsChanged(invoiceId, command.total(), command.paid(), source));
        }
        // Each apply above moved headerApplied at once; if none did, the position must still be kept, or an
        // older image arriving later would look newer than what the header holds (A at 10, A at 30, B at 20).
        if (!source.equals(headerApplied)) {
            apply(new InvoiceChangeWithoutEffect(invoiceId, source));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RemoveInvoice command) {
        // A deleted row never comes back (ids are not reused), so removal is final whatever the order.
        if (!removed) {
            apply(new InvoiceRemoved(command.invoiceId(), command.source()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordCharge command) {
        long chargeId = command.chargeId();
        PostedCharge known = charges.get(chargeId);
        if (removed || removedCharges.contains(chargeId)
                || known != null && !command.source().isNewerThan(known.lastApplied())) {
            return;
        }
        long invoiceId = command.invoiceId();
        SourcePosition source = command.source();
        if (known == null) {
            apply(new ChargePosted(invoiceId, chargeId, command.details(), command.reversed(), source));
            return;
        }
        if (!known.details().equals(command.details())) {
            apply(new ChargeCorrected(invoiceId, chargeId, command.details(), source));
        }
        if (known.reversed() != command.reversed()) {
            apply(command.reversed()
                    ? new ChargeReversed(invoiceId, chargeId, source)
                    : new ChargeReversalUndone(invoiceId, chargeId, source));
        }
        // Same reasoning as for the header, with the charge's own position.
        if (!source.equals(charges.get(chargeId).lastApplied())) {
            apply(new ChargeChangeWithoutEffect(invoiceId, chargeId, source));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RemoveCharge command) {
        // Told even for a charge not seen yet, so that its insert arriving later is ignored.
        if (!removed && !removedCharges.contains(command.chargeId())) {
            apply(new ChargeRemoved(command.invoiceId(), command.chargeId(), command.source()));
        }
    }

    private void applyStatusChange(RecordInvoice command) {
        long invoiceId = command.invoiceId();
        SourcePosition source = command.source();
        switch (command.status()) {
            case OPEN -> {
                if (status != InvoiceStatus.OPEN) {
                    apply(new InvoiceReopened(invoiceId, source));
                }
            }
            case CLOSED -> {
                // A closing time that moved while the invoice stayed closed means it was closed again.
                if (status != InvoiceStatus.CLOSED || !Objects.equals(closedAt, command.closedAt())) {
                    apply(new InvoiceClosed(invoiceId, command.closedAt(), source));
                }
            }
            case CANCELLED -> {
                if (status != InvoiceStatus.CANCELLED) {
                    apply(new InvoiceCancelled(invoiceId, source));
                }
            }
        }
    }

    /** Money compares by value: {@code 10.0} and {@code 10.00} are the same total. */
    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @EventSourcingHandler
    void on(InvoiceOpened event) {
        id = InvoiceIds.aggregateId(event.invoiceId());
        status = event.status();
        details = event.details();
        closedAt = event.closedAt();
        total = event.total();
        paid = event.paid();
        headerApplied = event.source();
    }

    @EventSourcingHandler
    void on(InvoiceAmended event) {
        details = event.details();
        headerApplied = event.source();
    }

    @EventSourcingHandler
    void on(InvoiceClosed event) {
        status = InvoiceStatus.CLOSED;
        closedAt = event.closedAt();
        headerApplied = event.source();
    }

    @EventSourcingHandler
    void on(InvoiceCancelled event) {
        status = InvoiceStatus.CANCELLED;
        headerApplied = event.source();
    }

    @EventSourcingHandler
    void on(InvoiceReopened event) {
        status = InvoiceStatus.OPEN;
        closedAt = null;
        headerApplied = event.source();
    }

    @EventSourcingHandler
    void on(InvoiceTotalsChanged event) {
        total = event.total();
        paid = event.paid();
        headerApplied = event.source();
    }

    @EventSourcingHandler
    void on(InvoiceChangeWithoutEffect event) {
        headerApplied = event.source();
    }

    @EventSourcingHandler
    void on(InvoiceRemoved event) {
        id = InvoiceIds.aggregateId(event.invoiceId());
        removed = true;
    }

    @EventSourcingHandler
    void on(ChargePosted event) {
        id = InvoiceIds.aggregateId(event.invoiceId());
        charges.put(event.chargeId(), new PostedCharge(event.details(), event.reversed(), event.source()));
    }

    @EventSourcingHandler
    void on(ChargeCorrected event) {
        PostedCharge known = charges.get(event.chargeId());
        charges.put(event.chargeId(), new PostedCharge(event.details(), known.reversed(), event.source()));
    }

    @EventSourcingHandler
    void on(ChargeReversed event) {
        reverse(event.chargeId(), true, event.source());
    }

    @EventSourcingHandler
    void on(ChargeReversalUndone event) {
        reverse(event.chargeId(), false, event.source());
    }

    @EventSourcingHandler
    void on(ChargeChangeWithoutEffect event) {
        PostedCharge known = charges.get(event.chargeId());
        charges.put(event.chargeId(), new PostedCharge(known.details(), known.reversed(), event.source()));
    }

    @EventSourcingHandler
    void on(ChargeRemoved event) {
        id = InvoiceIds.aggregateId(event.invoiceId());
        charges.remove(event.chargeId());
        removedCharges.add(event.chargeId());
    }

    private void reverse(long chargeId, boolean reversed, SourcePosition source) {
        PostedCharge known = charges.get(chargeId);
        charges.put(chargeId, new PostedCharge(known.details(), reversed, source));
    }

    /** A charge as last seen, with the position of the newest change applied to it. */
    private record PostedCharge(ChargeDetails details, boolean reversed, SourcePosition lastApplied) {
    }
}
