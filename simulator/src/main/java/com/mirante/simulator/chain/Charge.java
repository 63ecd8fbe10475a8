package com.mirante.simulator.chain;

import com.mirante.simulator.dms.Values;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** A charge of {@code faturamento.lancamento}, posted to an invoice. */
final class Charge {

    final long id;
    final long invoiceId;
    final String service;
    final String description;
    BigDecimal quantity;
    BigDecimal unitPrice;
    BigDecimal amount;
    final LocalDateTime postedAt;
    boolean reversed;
    boolean deleted;
    final String postedBy;

    Charge(long id, long invoiceId, String service, String description, BigDecimal quantity, BigDecimal unitPrice,
           LocalDateTime postedAt, String postedBy) {
        this.id = id;
        this.invoiceId = invoiceId;
        this.service = service;
        this.description = description;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.amount = quantity.multiply(unitPrice);
        this.postedAt = postedAt;
        this.postedBy = postedBy;
    }

    boolean counts() {
        return !reversed && !deleted;
    }

    Map<String, Object> row() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id_lancamento", id);
        row.put("id_fatura", invoiceId);
        row.put("cod_servico", service);
        row.put("des_lancamento", description);
        row.put("qtd_lancamento", Values.quantity(quantity));
        row.put("vlr_unitario", Values.money(unitPrice));
        row.put("vlr_lancamento", Values.money(amount));
        row.put("dh_lancamento", Values.wallClock(postedAt));
        row.put("fl_estorno", Values.flag(reversed));
        row.put("usr_lancamento", postedBy);
        return row;
    }
}
