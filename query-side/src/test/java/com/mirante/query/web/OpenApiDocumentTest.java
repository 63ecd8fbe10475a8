package com.mirante.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mirante.query.QuerySideIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The API describes itself: every endpoint of the dashboard is in the OpenAPI document, which Swagger UI shows. */
@QuerySideIntegrationTest
class OpenApiDocumentTest {

    @Autowired
    private TestRestTemplate rest;

    @Test
    void theDocumentListsEveryEndpointAndSwaggerUiServesIt() {
        ResponseEntity<JsonNode> document = rest.getForEntity("/v3/api-docs", JsonNode.class);

        assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode paths = document.getBody().path("paths");
        assertThat(paths.fieldNames()).toIterable().contains("/api/v1/hotels", "/api/v1/hotels/{hotelId}/daily",
                "/api/v1/chain/daily", "/api/v1/hotels/{hotelId}/rooms", "/api/v1/guests/{guestId}",
                "/api/v1/reservations", "/api/v1/reservations/{reservationId}", "/api/v1/live",
                "/api/v1/processors", "/api/v1/legacy-tables", "/api/v1/legacy-tables/{table}");
        assertThat(paths.path("/api/v1/live").path("get").path("responses").path("200").path("content")
                .has("text/event-stream")).isTrue();
        assertThat(rest.getForEntity("/swagger-ui/index.html", String.class).getBody()).contains("Swagger UI");
    }
}
