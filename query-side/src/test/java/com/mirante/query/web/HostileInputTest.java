package com.mirante.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mirante.platform.web.EveryRoleUser;
import com.mirante.platform.web.HostileRequests;
import com.mirante.platform.web.RequestTouches;
import com.mirante.query.QuerySideIntegrationTest;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every parameter of every endpoint in the query side's OpenAPI document, sent hostile values
 * (dates out of any calendar, huge and negative numbers, overflowing pages, long strings, SQL and
 * path metacharacters, odd Unicode): no answer is a 5xx or slower than a second, a value the
 * parameter's type cannot hold is a 400, and no 400 reaches the database (see {@link HostileRequests}).
 */
@QuerySideIntegrationTest
class HostileInputTest {

    @LocalServerPort
    private int port;
    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private RequestTouches touches;

    @Test
    void noParameterOfAnyEndpointTakesTheApiDownOrReachesTheDatabaseWhenRefused() {
        HostileRequests.Walk walk = HostileRequests.walk(URI.create("http://localhost:" + port), touches);

        assertThat(walk.probes()).isGreaterThan(500);
        assertThat(walk.failures()).isEmpty();
    }

    @Test
    void aValidReadIsSeenReachingTheDatabase() {
        touches.clear();
        assertThat(rest.withBasicAuth(EveryRoleUser.USERNAME, EveryRoleUser.PASSWORD)
                .getForEntity("/api/v1/chain/daily?from=2025-04-01&to=2025-04-02", String.class)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(touches.seen()).isNotEmpty();
    }
}
