package com.mirante.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The suite's results as one Markdown table: a row per figure, a column per store size. */
final class ResultsTable {

    private record Row(String label, String benchmark, String field) {
    }

    private static final String PER_PROCESS = "cpuWhileSending/gatewayMillisPerRecord|cpuWhileSending/benchmarkJvmMillisPerRecord"
            + "|cpuWhileSending/postgresMillisPerRecord";

    private static final List<Row> ROWS = List.of(
            new Row("ingestion, queue to event store (records/s)", "ingestion", "ingestionRecordsPerSecond"),
            new Row("plain drain of the same queue (messages/s)", "ingestion", "plainDrainMessagesPerSecond"),
            new Row("raw JDBC batch insert of event rows (rows/s)", "ingestion", "rawJdbcBatchInsertRowsPerSecond"),
            new Row("ingestion / drain", "ingestion", "ingestionShareOfDrain"),
            new Row("e2e: achieved send rate (records/s, target 1,000)", "latency", "achievedRecordsPerSecond"),
            new Row("e2e latency p50 (ms)", "latency", "latencyP50Ms"),
            new Row("e2e latency p95 (ms)", "latency", "latencyP95Ms"),
            new Row("e2e latency p99 (ms)", "latency", "latencyP99Ms"),
            new Row("e2e latency max (ms)", "latency", "latencyMaxMs"),
            new Row("e2e samples / never seen", "latency", "samples"),
            new Row("e2e: warm-up backlog gone before measuring (s)", "latency", "warmUpSettleSeconds"),
            new Row("e2e: records applied per second while measuring", "latency", "cpuWhileSending/appliedPerSecond"),
            new Row("e2e: cores used, gateway", "latency", "cpuWhileSending/gatewayCores"),
            new Row("e2e: cores used, query side + ElasticMQ + sender", "latency", "cpuWhileSending/benchmarkJvmCores"),
            new Row("e2e: cores used, PostgreSQL (lower bound)", "latency", "cpuWhileSending/postgresCores"),
            new Row("e2e: CPU ms per applied record, all processes", "latency", "cpuWhileSending/cpuMillisPerRecord"),
            new Row("e2e: CPU ms per record, gateway / query side + ElasticMQ + sender / PostgreSQL", "latency",
                    PER_PROCESS),
            new Row("e2e: records/s the cores could carry at that cost", "latency",
                    "cpuWhileSending/recordsPerSecondTheCoresAllow"),
            new Row("e2e at 300 records/s: records applied per second while measuring", "latency300",
                    "cpuWhileSending/appliedPerSecond"),
            new Row("e2e at 300 records/s: latency p50 / p99 (ms)", "latency300", "latencyP50Ms|latencyP99Ms"),
            new Row("e2e at 300 records/s: CPU ms per applied record, all processes", "latency300",
                    "cpuWhileSending/cpuMillisPerRecord"),
            new Row("e2e at 300 records/s: CPU ms per record, gateway / query side + ElasticMQ + sender / PostgreSQL",
                    "latency300", PER_PROCESS),
            new Row("gateway peak heap used (MB)", "latency", "gatewayPeakHeapMb"),
            new Row("gateway peak RSS (MB)", "latency", "gatewayPeakRssMb"),
            new Row("freshness, one change every 300 ms: send to live stream p50 (ms)", "freshness", "freshnessP50Ms"),
            new Row("freshness p95 (ms)", "freshness", "freshnessP95Ms"),
            new Row("freshness p99 (ms)", "freshness", "freshnessP99Ms"),
            new Row("freshness max (ms)", "freshness", "freshnessMaxMs"),
            new Row("freshness samples / never seen", "freshness", "samples"),
            new Row("raw SQS send + long-poll receive p50 / p99 (ms)", "freshness", "sqsRoundTripP50Ms|sqsRoundTripP99Ms"),
            new Row("raw PostgreSQL NOTIFY commit to LISTEN p50 / p99 (ms)", "freshness",
                    "notifyRoundTripP50Ms|notifyRoundTripP99Ms"),
            new Row("replay raw loop (events/s)", "replay", "rawLoopEventsPerSecond"),
            new Row("replay guests (events/s)", "replay", "guestsEventsPerSecond"),
            new Row("replay hotel_daily (events/s)", "replay", "hotel_dailyEventsPerSecond"),
            new Row("replay hotels (events/s)", "replay", "hotelsEventsPerSecond"),
            new Row("replay reservations (events/s)", "replay", "reservationsEventsPerSecond"),
            new Row("replay room_board (events/s)", "replay", "room_boardEventsPerSecond"),
            new Row("dashboard chain year, API p95 (ms)", "dashboard", "chainApiP95Ms"),
            new Row("dashboard chain year, plain SQL p95 (ms)", "dashboard", "chainSqlP95Ms"),
            new Row("dashboard hotel year, API p95 (ms)", "dashboard", "hotelApiP95Ms"),
            new Row("dashboard hotel year, plain SQL p95 (ms)", "dashboard", "hotelSqlP95Ms"),
            new Row("wall time: ingestion / latency / latency300 / freshness / replay / dashboard (s)", null, "wallSeconds"));

