package com.mirante.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ResultsTableTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theHeaderSaysTheDurableSettingsEveryBenchmarkReported() throws Exception {
        String table = ResultsTable.markdown(results("on", "on"));

        assertThat(table).contains("Database: PostgreSQL 15.18 (embedded): fsync on, synchronous_commit on,"
                + " full_page_writes on.").doesNotContain("fsync off");
    }

    @Test
    void aRunWithFsyncOffIsLabelledSo() throws Exception {
        String table = ResultsTable.markdown(results("off", "off"));

        assertThat(table).contains("fsync off, synchronous_commit off").contains("**fsync off: not the durable defaults");
    }

    @Test
    void benchmarksThatRanOnDifferentSettingsAreEachNamed() throws Exception {
        JsonNode results = results("on", "on");
        ((ObjectNode) results.path("runs").get(0).path("replay").path("database")).put("fsync", "off");

        assertThat(ResultsTable.markdown(results)).contains("fsync on, synchronous_commit on")
                .contains("fsync off, synchronous_commit on").contains("**fsync off");
    }

    @Test
    void freshnessStandsBesideTheRawLimitsOfItsRun() throws Exception {
        JsonNode results = JSON.readTree("{\"date\":\"2026-12-05\",\"machine\":\"2 cores\",\"runs\":[{\"storeEvents\":100000,"
                + "\"freshness\":{\"freshnessP50Ms\":36.4,\"sqsRoundTripP50Ms\":8.1,\"sqsRoundTripP99Ms\":24.9,"
                + "\"notifyRoundTripP50Ms\":1.5}}]}");

        assertThat(ResultsTable.markdown(results))
                .contains("| freshness, one change every 300 ms: send to live stream p50 (ms) | 36.4 |")
                .contains("| raw SQS send + long-poll receive p50 / p99 (ms) | 8.1 / 24.9 |")
                .contains("| raw PostgreSQL NOTIFY commit to LISTEN p50 / p99 (ms) | 1.5 / - |");
    }

    @Test
    void eachProcessesCpuPerRecordStandsAtBothRates() throws Exception {
        JsonNode results = JSON.readTree("{\"date\":\"2026-12-05\",\"machine\":\"2 cores\",\"runs\":[{\"storeEvents\":100000,"
                + "\"latency\":{\"cpuWhileSending\":{\"gatewayMillisPerRecord\":0.41,\"benchmarkJvmMillisPerRecord\":0.9,"
                + "\"postgresMillisPerRecord\":0.33}},"
                + "\"latency300\":{\"latencyP50Ms\":45.2,\"latencyP99Ms\":180.0,\"cpuWhileSending\":{\"gatewayMillisPerRecord\":0.5}}}]}");

        assertThat(ResultsTable.markdown(results))
                .contains("| e2e: CPU ms per record, gateway / query side + ElasticMQ + sender / PostgreSQL | 0.41 / 0.9 / 0.33 |")
                .contains("| e2e at 300 records/s: latency p50 / p99 (ms) | 45.2 / 180.0 |")
                .contains("| e2e at 300 records/s: CPU ms per record, gateway / query side + ElasticMQ + sender / PostgreSQL"
                        + " | 0.5 / - / - |");
    }

    private static JsonNode results(String fsync, String synchronousCommit) throws Exception {
        String database = "{\"server\":\"embedded\",\"version\":\"15.18\",\"fsync\":\"" + fsync
                + "\",\"synchronous_commit\":\"" + synchronousCommit + "\",\"full_page_writes\":\"on\"}";
        return JSON.readTree("{\"date\":\"2026-12-04\",\"machine\":\"2 cores\",\"runs\":[{\"storeEvents\":100000,"
                + "\"ingestion\":{\"ingestionRecordsPerSecond\":610.4,\"database\":" + database + "},"
                + "\"replay\":{\"rawLoopEventsPerSecond\":11784.6,\"database\":" + database + "}}]}");
    }
}
