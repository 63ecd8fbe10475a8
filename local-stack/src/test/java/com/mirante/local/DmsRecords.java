package com.mirante.local;

/** DMS change records of the legacy tables, as the gateway's queue receives them. */
final class DmsRecords {

    private DmsRecords() {
    }

    static String hotelInserted(String hotelId, String name) {
        return record("cadastro", "hotel", "insert", 7_400_001L, """
                {"cod_hotel":"%s","nom_hotel":"%s","nom_cidade":"Recife","sig_uf":"PE","qtd_aptos":96,
                "nom_fuso":"America/Recife","fl_ativo":"true","dh_alteracao":"2025-04-02T09:12:44.201733Z"}"""
                .formatted(hotelId, name));
    }

    static String guestInserted(long guestId, String name, String taxId, String email) {
        return record("crm", "hospede", "insert", 7_500_000L + guestId % 1000, """
                {"id_hospede":%d,"nom_hospede":"%s","num_cpf":"%s","num_passaporte":null,"dt_nascimento":"1984-06-11",
                "des_email":"%s","num_telefone":"+55 81 99912-3456","nom_cidade":"Recife","sig_uf":"PE","cod_pais":"BR",
                "fl_aceita_marketing":"true","cod_nivel_fidelidade":"OURO","dh_cadastro":"2025-04-08T22:47:10.204318Z",
                "dh_alteracao":"2025-04-08T22:47:10.204318Z"}""".formatted(guestId, name, taxId, email));
    }

    /** What DMS sends when a guest's row is deleted (key only): the LGPD erasure. */
    static String guestDeleted(long guestId) {
        return record("crm", "hospede", "delete", 7_600_000L + guestId % 1000, "{\"id_hospede\":%d}".formatted(guestId));
    }

    private static String record(String schema, String table, String operation, long transaction, String data) {
        return """
                {"data":%s,"metadata":{"timestamp":"2025-09-03T02:10:44.301122Z","record-type":"data",
                "operation":"%s","partition-key-type":"schema-table","schema-name":"%s","table-name":"%s",
                "transaction-id":%d,"transaction-record-id":1,"commit-timestamp":"2025-09-03T02:10:44.120040Z",
                "stream-position":"00000C01/%08X.2.00000C01/%08X"}}"""
                .formatted(data, operation, schema, table, transaction, transaction, transaction).replace("\n", "");
    }
}
