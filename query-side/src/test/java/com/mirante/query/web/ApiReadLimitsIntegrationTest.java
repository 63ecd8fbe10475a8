package com.mirante.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.mirante.embedded.EmbeddedDatabases;
import com.mirante.query.QueryApplication;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The API's reads run under a statement timeout and a temp-file limit, set for their transaction
 * only: a projection's transaction on the same pool runs without them. A statement the timeout
 * cancels is a 503 problem. A database role that may not set temp_file_limit gets the timeout alone.
 */
@SpringBootTest(classes = QueryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + QueryApplication.CONFIG_NAME,
                "mirante.query.api.statement-timeout=400ms", "mirante.query.api.temp-file-limit=1MB"})
@ActiveProfiles("local")
@ExtendWith(OutputCaptureExtension.class)
class ApiReadLimitsIntegrationTest {

    private static final String DATABASE = EmbeddedDatabases.create("api_read_limits");
    private static final String ROLE = "api_limits_reader";

    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private org.axonframework.common.transaction.TransactionManager axonTransactions;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private TestRestTemplate rest;
    @Autowired
    @ApiConnections
    private JdbcClient apiConnections;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
    }

    private String show(String setting) {
        return jdbc.sql("SHOW " + setting).query(String.class).single();
    }

    private <T> T readOnly(Callable<T> work) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        return template.execute(status -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void readOnlyTransactionsRunUnderTheLimitsAndProjectionsWithout() {
        assertThat(readOnly(() -> show("statement_timeout") + " " + show("temp_file_limit"))).isEqualTo("400ms 1MB");

        String projection = axonTransactions.fetchInTransaction(() -> show("statement_timeout") + " " + show("temp_file_limit"));
        String readWrite = new TransactionTemplate(transactions).execute(status -> show("statement_timeout"));

        assertThat(projection).isEqualTo("0 -1");
        assertThat(readWrite).isEqualTo("0");
        assertThat(show("statement_timeout")).isEqualTo("0");
    }

    /** The daily figures and the dashboard's counts read on connections of their own, limited for their whole session. */
    @Test
    void theApisOwnConnectionsRunUnderTheLimitsWithoutATransaction() {
        assertThat(apiConnections.sql("SELECT current_setting('statement_timeout') || ' '"
                + " || current_setting('temp_file_limit')").query(String.class).single()).isEqualTo("400ms 1MB");
        assertThat(apiConnections.sql("SELECT current_user").query(String.class).single())
                .isEqualTo(jdbc.sql("SELECT current_user").query(String.class).single());
    }

    @Test
    void aReadSpillingPastTheTempFileLimitIsCancelled() {
        assertThatThrownBy(() -> readOnly(() -> {
            jdbc.sql("SET LOCAL work_mem = '64kB'").update();
            return jdbc.sql("SELECT count(*) FROM (SELECT g FROM generate_series(1, 1000000) g ORDER BY g DESC) s")
                    .query(Long.class).single();
        })).isInstanceOf(DataAccessException.class).hasMessageContaining("temp_file_limit");
    }

    @Test
    void aStatementTheTimeoutCancelsIsA503Problem() throws SQLException {
        String[] reads = {"/api/v1/hotels", "/api/v1/chain/daily?from=2025-01-01&to=2025-01-31"};
        for (String path : reads) {
            // Warm: the time measured below is the wait, not a first request's start-up.
            assertThat(rest.withBasicAuth("viewer", "viewer").getForEntity(path, String.class).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        }
        // Another session holds the tables the reads need: the reads wait on its locks, as on a slow plan.
        try (Connection holder = dataSource.getConnection(); Statement lock = holder.createStatement()) {
            holder.setAutoCommit(false);
            lock.execute("LOCK TABLE query_model.hotels, query_model.hotel_daily_hotel IN ACCESS EXCLUSIVE MODE");
            for (String path : reads) {
                long start = System.nanoTime();
                ResponseEntity<JsonNode> response = rest.withBasicAuth("viewer", "viewer").getForEntity(path, JsonNode.class);

                assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                assertThat(response.getBody().path("detail").asText()).contains("ran longer than the API allows");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(400), Duration.ofSeconds(3));
            }
            holder.rollback();
        }
        assertThat(rest.withBasicAuth("viewer", "viewer").getForEntity("/api/v1/hotels", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aRoleThatMayNotSetTheTempFileLimitGetsTheTimeoutAloneAndAWarning(CapturedOutput output) throws SQLException {
        // The embedded server is new with each JVM: the role is too.
        jdbc.sql("CREATE ROLE " + ROLE + " LOGIN PASSWORD 'reader'").update();

        assertThat(limitsOfTheRole()).isEqualTo("2s -1");
        assertThat(output).contains("may not set temp_file_limit");

        jdbc.sql("GRANT SET ON PARAMETER temp_file_limit TO " + ROLE).update();
        assertThat(limitsOfTheRole()).isEqualTo("2s 8MB");
    }

    /** The limits a transaction of the role runs under, once found out at a start and applied. */
    private static String limitsOfTheRole() throws SQLException {
        SingleConnectionDataSource role = new SingleConnectionDataSource(DATABASE.substring(0, DATABASE.indexOf('?')),
                ROLE, "reader", true);
        try (Connection connection = role.getConnection()) {
            ApiReadLimits limits = new ApiReadLimits(new ApiProperties(Duration.ofSeconds(2), DataSize.ofMegabytes(8)), role);
            connection.setAutoCommit(false);
            limits.applyTo(connection);
            JdbcClient client = JdbcClient.create(role);
            String shown = client.sql("SHOW statement_timeout").query(String.class).single() + " "
                    + client.sql("SHOW temp_file_limit").query(String.class).single();
            connection.rollback();
            return shown;
        } finally {
            role.destroy();
        }
    }
}
