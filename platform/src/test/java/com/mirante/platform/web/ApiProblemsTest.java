package com.mirante.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Statements the database cancels for the API's limits are a 503 whatever Spring translated them
 * to; other database failures are not this handler's to answer.
 */
class ApiProblemsTest {

    private final ApiProblems problems = new ApiProblems();
    private final ServletWebRequest request = new ServletWebRequest(new MockHttpServletRequest("GET", "/api/v1/x"));

    @Test
    void aStatementCancelledByTheTimeoutIsA503() {
        ResponseEntity<Object> answer = problems.handleDatabaseLimit(new QueryTimeoutException("read",
                new SQLException("canceling statement due to statement timeout", "57014")), request);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(((ProblemDetail) answer.getBody()).getDetail()).contains("ran longer than the API allows");
    }

    @Test
    void aStatementOverTheTempFileLimitIsA503() {
        ResponseEntity<Object> answer = problems.handleDatabaseLimit(new DataAccessResourceFailureException("read",
                new SQLException("temporary file size exceeds temp_file_limit (1024kB)", "53400")), request);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(((ProblemDetail) answer.getBody()).getDetail()).contains("more temporary space");
    }

    @Test
    void anyOtherDatabaseFailureIsLeftToSpring() {
        DataIntegrityViolationException other = new DataIntegrityViolationException("write",
                new SQLException("duplicate key", "23505"));

        assertThatThrownBy(() -> problems.handleDatabaseLimit(other, request)).isSameAs(other);
    }
}
