package com.mirante.projection;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registry of query model versions ({@code query_model_version} in the runtime's schema, the
 * first of {@code spring.flyway.schemas}), shared by every node.
 */
class ModelVersions {

    private static final String COLUMNS = "model, version, tables, rebuild_version, rebuild_requested_at,"
            + " switch_requested_at IS NOT NULL AS switch_pending";
    private final JdbcClient jdbc;
    private final String table;

    ModelVersions(JdbcClient jdbc, @Value("${spring.flyway.schemas}") String schema) {
        this.jdbc = jdbc;
        this.table = schema + ".query_model_version";
    }

    Map<String, ModelVersion> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + table).query(ModelVersions::row).list().stream()
                .collect(Collectors.toMap(ModelVersion::model, Function.identity()));
    }

    /** Locks the model's row for the current transaction; empty when another transaction holds it. */
    Optional<ModelVersion> lock(String model) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + table + " WHERE model = ? FOR UPDATE SKIP LOCKED")
                .param(model).query(ModelVersions::row).optional();
    }

    void rebuildRequested(String model, int version, String node) {
        jdbc.sql("UPDATE " + table + " SET rebuild_version = ?, rebuild_requested_at = now(),"
                        + " rebuild_requested_by = ?, switch_requested_at = NULL, updated_at = now() WHERE model = ?")
                .param(version).param(node).param(model).update();
    }

    void switchRequested(String model) {
        jdbc.sql("UPDATE " + table + " SET switch_requested_at = now(), updated_at = now()"
                + " WHERE model = ? AND rebuild_version IS NOT NULL AND switch_requested_at IS NULL").param(model).update();
    }

    void switchCalledOff(String model) {
        jdbc.sql("UPDATE " + table + " SET switch_requested_at = NULL, updated_at = now() WHERE model = ?")
                .param(model).update();
    }

    void switched(String model, int version, List<String> tables) {
        jdbc.sql("UPDATE " + table + " SET version = ?, tables = ?::text[], rebuild_version = NULL,"
                        + " switch_requested_at = NULL, switched_at = now(), updated_at = now() WHERE model = ?")
                .param(version).param("{" + String.join(",", tables) + "}").param(model).update();
    }

    private static ModelVersion row(ResultSet row, int number) throws SQLException {
        Array tables = row.getArray("tables");
        int rebuild = row.getInt("rebuild_version");
        Integer rebuildVersion = row.wasNull() ? null : rebuild;
        return new ModelVersion(row.getString("model"), row.getInt("version"),
                List.copyOf(Arrays.asList((String[]) tables.getArray())), rebuildVersion,
                Optional.ofNullable(row.getTimestamp("rebuild_requested_at")).map(Timestamp::toInstant).orElse(null),
                row.getBoolean("switch_pending"));
    }
}
