package com.mirante.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mirante.gateway.GatewayIntegrationTest;
import com.mirante.platform.web.EveryRoleUser;
import com.mirante.platform.web.HostileRequests;
import com.mirante.platform.web.RequestTouches;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every parameter of every endpoint in the gateway's OpenAPI document (query parameters and the
 * fields of JSON bodies), sent hostile values: no answer is a 5xx or slower than a second, a value
 * the parameter's type cannot hold is a 400, and no 400 reaches the database or the queues (see
 * {@link HostileRequests}).
 */
@GatewayIntegrationTest
class HostileInputTest {

    @LocalServerPort
    private int port;
    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private RequestTouches touches;

    @Test
    void noParameterOfAnyEndpointTakesTheGatewayDownOrReachesTheQueuesWhenRefused() {
        HostileRequests.Walk walk = HostileRequests.walk(URI.create("http://localhost:" + port), touches);

        assertThat(walk.operations()).contains("/api/v1/dead-letters", "/api/v1/dead-letters/redrive");
        assertThat(walk.probes()).isGreaterThan(100);
        assertThat(walk.failures()).isEmpty();
    }

    @Test
    void aValidListingIsSeenReachingTheQueue() {
        touches.clear();
        assertThat(rest.withBasicAuth(EveryRoleUser.USERNAME, EveryRoleUser.PASSWORD)
                .getForEntity("/api/v1/dead-letters", String.class).getStatusCode().value()).isEqualTo(200);
        assertThat(touches.seen()).isNotEmpty();
    }
}
