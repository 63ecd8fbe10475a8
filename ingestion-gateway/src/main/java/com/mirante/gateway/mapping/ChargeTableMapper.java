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
    private static final int MONEY_SCALE = 2;
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
        long chargeId = row.requiredLong("id_lancamento");
        // The table has no nr_versao: staleness is decided by commit position alone.
        SourcePosition source = SourcePositions.of(record, Long.toString(chargeId), null);
        if (source.operation() == SourceOperation.DELETE) {
            return List.of(new RemoveCharge(invoiceOfDeleted(row, chargeId), chargeId, source));
        }
        return List.of(new RecordCharge(row.requiredLong("id_fatura"), chargeId, details(row),
                row.bool("fl_estorno", false), source));
    }

    /**
     * The billing task captures deletes with PostgreSQL's default replica identity, which keeps
     * only the key: the invoice then comes from the lookup of postings. A delete that overtook
     * its posting waits for it.
     */
    private long invoiceOfDeleted(RowImage row, long chargeId) {
        Long invoiceId = row.longValue("id_fatura");
        if (invoiceId != null) {
            return invoiceId;
        }
        return chargeInvoices.invoiceOf(chargeId).orElseThrow(() -> new ChangeNotYetApplicableException(
                "Delete of charge " + chargeId + " before its posting: its invoice is not known yet"));
    }

    private static ChargeDetails details(RowImage row) {
        return new ChargeDetails(
                serviceCode(row.requiredText("cod_servico")),
                row.text("des_lancamento"),
                scaled(row, "qtd_lancamento", QUANTITY_SCALE),
                scaled(row, "vlr_unitario", MONEY_SCALE),
                required(scaled(row, "vlr_lancamento", MONEY_SCALE), "vlr_lancamento"),
                required(row.localDateTime("dh_lancamento"), "dh_lancamento"));
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
     * value and an unchanged charge compares equal; more decimals than the column holds is bad.
     */
    private static BigDecimal scaled(RowImage row, String column, int scale) {
        BigDecimal value = row.decimal(column);
        try {
            return value == null ? null : value.setScale(scale);
        } catch (ArithmeticException e) {
            throw new InvalidChangeRecordException("BAD_VALUE",
                    TABLE + "." + column + " has more than " + scale + " decimals: " + value, e);
        }
    }

    private static <T> T required(T value, String column) {
        if (value == null) {
            throw new InvalidChangeRecordException("MISSING_VALUE", TABLE + "." + column + " is missing");
        }
        return value;
    }
}
