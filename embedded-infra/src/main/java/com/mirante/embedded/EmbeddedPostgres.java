package com.mirante.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One PostgreSQL server per JVM (zonky's binaries; it runs as root through {@code unshare -U}),
 * shared by every application context started in it, stopped when the JVM exits.
 */
final class EmbeddedPostgres {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres() {
    }

    static synchronized String jdbcUrl(int port) {
        if (server == null) {
            try {
                server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                        .setPort(port)
                        .setServerConfig("max_connections", "200")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            log.info("Embedded PostgreSQL started on port {}", server.getPort());
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    /** Whether {@code url} points at this JVM's embedded server (started). */
    static synchronized boolean serves(String url) {
        return server != null && url.startsWith("jdbc:postgresql://localhost:" + server.getPort() + "/");
    }
}
