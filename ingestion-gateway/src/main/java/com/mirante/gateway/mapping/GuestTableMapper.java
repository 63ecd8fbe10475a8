package com.mirante.gateway.mapping;

import com.mirante.api.guest.EraseGuest;
import com.mirante.api.guest.PersonalData;
import com.mirante.api.guest.RecordGuest;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code crm.hospede}: the CRM's guests. The table has no row version, so the commit position
 * orders its changes. A delete is an LGPD erasure request, whatever columns DMS sends with the key.
 */
@Component
class GuestTableMapper extends LegacyTableMapper {

    private static final String TABLE = "crm.hospede";

    GuestTableMapper() {
        super(TABLE, "id_hospede", "nom_hospede", "num_cpf", "num_passaporte", "dt_nascimento", "des_email",
                "num_telefone", "nom_cidade", "sig_uf", "cod_pais", "fl_aceita_marketing", "cod_nivel_fidelidade",
                "dh_cadastro", "dh_alteracao");
    }
    private static final Set<String> LOYALTY_TIERS = Set.of("BRONZE", "PRATA", "OURO", "DIAMANTE");
    private static final Set<String> PERSONAL_COLUMNS = Set.of("nom_hospede", "num_cpf", "num_passaporte",
            "dt_nascimento", "des_email", "num_telefone");

    @Override
    public boolean mayHoldPersonalData() {
        return true;
    }

    @Override
    Set<String> personalColumns() {
        return PERSONAL_COLUMNS;
    }

    @Override
    public List<Object> commandsFor(DmsRecord record) {
        RowImage row = row(record);
        long guestId = row.requiredInteger("id_hospede", SqlInteger.BIGINT);
        SourcePosition source = SourcePositions.of(record, Long.toString(guestId), null);
        if (source.operation() == SourceOperation.DELETE) {
            return List.of(new EraseGuest(guestId, source));
        }
        return List.of(new RecordGuest(
                guestId,
                personalData(row),
                // The contract gives these three no type: the hotel's city and state columns' lengths,
                // and a country code of ISO 3166's two or three letters.
                row.text("nom_cidade", 60),
                row.text("sig_uf", 2),
                row.text("cod_pais", 3),
                // LGPD consent is never presumed: an unknown flag means no consent.
                row.bool("fl_aceita_marketing", false),
                loyaltyTier(row.text("cod_nivel_fidelidade", 8)),
                row.localDateTime("dh_cadastro"),
                source));
    }

    private static PersonalData personalData(RowImage row) {
        return new PersonalData(
                row.text("nom_hospede", 120),
                row.text("num_cpf", 14),
                row.text("num_passaporte", 20),
                row.date("dt_nascimento"),
                row.text("des_email", 120),
                row.text("num_telefone", 20));
    }

    private static String loyaltyTier(String code) {
        if (code == null || LOYALTY_TIERS.contains(code)) {
            return code;
        }
        throw new InvalidChangeRecordException("BAD_VALUE",
                TABLE + ".cod_nivel_fidelidade is not a known loyalty tier: " + code);
    }
}
