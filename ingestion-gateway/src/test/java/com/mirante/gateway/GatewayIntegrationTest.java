package com.mirante.gateway;

import com.mirante.gateway.web.RequestTouchesWithQueues;
import com.mirante.platform.web.EveryRoleUser;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The gateway on the JVM's embedded PostgreSQL and ElasticMQ, one application context shared by
 * every class that carries this (a context costs seconds; these classes need no state of their own):
 * the local users and {@link EveryRoleUser}, metrics export on (the Prometheus output is tested),
 * requests' calls to the database and the queues recorded. The consumer stays stopped, so no class
 * takes another's messages off the shared queues; a class that needs it starts and stops it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + GatewayApplication.CONFIG_NAME, "mirante.embedded.sqs.port=0",
                "mirante.sqs.wait-time=1s", "mirante.sqs.auto-start=false"})
@AutoConfigureObservability
@ActiveProfiles("local")
@ContextConfiguration(initializers = EveryRoleUser.class)
@Import(RequestTouchesWithQueues.class)
public @interface GatewayIntegrationTest {
}
