package com.mirante.query;

import org.axonframework.springboot.autoconfig.JpaAutoConfiguration;
import org.axonframework.springboot.autoconfig.JpaEventStoreAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The query side: projects the event store into query models and serves them.
 *
 * <p>Axon's JPA auto-configuration is excluded: the query models use JPA, but the event store
 * and the token store stay on JDBC (the projection runtime's, module projection-runtime).
 */
@SpringBootApplication(exclude = {JpaAutoConfiguration.class, JpaEventStoreAutoConfiguration.class})
public class QueryApplication {

    /** Its settings live in platform.yml and query.yml, so it can share a JVM with the gateway. */
    public static final String CONFIG_NAME = "platform,query";

    public static void main(String[] args) {
        start(args);
    }

    public static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(QueryApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
