package com.mirante.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL's client tools (pg_dump, pg_restore), as a user backs up the local run with them;
 * installed with Debian's postgresql-client when missing (as root), failing the test saying so
 * when that does not work.
 */
final class PostgresClient {

    private PostgresClient() {
    }

    /** Runs {@code pg_dump} or another client tool; fails with its output when it does. */
    static void run(String... command) {
        ensureInstalled();
        String output = execute(List.of(command));
        if (output != null) {
            throw new AssertionError(String.join(" ", command) + " failed: " + output);
        }
    }

    private static synchronized void ensureInstalled() {
        if (execute(List.of("pg_dump", "--version")) == null) {
            return;
        }
        execute(List.of("apt-get", "-q", "update"));
        String failure = execute(List.of("apt-get", "-q", "install", "-y", "postgresql-client"));
        if (failure != null || execute(List.of("pg_dump", "--version")) != null) {
            throw new IllegalStateException("The backup test needs PostgreSQL's client tools (pg_dump, pg_restore,"
                    + " 15 or newer), and 'apt-get install -y postgresql-client' did not install them: install them,"
                    + " then run the tests again (" + failure + ")");
        }
    }

    /** Null when the command succeeded, else its output (or why it could not run). */
    private static String execute(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(15, TimeUnit.MINUTES) && process.exitValue() == 0 ? null : output.strip();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e.toString();
        }
    }
}
