package com.mirante.gateway;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The ingestion gateway: consumes DMS change records from SQS and sends the commands they mean
 * to the aggregates, whose events land in the event store.
 */
@SpringBootApplication(scanBasePackages = {"com.mirante.gateway", "com.mirante.command"})
public class GatewayApplication {

    /** Its settings live in platform.yml and gateway.yml, so it can share a JVM with the query side. */
    public static final String CONFIG_NAME = "platform,gateway";

    public static void main(String[] args) {
        start(args);
    }

    public static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(GatewayApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
