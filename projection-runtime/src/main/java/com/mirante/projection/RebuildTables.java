package com.mirante.projection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The tables of a rebuild: built in a schema of their own beside the live ones, then exchanged
 * with them by moving both sets between schemas. PostgreSQL's DDL is transactional, so the
 * exchange (and the hand-over of tokens and dead letters the caller does in the same transaction)
 * is seen by readers all at once. Every method runs in the caller's transaction.
 */
class RebuildTables {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final JdbcTemplate jdbc;
    private final ResourcePatternResolver resources;
    private final String liveSchema;
    private final Duration lockTimeout;

    RebuildTables(JdbcTemplate jdbc, ResourcePatternResolver resources,
                  @Value("${spring.flyway.schemas}") String liveSchema,
                  @Value("${mirante.rebuild.switch-lock-timeout:2s}") Duration lockTimeout) {
        this.jdbc = jdbc;
        this.resources = resources;
        this.liveSchema = liveSchema;
        this.lockTimeout = lockTimeout;
    }

    /** Where the model's next tables are built; a rebuild's transactions put it first in their search path. */
    String rebuildSchema(String model) {
        return liveSchema + "_rebuild_" + checked(model);
    }

    private String retiredSchema(String model) {
        return liveSchema + "_retired_" + checked(model);
    }

    String liveSchema() {
        return liveSchema;
    }

    /**
     * Empty copies of the live tables (columns, defaults, constraints, indexes), then the scripts of
     * every version after the live one, run with the new schema as the search path.
     */
    void prepare(ModelVersion live, int targetVersion) {
        String schema = rebuildSchema(live.model());
        jdbc.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        jdbc.execute("CREATE SCHEMA " + schema);
        for (String table : live.tables()) {
            jdbc.execute("CREATE TABLE " + schema + "." + checked(table)
                    + " (LIKE " + liveSchema + "." + checked(table) + " INCLUDING ALL)");
        }
        String searchPath = jdbc.queryForObject("SELECT current_setting('search_path')", String.class);
        jdbc.execute("SET LOCAL search_path TO " + schema);
        for (int version = live.version() + 1; version <= targetVersion; version++) {
            for (Resource script : scripts(live.model(), version)) {
                jdbc.execute((ConnectionCallback<Void>) connection -> {
                    ScriptUtils.executeSqlScript(connection, script);
                    return null;
                });
            }
        }
        jdbc.execute("SET LOCAL search_path TO " + searchPath);
    }

    /**
     * Moves the live tables out and the rebuilt ones in. Waits at most the lock timeout for the
     * transactions writing either set (readers queue behind the lock meanwhile); a timeout fails
     * the transaction and the switch is tried again later.
     *
     * @return the tables now live
     */
    List<String> exchange(ModelVersion live) {
        String rebuilt = rebuildSchema(live.model());
        String retired = retiredSchema(live.model());
        List<String> built = jdbc.queryForList(
                "SELECT tablename FROM pg_tables WHERE schemaname = ? ORDER BY tablename", String.class, rebuilt);
        List<String> locked = new ArrayList<>();
        live.tables().forEach(table -> locked.add(liveSchema + "." + checked(table)));
        built.forEach(table -> locked.add(rebuilt + "." + checked(table)));
        jdbc.execute("SET LOCAL lock_timeout = " + lockTimeout.toMillis());
        jdbc.execute("LOCK TABLE " + String.join(", ", locked) + " IN ACCESS EXCLUSIVE MODE");
        built.stream().filter(live.tables()::contains).forEach(table -> grantAsLive(rebuilt, table));
        jdbc.execute("DROP SCHEMA IF EXISTS " + retired + " CASCADE");
        jdbc.execute("CREATE SCHEMA " + retired);
        live.tables().forEach(table -> jdbc.execute(
                "ALTER TABLE " + liveSchema + "." + checked(table) + " SET SCHEMA " + retired));
        built.forEach(table -> jdbc.execute("ALTER TABLE " + rebuilt + "." + table + " SET SCHEMA " + liveSchema));
        return built;
    }

    /**
     * A rebuilt table starts with no rights but its owner's: the roles granted the live table (Grafana's,
     * see sql/query/afterMigrate__grants.sql) get the same rights on it before it goes live.
     */
    private void grantAsLive(String rebuiltSchema, String table) {
        jdbc.queryForList("""
                        SELECT format('GRANT %s ON %I.%I TO %s', a.privilege_type, ?, ?,
                                      CASE a.grantee WHEN 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END)
                          FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a
                         WHERE c.oid = to_regclass(?) AND a.grantee <> c.relowner""",
                String.class, rebuiltSchema, table, liveSchema + "." + table).forEach(jdbc::execute);
    }

    /** The old tables after a switch, or what an abandoned rebuild left. */
    void dropLeftovers(String model) {
        jdbc.execute("DROP SCHEMA IF EXISTS " + retiredSchema(model) + " CASCADE");
        jdbc.execute("DROP SCHEMA IF EXISTS " + rebuildSchema(model) + " CASCADE");
    }

    private List<Resource> scripts(String model, int version) {
        try {
            Resource[] found = resources.getResources(
                    "classpath*:db/query-models/" + checked(model) + "/V" + version + "__*.sql");
            return Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the scripts of " + model + " version " + version, e);
        }
    }

    /** Names end up in DDL: only plain lower-case identifiers are accepted. */
    private static String checked(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain identifier: " + name);
        }
        return name;
    }
}
