package com.mirante.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.mirante.platform.metrics.CloudWatchMetricsConfiguration;
import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;

/** The CloudWatch registry ships with both applications, stays off unless configured, and comes on when it is. */
class CloudWatchSwitchTest {

    @Test
    void theRunningApplicationsPublishToNoCloudWatch() {
        RunningPlatform platform = RunningPlatform.get();
        assertThat(platform.query.getBeansOfType(CloudWatchMeterRegistry.class)).isEmpty();
        assertThat(platform.gateway.getBeansOfType(CloudWatchMeterRegistry.class)).isEmpty();
        assertThat(platform.query.getEnvironment().getProperty("management.cloudwatch.metrics.export.enabled"))
                .isEqualTo("false");
    }

    @Test
    void theRegistryComesOnWithTheProperty() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                        CompositeMeterRegistryAutoConfiguration.class, CloudWatchMetricsConfiguration.class))
                // A client that is never called here: the context closes before the first step.
                .withBean(CloudWatchAsyncClient.class, () -> CloudWatchAsyncClient.builder()
                        .region(Region.US_EAST_1).credentialsProvider(AnonymousCredentialsProvider.create()).build())
                .withPropertyValues("management.cloudwatch.metrics.export.enabled=true",
                        "management.cloudwatch.metrics.export.namespace=MiranteTest",
                        "management.cloudwatch.metrics.export.step=30s")
                .run(context -> assertThat(context).hasSingleBean(CloudWatchMeterRegistry.class));
    }
}
