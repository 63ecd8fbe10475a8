package com.mirante.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.mirante.embedded.EmbeddedInfrastructure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How the database a benchmark measured writes: a figure means little without it. The embedded
 * server writes durably by default, as a production server does (fsync, synchronous commit and full
 * page writes on); {@code -Dmirante.embedded.postgres.durable=false} (the suite's {@code --fsync-off})
 * turns fsync and synchronous commit off, and every result says so.
 */
final class DatabaseSettings {

    static final String DURABLE = "mirante.embedded.postgres.durable";
    private static final List<String> WRITES = List.of("fsync", "synchronous_commit", "full_page_writes");

    private DatabaseSettings() {
    }

    /** Call first in a benchmark's main: the embedded server starts with the first context. */
    static void durableUnlessTold() {
        if (System.getProperty(DURABLE) == null) {
            System.setProperty(DURABLE, "true");
        }
    }

    /** The server the context's database is on, its version and its write settings, as it reports them. */
    static Map<String, Object> of(ConfigurableApplicationContext context) {
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        PropertySource<?> embedded = context.getEnvironment().getPropertySources().get(EmbeddedInfrastructure.PROPERTY_SOURCE);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("server", embedded != null && embedded.containsProperty("spring.datasource.url")
                ? "embedded" : "given by URL");
        settings.put("version", jdbc.queryForObject("SHOW server_version", String.class));
        for (String setting : WRITES) {
            settings.put(setting, jdbc.queryForObject("SHOW " + setting, String.class));
        }
        return settings;
    }

    /** One line for a result's {@code database} object, e.g. "PostgreSQL 15.18 (embedded): fsync on, ...". */
    static String describe(JsonNode database) {
        StringBuilder line = new StringBuilder("PostgreSQL ").append(database.path("version").asText("?"))
                .append(" (").append(database.path("server").asText("?")).append("):");
        for (String setting : WRITES) {
            line.append(' ').append(setting).append(' ').append(database.path(setting).asText("?")).append(',');
        }
        line.setLength(line.length() - 1);
        return line.toString();
    }

    /** Whether the result's database may lose committed transactions on a power cut. */
    static boolean fsyncOff(JsonNode database) {
        return "off".equals(database.path("fsync").asText());
    }
}
