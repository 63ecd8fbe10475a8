package com.mirante.operations;

import static org.awaitility.Awaitility.await;
import org.junit.jupiter.api.Test;

class MetricsDumpTest {
    @Test
    void dump() throws Exception {
        RunningPlatform p = RunningPlatform.get();
        ChangeTraffic.send(p.gateway.getEnvironment());
        RunningPlatform.get(p.query, "/api/v1/hotels");
        try {
        await().atMost(java.time.Duration.ofSeconds(20)).until(() -> RunningPlatform.get(p.gateway, "/actuator/prometheus").contains("mirante_ingestion_dead_lettered_total") && RunningPlatform.get(p.query, "/actuator/prometheus").contains("eventProcessor"));
        } finally {
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/ops-query.prom"), RunningPlatform.get(p.query, "/actuator/prometheus"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/ops-gateway.prom"), RunningPlatform.get(p.gateway, "/actuator/prometheus"));
        }
    }
}
