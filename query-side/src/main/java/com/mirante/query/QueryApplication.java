package com.mirante.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The query side: projects the event store into query models and serves them. */
@SpringBootApplication
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
