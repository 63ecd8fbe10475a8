package com.mirante.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mirante.platform.web.EveryRoleUser;
import com.mirante.platform.web.RequestTouches;
import com.mirante.query.QuerySideIntegrationTest;
import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

/**
 * Each kind of bad parameter (a value of the wrong type, a missing one, one out of its domain, a
 * bad range, a page too deep) is a 400 problem in one shape, naming the parameter, answered before
 * anything reaches the database.
 */
@QuerySideIntegrationTest
class ParameterProblemsTest {

    private static final String CALENDAR = "must be a date from 1900-01-01 to 2199-12-31";
    private static final String HOTEL_CODE = "must be a hotel code of 1 to 5 letters or digits";

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private RequestTouches touches;

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad("GET", "/api/v1/chain/daily?from=2024-02-30&to=2024-03-01", "from", "must be a date written yyyy-MM-dd"),
                bad("GET", "/api/v1/chain/daily?to=2024-03-01", "from", "is required"),
                bad("GET", "/api/v1/chain/daily?from=%2B999999999-12-31&to=%2B999999999-12-31", "from", CALENDAR, "to", CALENDAR),
                bad("GET", "/api/v1/hotels/SPA01/daily?from=-4713-01-01&to=1900-01-01", "from", CALENDAR),
                bad("GET", "/api/v1/chain/today?date=2200-01-01", "date", CALENDAR),
                bad("GET", "/api/v1/chain/daily?from=2025-01-02&to=2025-01-01", "to", "must not be before from"),
                bad("GET", "/api/v1/hotels/SPA01/channels?from=2025-01-01&to=2026-02-05", "to",
                        "must be at most 400 days from from, both counted"),
                bad("GET", "/api/v1/reservations?arrivalFrom=2025-06-05&arrivalTo=2025-06-01", "arrivalTo",
                        "must not be before arrivalFrom"),
                bad("GET", "/api/v1/reservations?page=2147483648", "page",
                        "must be a whole number from -2147483648 to 2147483647"),
                bad("GET", "/api/v1/reservations?page=20&size=500", "page",
                        "reaches past the first 10000 rows: narrow the search instead"),
                bad("GET", "/api/v1/reservations?page=46341&size=46341", "page",
                        "reaches past the first 10000 rows: narrow the search instead",
                        "size", "must be less than or equal to 500"),
                bad("GET", "/api/v1/reservations?status=OPEN", "status",
                        "must be one of PENDING, CONFIRMED, IN_HOUSE, CHECKED_OUT, CANCELLED, NO_SHOW"),
                bad("GET", "/api/v1/reservations?hotelId=SPA001", "hotelId", HOTEL_CODE),
                bad("GET", "/api/v1/reservations/0", "reservationId", "must be greater than 0"),
                bad("GET", "/api/v1/guests/9223372036854775808", "guestId",
                        "must be a whole number from -9223372036854775808 to 9223372036854775807"),
                bad("GET", "/api/v1/hotels/%E2%80%AESPA/rooms", "hotelId", HOTEL_CODE),
                bad("GET", "/api/v1/live?hotelId=" + "x".repeat(1_000), "hotelId", HOTEL_CODE),
                bad("GET", "/api/v1/processors/hotels%20daily", "name",
                        "must be a processor name: up to 255 letters, digits, '_', '.', ':' or '-'"),
                bad("GET", "/api/v1/processors/hotels/dead-letters?size=201", "size", "must be less than or equal to 200"),
                bad("POST", "/api/v1/processors/hotels/segments/-1/split", "segment", "must be greater than or equal to 0"),
                bad("DELETE", "/api/v1/processors/hotels/dead-letters/1%20OR%201=1", "id", "must be a UUID"),
                bad("GET", "/api/v1/legacy-tables/reservas.reserva%27%20OR%201=1", "table", "must be a legacy table as"
                        + " schema.table, each part a plain identifier of at most 63 characters"));
    }

    /** The names a processor may have are those Axon gives: every processor the API lists can be asked for. */
    @Test
    void everyProcessorCanBeAskedForByItsName() {
        JsonNode processors = rest.withBasicAuth(EveryRoleUser.USERNAME, EveryRoleUser.PASSWORD)
                .getForObject("/api/v1/processors", JsonNode.class);

        assertThat(processors.findValuesAsText("name")).isNotEmpty().allSatisfy(name -> assertThat(
                rest.withBasicAuth(EveryRoleUser.USERNAME, EveryRoleUser.PASSWORD)
                        .getForEntity("/api/v1/processors/{name}", String.class, name).getStatusCode())
                .isEqualTo(HttpStatus.OK));
    }

    private static Arguments bad(String method, String path, String... parametersAndMessages) {
        return Arguments.of(method, path, List.of(parametersAndMessages));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badRequests")
    void isA400ProblemNamingTheParameterBeforeAnyDatabaseWork(String method, String path,
                                                             List<String> parametersAndMessages) {
        touches.clear();
        // What a browser's EventSource asks for: a stream, which a problem is not.
        String accept = path.startsWith("/api/v1/live") ? MediaType.TEXT_EVENT_STREAM_VALUE : MediaType.APPLICATION_JSON_VALUE;
        ResponseEntity<JsonNode> response = rest.withBasicAuth(EveryRoleUser.USERNAME, EveryRoleUser.PASSWORD)
                .exchange(RequestEntity.method(HttpMethod.valueOf(method), URI.create(path))
                        .header("X-Mirante-Request", "1").header(HttpHeaders.ACCEPT, accept).build(), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = response.getBody();
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("title").asText()).isEqualTo("Invalid request parameters");
        List<String> named = problem.path("errors").findValuesAsText("parameter");
        List<String> messages = problem.path("errors").findValuesAsText("message");
        for (int i = 0; i < parametersAndMessages.size(); i += 2) {
            int at = named.indexOf(parametersAndMessages.get(i));
            assertThat(at).as("errors name %s: %s", parametersAndMessages.get(i), problem).isNotNegative();
            assertThat(messages.get(at)).isEqualTo(parametersAndMessages.get(i + 1));
        }
        assertThat(named).hasSize(parametersAndMessages.size() / 2);
        assertThat(problem.path("detail").asText()).contains(named.get(0) + " " + messages.get(0));
        assertThat(touches.seen()).isEmpty();
    }
}
