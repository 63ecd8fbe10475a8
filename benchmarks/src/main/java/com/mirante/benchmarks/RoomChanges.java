package com.mirante.benchmarks;

import java.time.Instant;

/**
 * Housekeeping changes of rooms, as DMS captures them: the timed records of the end-to-end
 * benchmarks. A change's commit timestamp, which the room board shows as {@code updatedAt}, makes
 * it unique, so the live stream's {@code room} event says which change it shows.
 */
final class RoomChanges {

    static final String[] HOTELS = {"SPA01", "RJC02", "MAO01", "SSA03", "FLN04"};
    static final int ROOMS_PER_HOTEL = 40;
    private static final String[] HOUSEKEEPING = {"SJ", "EM", "LP", "IS"};
    private static final Instant FIRST_COMMIT = Instant.parse("2025-05-01T13:00:00Z");

    private RoomChanges() {
    }

    /** Change {@code n}: rooms in turn across the hotels, each visit another housekeeping state. */
    record Change(String hotel, String room, Instant committed, String body) {

        String key() {
            return RoomChanges.key(hotel, room, committed);
        }
    }

    static Change change(int n) {
        Instant committed = FIRST_COMMIT.plusMillis(n);
        String hotel = HOTELS[n % HOTELS.length];
        String room = Integer.toString(101 + n / HOTELS.length % ROOMS_PER_HOTEL);
        String housekeeping = HOUSEKEEPING[n / (HOTELS.length * ROOMS_PER_HOTEL) % HOUSEKEEPING.length];
        return new Change(hotel, room, committed, body(n, hotel, room, housekeeping, committed));
    }

    static String key(String hotelId, String room, Instant updatedAt) {
        return hotelId + "|" + room + "|" + updatedAt;
    }

    /** The DMS record; the commit LSN grows with every change. */
    private static String body(int change, String hotel, String room, String housekeeping, Instant committed) {
        long lsn = 0x10000000L + change * 0x200L;
        String position = "%08X/%08X".formatted(lsn >>> 32, lsn & 0xFFFFFFFFL);
        String commit = committed.toString().replace("Z", "");
        if (!commit.contains(".")) {
            commit = commit + ".000";
        }
        return ("{\"data\":{\"cod_hotel\":\"%s\",\"num_apto\":\"%s\",\"num_andar\":%d,\"cod_tipo_apto\":\"STD\","
                + "\"sit_ocupacao\":\"V\",\"sit_limpeza\":\"%s\",\"fl_interditado\":\"false\",\"mot_interdicao\":null,"
                + "\"dh_ult_limpeza\":null,\"cod_camareira\":\"CAM07\",\"dh_alteracao\":\"%s000\"},"
                + "\"before-image\":{},\"metadata\":{\"timestamp\":\"%s000Z\",\"record-type\":\"data\","
                + "\"operation\":\"update\",\"partition-key-type\":\"schema-table\",\"schema-name\":\"governanca\","
                + "\"table-name\":\"quarto\",\"transaction-id\":%d,\"transaction-record-id\":1,"
                + "\"commit-timestamp\":\"%s000Z\",\"stream-position\":\"%s.2.%s\"}}")
                .formatted(hotel, room, Integer.parseInt(room) / 100, housekeeping, commit, commit,
                        80_000_000L + change, commit, position, position);
    }
}
