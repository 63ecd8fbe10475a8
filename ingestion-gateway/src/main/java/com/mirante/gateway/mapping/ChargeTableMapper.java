package com.mirante.gateway.mapping;

import com.mirante.api.billing.ChargeDetails;
import com.mirante.api.billing.RecordCharge;
import com.mirante.api.billing.RemoveCharge;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code faturamento.lancamento}: charges posted to an invoice. A charge has no aggregate of its
 * own: every change goes to its invoice, which may not be known yet.
 */
@Component
class ChargeTableMapper extends LegacyTableMapper {

    private static final String TABLE = "faturamento.lancamento";
    /** The service codes of the contract, kept as they are: they are the hotel's vocabulary. */
    private static final Set<String> SERVICE_CODES =
            Set.of("DIARIA", "FRIGO", "REST", "BAR", "SPA", "LAV", "ESTAC", "EVENTO", "OUTROS");
    private static final int MONEY_PRECISION = 12;
    private static final int MONEY_SCALE = 2;
    private static final int QUANTITY_PRECISION = 9;
    private static final int QUANTITY_SCALE = 3;

    private final ChargeInvoices chargeInvoices;

    ChargeTableMapper(ChargeInvoices chargeInvoices) {
        super(TABLE, "id_lancamento", "id_fatura", "cod_servico", "des_lancamento", "qtd_lancamento", "vlr_unitario",
                "vlr_lancamento", "dh_lancamento", "fl_estorno", "usr_lancamento");
        this.chargeInvoices = chargeInvoices;
    }

    @Override
    public List<Object> commandsFor(DmsRecord record) {
        RowImage row = row(record);
        long chargeId = row.requiredInteger("id_lancamento", SqlInteger.BIGINT);
        // The table has no nr_versao: staleness is decided by commit position alone.
        SourcePosition source = SourcePositions.of(record, Long.toString(chargeId), null);
        if (source.operation() == SourceOperation.DELETE) {
            return List.of(new RemoveCharge(invoiceOfDeleted(row, chargeId), chargeId, source));
        }
        return List.of(new RecordCharge(row.requiredInteger("id_fatura", SqlInteger.BIGINT), chargeId, details(row),
                row.bool("fl_estorno", false), source));
    }

    /**
     * The billing task captures deletes with PostgreSQL's default replica identity, which keeps
     * only the key: the invoice then comes from the lookup of postings. A delete that overtook
     * its posting waits for it.
     */
    private long invoiceOfDeleted(RowImage row, long chargeId) {
        Long invoiceId = row.integer("id_fatura", SqlInteger.BIGINT);
        if (invoiceId != null) {
            return invoiceId;
        }
        return chargeInvoices.invoiceOf(chargeId).orElseThrow(() -> new ChangeNotYetApplicableException(
                "Delete of charge " + chargeId + " before its posting: its invoice is not known yet"));
    }

    private static ChargeDetails details(RowImage row) {
        return new ChargeDetails(
                serviceCode(row.requiredText("cod_servico", 6)),
                row.text("des_lancamento", 120),
                scaled(row, "qtd_lancamento", QUANTITY_PRECISION, QUANTITY_SCALE),
                scaled(row, "vlr_unitario", MONEY_PRECISION, MONEY_SCALE),
                required(row, scaled(row, "vlr_lancamento", MONEY_PRECISION, MONEY_SCALE), "vlr_lancamento"),
                row.requiredLocalDateTime("dh_lancamento"));
    }

    private static String serviceCode(String code) {
        String trimmed = code.trim();
        if (!SERVICE_CODES.contains(trimmed)) {
            throw new InvalidChangeRecordException("BAD_VALUE",
                    TABLE + ".cod_servico is not a known service: " + code);
        }
        return trimmed;
    }

    /**
     * At the column's scale, so that {@code 18}, {@code 18.0} and {@code "18.00"} are the same
     * value and an unchanged charge compares equal (the row image refuses more decimals).
     */
    private static BigDecimal scaled(RowImage row, String column, int precision, int scale) {
        BigDecimal value = row.decimal(column, precision, scale);
        return value == null ? null : value.setScale(scale);
    }

    private static BigDecimal required(RowImage row, BigDecimal value, String column) {
        if (value == null) {
            throw row.missing(column);
        }
        return value;
    }
}
