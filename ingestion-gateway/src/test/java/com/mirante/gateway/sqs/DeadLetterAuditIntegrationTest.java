package com.mirante.gateway.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import com.mirante.gateway.GatewayIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The gateway writes the same audit trail as the query side (the platform's): every operator action
 * on its dead letters, and a viewer's refused attempt, with the outcome; reads are not recorded.
 */
@GatewayIntegrationTest
class DeadLetterAuditIntegrationTest {

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private JdbcTemplate jdbc;

    /** A state-changing request as the console sends it. */
    private int send(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Mirante-Request", "1");
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).exchange(path, method, new HttpEntity<>(body, headers), String.class)
                .getStatusCode().value();
    }

    /** The records written after {@code since}: the trail is shared with the other tests' contexts. */
    private List<Map<String, Object>> records(long since) {
        return jdbc.queryForList("select * from audit.audit_record where id > ? order by id", since);
    }

    @Test
    void operatorActionsAndRefusedAttemptsOnDeadLettersAreRecorded() {
        long since = jdbc.queryForObject("select coalesce(max(id), 0) from audit.audit_record", Long.class);
        assertThat(rest.withBasicAuth("operator", "operator").getForEntity("/api/v1/dead-letters", String.class)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(send("operator", HttpMethod.POST, "/api/v1/dead-letters/redrive",
                Map.of("messageIds", List.of("no-such-message")))).isEqualTo(200);
        assertThat(send("operator", HttpMethod.DELETE, "/api/v1/dead-letters", null)).isEqualTo(200);
        assertThat(send("viewer", HttpMethod.DELETE, "/api/v1/dead-letters", null)).isEqualTo(403);

        assertThat(records(since)).extracting(record -> List.of(record.get("application"), record.get("username"),
                        record.get("action"), ((Number) record.get("status")).intValue()))
                .containsExactly(
                        List.of("mirante-gateway", "operator", "POST /api/v1/dead-letters/redrive", 200),
                        List.of("mirante-gateway", "operator", "DELETE /api/v1/dead-letters", 200),
                        List.of("mirante-gateway", "viewer", "DELETE /api/v1/dead-letters", 403));
        assertThat(records(since)).allSatisfy(record -> {
            assertThat(record.get("target")).isNull();
            assertThat(record.get("client_address")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        });
    }
}
