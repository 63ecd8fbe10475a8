package com.mirante.gateway.mapping;

import com.mirante.api.hotel.RecordHotel;
import com.mirante.api.hotel.RemoveHotel;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code cadastro.hotel}: the chain's hotels. The table has no {@code nr_versao}. */
@Component
class HotelTableMapper extends LegacyTableMapper {

    private static final String TABLE = "cadastro.hotel";

    HotelTableMapper() {
        super(TABLE, "cod_hotel", "nom_hotel", "nom_cidade", "sig_uf", "qtd_aptos", "nom_fuso", "fl_ativo",
                "dh_alteracao");
    }

    @Override
    public List<Object> commandsFor(DmsRecord record) {
        RowImage row = row(record);
        String hotelId = row.requiredText("cod_hotel", 5);
        SourcePosition source = SourcePositions.of(record, hotelId, null);
        if (source.operation() == SourceOperation.DELETE) {
            return List.of(new RemoveHotel(hotelId, source));
        }
        return List.of(new RecordHotel(
                hotelId,
                row.requiredText("nom_hotel", 80),
                row.text("nom_cidade", 60),
                row.text("sig_uf", 2),
                Math.toIntExact(row.requiredInteger("qtd_aptos", SqlInteger.SMALLINT)),
                timeZone(row.requiredText("nom_fuso", 40)),
                active(row),
                source));
    }

    /** Every local time of the hotel is read in this zone, so a zone Java does not know can never be applied. */
    private static String timeZone(String zone) {
        try {
            return ZoneId.of(zone.trim()).getId();
        } catch (DateTimeException e) {
            throw new InvalidChangeRecordException("BAD_VALUE",
                    TABLE + ".nom_fuso is not an IANA time zone: " + zone, e);
        }
    }

    /** Whether the hotel is open decides what it sells, so no default stands in for a missing value. */
    private static boolean active(RowImage row) {
        if (row.isNull("fl_ativo")) {
            throw new InvalidChangeRecordException("MISSING_VALUE", TABLE + ".fl_ativo is missing");
        }
        return row.bool("fl_ativo", false);
    }
}
