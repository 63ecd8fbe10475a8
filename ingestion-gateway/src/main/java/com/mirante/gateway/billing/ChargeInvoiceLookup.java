package com.mirante.gateway.billing;

import com.mirante.api.billing.ChargePosted;
import com.mirante.gateway.mapping.ChargeInvoices;
import com.mirante.platform.eventstore.EventStoreSchema;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The charge-to-invoice lookup, written by a subscribing event handler in the same transaction
 * as the {@link ChargePosted} event it records (Axon's lookup-table pattern), so it never lags
 * behind the event store.
 */
@Component
@ProcessingGroup(ChargeInvoiceLookup.PROCESSING_GROUP)
public class ChargeInvoiceLookup implements ChargeInvoices {

    static final String PROCESSING_GROUP = "charge-invoice-lookup";

    private final JdbcTemplate jdbc;
    private final String table;

    ChargeInvoiceLookup(JdbcTemplate jdbc, EventStoreSchema schema) {
        this.jdbc = jdbc;
        this.table = schema.table("charge_invoice");
    }

    /** A failure to record the posting fails the command too: the lookup must never miss a charge. */
    @Autowired
    void propagateFailures(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }

    @EventHandler
    void on(ChargePosted event) {
        jdbc.update("insert into " + table + " (charge_id, invoice_id) values (?, ?)"
                + " on conflict (charge_id) do update set invoice_id = excluded.invoice_id",
                event.chargeId(), event.invoiceId());
    }

    @Override
    public Optional<Long> invoiceOf(long chargeId) {
        return jdbc.queryForList("select invoice_id from " + table + " where charge_id = ?", Long.class, chargeId)
                .stream().findFirst();
    }
}
