package com.mirante.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fills a new database of the embedded server from a dump of another ({@code pg_dump -Fc}), with
 * PostgreSQL's own {@code pg_restore} (the client tools, 15 or newer; zonky's server brings none):
 * the owners and rights of the dump's objects stay as they were, the roles being the same.
 */
final class DumpRestore {

    private DumpRestore() {
    }

    static void into(String database, Path dump) {
        if (!Files.isReadable(dump)) {
            throw new IllegalArgumentException("Cannot read the dump to restore, " + dump);
        }
        List<String> command = List.of("pg_restore", "--host=localhost", "--port=" + EmbeddedPostgres.port(),
                "--username=postgres", "--no-password", "--exit-on-error", "--dbname=" + database, dump.toString());
        try {
            Process restore = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(restore.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (restore.waitFor() != 0) {
                throw new IllegalStateException("pg_restore of " + dump + " into " + database + " failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run pg_restore (PostgreSQL's client tools, 15 or newer,"
                    + " e.g. apt-get install postgresql-client) to restore " + dump, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while restoring " + dump, e);
        }
    }
}
