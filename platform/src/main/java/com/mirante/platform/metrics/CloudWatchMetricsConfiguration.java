package com.mirante.platform.metrics;

import io.micrometer.cloudwatch2.CloudWatchConfig;
import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import io.micrometer.core.instrument.Clock;
import java.util.Map;
import org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;

/**
 * Publishes every meter to CloudWatch as well as to Prometheus, for installations on AWS, when
 * {@code management.cloudwatch.metrics.export.enabled=true}. Spring Boot 3 no longer configures
 * this registry itself; the property names are those it used. The client takes the AWS SDK's
 * default region and credentials (AWS_REGION, an instance role...).
 */
@AutoConfiguration(after = MetricsAutoConfiguration.class, before = CompositeMeterRegistryAutoConfiguration.class)
@ConditionalOnProperty(name = "management.cloudwatch.metrics.export.enabled", havingValue = "true")
public class CloudWatchMetricsConfiguration {

    private static final String PREFIX = "management.cloudwatch.metrics.export";

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    CloudWatchAsyncClient cloudWatchAsyncClient() {
        return CloudWatchAsyncClient.create();
    }

    @Bean
    CloudWatchMeterRegistry cloudWatchMeterRegistry(Environment environment, CloudWatchAsyncClient client) {
        Map<String, String> settings = Map.of(
                "cloudwatch.namespace", environment.getProperty(PREFIX + ".namespace", "Mirante"),
                "cloudwatch.step", DurationStyle.detectAndParse(environment.getProperty(PREFIX + ".step", "1m")).toString());
        CloudWatchConfig config = settings::get;
        return new CloudWatchMeterRegistry(config, Clock.SYSTEM, client);
    }
}
