package com.mirante.projection;

import java.util.List;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the token store directly, without claiming anything: a pooled processor only reports the
 * segments this node claims, while the table knows every segment, its owner and its position.
 */
class ProcessorTokens {

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final String table;

    ProcessorTokens(JdbcClient jdbc, Serializer serializer, @Value("${spring.flyway.schemas}") String schema) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.table = schema + ".token_entry";
    }

    List<StoredToken> of(String processorName) {
        return jdbc.sql("SELECT segment, owner, time_stamp, token, token_type FROM " + table
                        + " WHERE processor_name = ? ORDER BY segment")
                .param(processorName)
                .query((row, n) -> new StoredToken(row.getInt("segment"), row.getString("owner"),
                        row.getString("time_stamp") == null ? null : DateTimeUtils.parseInstant(row.getString("time_stamp")),
                        token(row.getBytes("token"), row.getString("token_type"))))
                .list();
    }

    private TrackingToken token(byte[] data, String type) {
        if (data == null || type == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(data, byte[].class, type, null));
    }
}
