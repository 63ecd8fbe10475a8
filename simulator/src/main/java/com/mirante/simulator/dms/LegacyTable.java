package com.mirante.simulator.dms;

import java.util.List;

/**
 * The legacy tables, with what the DMS task capturing each one puts in its records: the
 * reservation and front-desk task runs with full replica identity and full before-images, the
 * housekeeping and CRM task with pk-only before-images, billing and the hotel registry without
 * before-images; the last three keep only the key of a deleted row.
 */
public enum LegacyTable {

    HOTEL("cadastro", "hotel", Task.REGISTRY, "cod_hotel"),
    RESERVATION("reservas", "reserva", Task.RESERVATIONS_FRONT_DESK, "id_reserva"),
    STAY("recepcao", "hospedagem", Task.RESERVATIONS_FRONT_DESK, "id_hospedagem"),
    ROOM("governanca", "quarto", Task.HOUSEKEEPING_CRM, "cod_hotel", "num_apto"),
    INVOICE("faturamento", "fatura", Task.BILLING, "id_fatura"),
    CHARGE("faturamento", "lancamento", Task.BILLING, "id_lancamento"),
    GUEST("crm", "hospede", Task.HOUSEKEEPING_CRM, "id_hospede");

    /** One DMS replication task: its own stream of transactions and its before-image settings. */
    public enum Task {
        REGISTRY(BeforeImage.NONE, false),
        RESERVATIONS_FRONT_DESK(BeforeImage.ALL, true),
        HOUSEKEEPING_CRM(BeforeImage.PK_ONLY, false),
        BILLING(BeforeImage.NONE, false);

        final BeforeImage beforeImage;
        /** REPLICA IDENTITY FULL: a delete carries the whole old row, otherwise only its key. */
        final boolean fullReplicaIdentity;

        Task(BeforeImage beforeImage, boolean fullReplicaIdentity) {
            this.beforeImage = beforeImage;
            this.fullReplicaIdentity = fullReplicaIdentity;
        }
    }

    enum BeforeImage { NONE, ALL, PK_ONLY }

    private final String schema;
    private final String name;
    private final Task task;
    private final List<String> key;

    LegacyTable(String schema, String name, Task task, String... key) {
        this.schema = schema;
        this.name = name;
        this.task = task;
        this.key = List.of(key);
    }

    public String schema() {
        return schema;
    }

    public String tableName() {
        return name;
    }

    public String qualifiedName() {
        return schema + "." + name;
    }

    public Task task() {
        return task;
    }

    public List<String> key() {
        return key;
    }
}
