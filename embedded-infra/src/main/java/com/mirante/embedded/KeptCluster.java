package com.mirante.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.commons.logging.Log;

/**
 * A PostgreSQL cluster kept in a directory from one run to the next, written as a production
 * server writes (fsync and synchronous commit on: zonky turns both off for throwaway clusters), and
 * brought back after a run that did not stop cleanly: a killed JVM leaves its postmaster running
 * (pg_ctl starts it in a session of its own, out of the JVM's process group), or leaves the
 * postmaster.pid of a server that died with it.
 */
final class KeptCluster {

    /** zonky's lock on a data directory, held by the JVM whose server uses it. */
    private static final String ZONKY_LOCK = "epg-lock";
    private static final String PID_FILE = "postmaster.pid";
    private static final Duration ORPHAN_STOP = Duration.ofSeconds(30);

    private KeptCluster() {
    }

    static void configure(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.Builder builder, Path directory) {
        builder.setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // Stopped by a Spring Boot shutdown handler instead (EmbeddedPostgres).
                .setRegisterShutdownHook(false)
                // After a crash the server replays its write-ahead log before it answers.
                .setPGStartupWait(Duration.ofMinutes(2));
        durable(builder);
    }

    /** Writes as a production server does; zonky starts the server with -F (fsync off), and a later -c wins. */
    static void durable(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.Builder builder) {
        builder.setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
    }

    /**
     * Makes {@code directory}'s cluster ready to start: refuses it while another JVM's server uses it,
     * stops the server a killed run left running on it, and removes the lock file of one that is gone.
     * It says what it did on {@code log} (deferred: the application's logging starts after the database).
     */
    static void prepare(Path directory, Log log) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        refuseWhileLocked(directory.resolve(ZONKY_LOCK));
        Path pidFile = directory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster = pid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (postmaster.isPresent() && isPostmasterOf(postmaster.get(), directory)) {
            stop(postmaster.get(), directory, log);
        }
        if (Files.exists(pidFile) && pid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(process -> isPostmasterOf(process, directory)).isEmpty()) {
            // Its server is gone; PostgreSQL would refuse to start should its pid now be another process's.
            log.info("Removing " + pidFile + " of a PostgreSQL server that is no longer running");
            delete(pidFile);
        }
    }

    private static void refuseWhileLocked(Path lockFile) {
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IllegalStateException("Another run is using " + lockFile.getParent()
                        + " (it holds " + lockFile + "): stop it first, or give this one another data directory");
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("This JVM already uses " + lockFile.getParent(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check the lock " + lockFile, e);
        }
    }

    private static Optional<Long> pid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() || !lines.get(0).strip().matches("\\d{1,10}") ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pidFile, e);
        }
    }

    /** Whether {@code process} is a postgres server started on {@code directory} ({@code postgres -D directory ...}). */
    private static boolean isPostmasterOf(ProcessHandle process, Path directory) {
        ProcessHandle.Info info = process.info();
        List<String> arguments = info.arguments().map(List::of).orElse(List.of());
        int option = arguments.indexOf("-D");
        return info.command().filter(command -> command.endsWith("/postgres")).isPresent()
                && option >= 0 && option + 1 < arguments.size()
                && sameFile(Path.of(arguments.get(option + 1)), directory);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** Smart shutdown (SIGTERM): the killed run's sessions are gone, so it ends once its checkpoint is written. */
    private static void stop(ProcessHandle postmaster, Path directory, Log log) {
        log.warn("A PostgreSQL server (pid " + postmaster.pid() + ") left running by a run that was killed holds "
                + directory + ": stopping it");
        postmaster.destroy();
        try {
            postmaster.onExit().get(ORPHAN_STOP.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            log.warn("PostgreSQL server " + postmaster.pid() + " did not stop within " + ORPHAN_STOP
                    + ": killing it (the server recovers from its write-ahead log at start)");
            postmaster.destroyForcibly();
            postmaster.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping PostgreSQL server " + postmaster.pid(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not wait for PostgreSQL server " + postmaster.pid(), e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + file, e);
        }
    }
}
