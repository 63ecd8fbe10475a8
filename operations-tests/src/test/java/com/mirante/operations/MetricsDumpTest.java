package com.mirante.operations;

import static org.awaitility.Awaitility.await;
import org.junit.jupiter.api.Test;

class MetricsDumpTest {
    @Test
    void dump() throws Exception {
        RunningPlatform p = RunningPlatform.get();
        ChangeTraffic.send(p.gateway.getEnvironment());
        await().atMost(java.time.Duration.ofSeconds(30)).until(() -> RunningPlatform.get(p.gateway, "/actuator/prometheus").contains("mirante_ingestion_dead_lettered_total") && RunningPlatform.get(p.query, "/actuator/prometheus").contains("eventProcessor"));
        RunningPlatform.get(p.query, "/api/v1/hotels");
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/ops-query.prom"), RunningPlatform.get(p.query, "/actuator/prometheus"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/ops-gateway.prom"), RunningPlatform.get(p.gateway, "/actuator/prometheus"));
    }
}
