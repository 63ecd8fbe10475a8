package com.mirante.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.commons.logging.Log;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * One PostgreSQL server per JVM (zonky's binaries; it runs as root through {@code unshare -U}),
 * shared by every application context started in it, stopped when the JVM exits. Its cluster is
 * thrown away with it, unless the first caller names a directory to keep it in (the local run): that
 * server is stopped only after the applications' contexts are closed (Spring Boot's shutdown
 * handlers), so that they finish their work on it instead of losing their connections halfway.
 */
final class EmbeddedPostgres {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private static Path keptIn;

    private EmbeddedPostgres() {
    }

    /** The superuser's URL of the server, started with a throwaway cluster on {@code port} (0: any free one) if need be. */
    static synchronized String jdbcUrl(int port) {
        return jdbcUrl(port, null, false, null);
    }

    /**
     * The superuser's URL of the server, started if need be on {@code port} (0: any free one) with its
     * cluster in {@code dataDirectory}, kept with durable settings, or with a throwaway one when null,
     * written as durably as a kept one if {@code durable} (the benchmarks: they measure what a
     * production server's writes cost); what it finds to repair there it says on {@code log}.
     */
    static synchronized String jdbcUrl(int port, Path dataDirectory, boolean durable, Log log) {
        if (server == null) {
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres.Builder builder =
                    io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                            .setPort(port)
                            .setServerConfig("max_connections", "200");
            if (dataDirectory != null) {
                KeptCluster.prepare(dataDirectory, log);
                KeptCluster.configure(builder, dataDirectory);
            } else if (durable) {
                KeptCluster.durable(builder);
            }
            try {
                server = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            keptIn = dataDirectory;
            if (dataDirectory != null) {
                SpringApplication.getShutdownHandlers().add(EmbeddedPostgres::stop);
            }
            EmbeddedPostgres.log.info("Embedded PostgreSQL started on port {}", server.getPort());
        } else if (dataDirectory != null && !dataDirectory.equals(keptIn)) {
            throw new IllegalStateException("This JVM's embedded PostgreSQL already runs on "
                    + (keptIn == null ? "a throwaway cluster" : keptIn) + ", not " + dataDirectory);
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    /** Whether {@code url} points at this JVM's embedded server (started). */
    static synchronized boolean serves(String url) {
        return server != null && url.startsWith("jdbc:postgresql://localhost:" + server.getPort() + "/");
    }

    /** Whether the server keeps its data (started with a data directory). */
    static synchronized boolean keepsData() {
        return keptIn != null;
    }

    static synchronized int port() {
        return server.getPort();
    }

    private static synchronized void stop() {
        try {
            server.close();
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly (the next start recovers from its log): {}", e.toString());
        }
    }
}
