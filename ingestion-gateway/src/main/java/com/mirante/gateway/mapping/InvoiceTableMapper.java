package com.mirante.gateway.mapping;

import com.mirante.api.billing.InvoiceDetails;
import com.mirante.api.billing.InvoiceStatus;
import com.mirante.api.billing.RecordInvoice;
import com.mirante.api.billing.RemoveInvoice;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code faturamento.fatura}: the billing system's invoice headers, one per stay. */
@Component
class InvoiceTableMapper extends LegacyTableMapper {

    private static final String TABLE = "faturamento.fatura";

    InvoiceTableMapper() {
        super(TABLE, "id_fatura", "num_fatura", "id_hospedagem", "cod_hotel", "dt_abertura", "dh_fechamento",
                "vlr_total", "vlr_pago", "sit_fatura", "cpf_cnpj_pagador", "usr_alteracao", "dh_alteracao");
    }
    private static final int CNPJ_DIGITS = 14;

    @Override
    Set<String> personalColumns() {
        return Set.of("cpf_cnpj_pagador");
    }

    @Override
    public List<Object> commandsFor(DmsRecord record) {
        RowImage row = row(record);
        long invoiceId = row.requiredInteger("id_fatura", SqlInteger.BIGINT);
        // The table has no nr_versao: staleness is decided by commit position alone.
        SourcePosition source = SourcePositions.of(record, Long.toString(invoiceId), null);
        if (source.operation() == SourceOperation.DELETE) {
            return List.of(new RemoveInvoice(invoiceId, source));
        }
        return List.of(new RecordInvoice(invoiceId, details(row), status(row.requiredText("sit_fatura", 1)),
                row.localDateTime("dh_fechamento"), row.decimal("vlr_total", 12, 2), row.decimal("vlr_pago", 12, 2), source));
    }

    private static InvoiceDetails details(RowImage row) {
        return new InvoiceDetails(
                row.requiredText("num_fatura", 24),
                row.integer("id_hospedagem", SqlInteger.BIGINT),
                row.requiredText("cod_hotel", 5),
                row.requiredDate("dt_abertura"),
                isCompany(row.text("cpf_cnpj_pagador", 18)));
    }

    /**
     * The payer's tax id never leaves the gateway: a CPF is personal data and events are kept
     * for good. Only a CNPJ (14 digits, punctuated or not) marks a company; anything else, a CPF
     * included, is treated as possibly a person.
     */
    private static boolean isCompany(String taxId) {
        return taxId != null && taxId.replaceAll("\\D", "").length() == CNPJ_DIGITS;
    }

    private static InvoiceStatus status(String code) {
        return switch (code.trim()) {
            case "A" -> InvoiceStatus.OPEN;
            case "F" -> InvoiceStatus.CLOSED;
            case "C" -> InvoiceStatus.CANCELLED;
            default -> throw new InvalidChangeRecordException("BAD_VALUE",
                    TABLE + ".sit_fatura is not a known status: " + code);
        };
    }
}
