package com.mirante.local;

import com.mirante.simulator.chain.SimulationSettings;
import com.mirante.simulator.relay.RecordSink;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;

/**
 * Which chain the local run's simulator feeds into a data directory and how far it got, kept in
 * {@code simulator.properties} beside the data, so that a restart goes on with the same chain (the
 * same settings give the same records) instead of sending another chain's records into it.
 *
 * <p>As a sink before the pacer it drops the records an earlier run sent and counts the rest. The
 * count it keeps is {@value #RESENT} behind the records handed on: the queue sink may still hold
 * that many unsent (four senders of two batches of ten in flight, one batch being filled), so a
 * restart sends those again rather than leave a gap; the gateway applies a record it already
 * applied as nothing.
 */
final class SimulatorProgress implements RecordSink {

    /** The chain as the simulator's settings define it (the speed may change between runs). */
    record Chain(SimulationSettings settings, double duplicates, int reorder) {

        /** As the arguments that ask for this chain. */
        @Override
        public String toString() {
            return "--mirante.simulator.hotels=%d --mirante.simulator.days=%d --mirante.simulator.start=%s"
                    .formatted(settings.hotels(), settings.days(), settings.start())
                    + " --mirante.simulator.seed=%d --mirante.simulator.duplicates=%s --mirante.simulator.reorder=%d"
                    .formatted(settings.seed(), duplicates, reorder);
        }
    }

    static final String FILE = "simulator.properties";
    private static final long RESENT = 100;
    private static final long SAVE_EVERY_NANOS = 1_000_000_000L;

    private final Path file;
    private final Chain chain;
    private final RecordSink next;
    private long toSkip;
    private long handedOn;
    private long savedAt = System.nanoTime();

    SimulatorProgress(Path file, Chain chain, long alreadySent, RecordSink next) {
        this.file = file;
        this.chain = chain;
        this.toSkip = alreadySent;
        this.handedOn = alreadySent;
        this.next = next;
    }

    /** The chain an earlier run fed into this data directory and how many of its records were sent, if one did. */
    static Optional<Saved> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        try {
            return Optional.of(new Saved(new Chain(new SimulationSettings(
                    Integer.parseInt(properties.getProperty("hotels")), Integer.parseInt(properties.getProperty("days")),
                    LocalDate.parse(properties.getProperty("start")), Long.parseLong(properties.getProperty("seed"))),
                    Double.parseDouble(properties.getProperty("duplicates")),
                    Integer.parseInt(properties.getProperty("reorder"))),
                    Long.parseLong(properties.getProperty("sent"))));
        } catch (RuntimeException e) {
            // A value missing or edited by hand: say which file, rather than fail on a number.
            throw new IllegalStateException(file + " does not say which simulated chain feeds this data (" + e
                    + "): remove it to start the simulator over on this data, or start with --fresh", e);
        }
    }

    record Saved(Chain chain, long sent) {
    }

    @Override
    public void send(String record) {
        if (toSkip > 0) {
            toSkip--;
            return;
        }
        next.send(record);
        handedOn++;
        if (System.nanoTime() - savedAt >= SAVE_EVERY_NANOS) {
            save();
        }
    }

    @Override
    public void close() {
        save();
        next.close();
    }

    /** Written aside and moved over the old file, so a crash leaves one or the other whole. */
    void save() {
        Properties properties = new Properties();
        properties.setProperty("hotels", Integer.toString(chain.settings().hotels()));
        properties.setProperty("days", Integer.toString(chain.settings().days()));
        properties.setProperty("start", chain.settings().start().toString());
        properties.setProperty("seed", Long.toString(chain.settings().seed()));
        properties.setProperty("duplicates", Double.toString(chain.duplicates()));
        properties.setProperty("reorder", Integer.toString(chain.reorder()));
        properties.setProperty("sent", Long.toString(Math.max(0, handedOn - RESENT)));
        Path aside = file.resolveSibling(FILE + ".new");
        try {
            try (Writer writer = Files.newBufferedWriter(aside, StandardCharsets.UTF_8)) {
                properties.store(writer, "The local run's simulated chain; ./run-local.sh --fresh starts over");
            }
            // On disk before the move, so that a power cut leaves the old file or the new, never an empty one.
            try (FileChannel channel = FileChannel.open(aside, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        savedAt = System.nanoTime();
    }
}
