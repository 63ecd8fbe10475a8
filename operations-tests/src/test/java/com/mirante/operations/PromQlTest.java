package com.mirante.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PromQlTest {

    @Test
    void findsTheSeriesNotTheFunctionsLabelsRangesOrVariables() {
        assertThat(PromQl.metricNames("histogram_quantile(0.95, sum by (le, uri) (rate(http_server_requests_seconds_bucket"
                + "{job=\"query-side\",uri=~\"/api/.*\"}[$__rate_interval])))"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(PromQl.metricNames("sum(increase(a_total[10m])) or vector(0) > bool 1e3"))
                .containsExactly("a_total");
        assertThat(PromQl.metricNames("max by (processorName) (eventProcessor_latency{job=\"q\"}) / 1000 > ${LAG}"))
                .containsExactly("eventProcessor_latency");
        assertThat(PromQl.metricNames("sum(a) / sum(b_count)")).containsExactlyInAnyOrder("a", "b_count");
    }

    @Test
    void readsTheLabelsOfMatchersAndOfTheExposition() {
        assertThat(PromQl.matchedLabels("rate(m_total{job=\"g\", outcome!=\"applied\"}[1m])"))
                .isEqualTo(Map.of("m_total", Set.of("job", "outcome")));
        assertThat(PromQl.exposition("""
                # HELP m_total x
                # TYPE m_total counter
                m_total{error_code="none",outcome="applied"} 1.0
                h_seconds_bucket{le="+Inf"} 2
                g 3
                """)).isEqualTo(Map.of("m_total", Set.of("error_code", "outcome"),
                "h_seconds_bucket", Set.of("le"), "g", Set.of()));
    }
}
