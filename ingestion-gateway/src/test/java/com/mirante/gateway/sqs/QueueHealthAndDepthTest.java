package com.mirante.gateway.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mirante.embedded.EmbeddedDatabases;
import com.mirante.embedded.EmbeddedQueues;
import com.mirante.gateway.GatewayApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The queue in the gateway's readiness and its depth in {@code mirante_queue_messages}: a paused
 * gateway shows the messages waiting, and stops being ready once its queue is gone.
 */
class QueueHealthAndDepthTest {

    private static final Pattern WAITING = Pattern.compile(
            "mirante_queue_messages\\{queue=\"changes\",state=\"visible\"} (\\d+)\\.0");

    @Test
    void readinessFollowsTheQueueAndTheGaugeItsDepth() throws Exception {
        List<String> args = new ArrayList<>(EmbeddedQueues.create("health-changes"));
        args.addAll(List.of("--spring.datasource.url=" + EmbeddedDatabases.create("queue_health"),
                "--server.port=0", "--mirante.sqs.auto-start=false", "--mirante.sqs.depth-refresh=200ms",
                "--spring.profiles.active=local"));
        try (ConfigurableApplicationContext gateway = new SpringApplicationBuilder(GatewayApplication.class)
                .properties("spring.config.name=" + GatewayApplication.CONFIG_NAME)
                .run(args.toArray(String[]::new));
             SqsClient sqs = TestQueues.client(gateway.getEnvironment()::getRequiredProperty)) {
            Environment env = gateway.getEnvironment();
            String queue = env.getRequiredProperty("mirante.sqs.queue-url");
            assertThat(get(gateway, "/actuator/health/readiness").body()).contains("\"changeQueue\":{\"status\":\"UP\"");

            for (int i = 0; i < 3; i++) {
                sqs.sendMessage(b -> b.queueUrl(queue).messageBody("{}"));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> waiting(gateway) == 3);

            sqs.deleteQueue(b -> b.queueUrl(queue));
            await().atMost(Duration.ofSeconds(10)).until(() -> get(gateway, "/actuator/health/readiness").statusCode() == 503);
            assertThat(get(gateway, "/actuator/health/readiness").body()).contains("\"changeQueue\":{\"status\":\"DOWN\"");
            // Liveness is the application's own: a missing queue is no reason to restart it.
            assertThat(get(gateway, "/actuator/health/liveness").statusCode()).isEqualTo(200);
        }
    }

    private static int waiting(ConfigurableApplicationContext gateway) throws Exception {
        Matcher waiting = WAITING.matcher(get(gateway, "/actuator/prometheus").body());
        return waiting.find() ? Integer.parseInt(waiting.group(1)) : -1;
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext gateway, String path) throws Exception {
        String port = gateway.getEnvironment().getRequiredProperty("local.server.port");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
