package com.mirante.gateway.mapping;

import com.mirante.api.guest.EraseGuest;
import com.mirante.api.guest.PersonalData;
import com.mirante.api.guest.RecordGuest;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import java.time.LocalDate;
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

    @Override
    public boolean mayHoldPersonalData() {
        return true;
    }

    @Override
    public List<Object> commandsFor(DmsRecord record) {
        RowImage row = row(record);
        long guestId = row.requiredLong("id_hospede");
        SourcePosition source = SourcePositions.of(record, Long.toString(guestId), null);
        if (source.operation() == SourceOperation.DELETE) {
            return List.of(new EraseGuest(guestId, source));
        }
        return List.of(new RecordGuest(
                guestId,
                personalData(row),
                row.text("nom_cidade"),
                row.text("sig_uf"),
                row.text("cod_pais"),
                // LGPD consent is never presumed: an unknown flag means no consent.
                row.bool("fl_aceita_marketing", false),
                loyaltyTier(row.text("cod_nivel_fidelidade")),
                row.localDateTime("dh_cadastro"),
                source));
    }

    private static PersonalData personalData(RowImage row) {
        return new PersonalData(
                row.text("nom_hospede"),
                row.text("num_cpf"),
                row.text("num_passaporte"),
                birthDate(row),
                row.text("des_email"),
                row.text("num_telefone"));
    }

    /** The rejection reason is logged and kept with the dead letter, so it must not repeat the value. */
    private static LocalDate birthDate(RowImage row) {
        try {
            return row.date("dt_nascimento");
        } catch (InvalidChangeRecordException e) {
            throw new InvalidChangeRecordException("BAD_VALUE", TABLE + ".dt_nascimento is not a date");
        }
    }

    private static String loyaltyTier(String code) {
        if (code == null || LOYALTY_TIERS.contains(code)) {
            return code;
        }
        throw new InvalidChangeRecordException("BAD_VALUE",
                TABLE + ".cod_nivel_fidelidade is not a known loyalty tier: " + code);
    }
}