    private ResultsTable() {
    }

    static String markdown(JsonNode results) {
        StringBuilder table = new StringBuilder("Date: " + results.path("date").asText() + ". Machine: "
                + results.path("machine").asText() + ".\n\n" + database(results) + "\n\n| figure |");
        StringBuilder rule = new StringBuilder("|---|");
        for (JsonNode run : results.path("runs")) {
            table.append(String.format(" %,d events in the store |", run.path("storeEvents").asLong()));
            rule.append("---|");
        }
        table.append('\n').append(rule).append('\n');
        for (Row row : ROWS) {
            table.append("| ").append(row.label()).append(" |");
            for (JsonNode run : results.path("runs")) {
                table.append(' ').append(cell(run, row)).append(" |");
            }
            table.append('\n');
        }
        for (JsonNode run : results.path("runs")) {
            run.fields().forEachRemaining(benchmark -> {
                if (benchmark.getValue().has("failed")) {
                    table.append(String.format("%n%s at %,d events failed: %s%n", benchmark.getKey(),
                            run.path("storeEvents").asLong(), benchmark.getValue().path("failed").asText()));
                }
            });
        }
        return table.toString();
    }

    /** The settings every benchmark's database reported, and a warning when they are not a production server's. */
    private static String database(JsonNode results) {
        Set<String> settings = new TreeSet<>();
        boolean fsyncOff = false;
        for (JsonNode run : results.path("runs")) {
            for (JsonNode benchmark : run) {
                if (benchmark.has("database")) {
                    settings.add(DatabaseSettings.describe(benchmark.path("database")));
                    fsyncOff |= DatabaseSettings.fsyncOff(benchmark.path("database"));
                }
            }
        }
        return "Database: " + (settings.isEmpty() ? "not reported" : String.join("; ", settings)) + "."
                + (fsyncOff ? " **fsync off: not the durable defaults; a power cut could lose committed transactions,"
                + " and writes cost less than on a production server.**" : "");
    }

    private static String cell(JsonNode run, Row row) {
        if (row.benchmark() == null) {
            return String.join(" / ", List.of("ingestion", "latency", "latency300", "freshness", "replay", "dashboard").stream()
                    .map(name -> run.path(name).path(row.field()).asText("-")).toList());
        }
        if (row.field().contains("|")) {
            return String.join(" / ", List.of(row.field().split("\\|")).stream()
                    .map(field -> value(run.path(row.benchmark()), field)).toList());
        }
        if (row.field().equals("samples")) {
            return run.path(row.benchmark()).path("samples").asText("-") + " / "
                    + run.path(row.benchmark()).path("samplesNeverSeen").asText("-");
        }
        return value(run.path(row.benchmark()), row.field());
    }

    /** The value at a path of field names separated by {@code /}, or "-". */
    private static String value(JsonNode benchmark, String path) {
        JsonNode value = benchmark;
        for (String field : path.split("/")) {
            value = value.path(field);
        }
        return value.isMissingNode() ? "-" : value.asText();
    }
}
