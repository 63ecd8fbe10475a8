package com.mirante.gateway.sqs;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * Where the change records come from and how they are consumed.
 *
 * @param endpoint           an SQS-compatible endpoint (ElasticMQ, LocalStack); empty for AWS itself
 * @param region             the AWS region; empty to use the SDK's default lookup
 * @param accessKey          static credentials, mainly for SQS-compatible servers; empty for the SDK's default chain
 * @param queueUrl           the change queue
 * @param deadLetterQueueUrl where records that can never be applied go, with their reason
 * @param pollers            concurrent long-polling consumers
 * @param workers            threads applying the messages of a batch, group by group
 * @param waitTime           long-poll wait per receive (SQS allows up to 20 s)
 * @param maxMessages        messages per receive (SQS allows up to 10)
 * @param retryBase          visibility timeout after the first failed attempt; doubled on each receive
 * @param retryCap           longest visibility timeout between attempts
 * @param autoStart          consume from start-up; false leaves the consumer stopped until the
 *                           application context is started again (benchmarks, maintenance)
 */
@Validated
@ConfigurationProperties("mirante.sqs")
public record SqsProperties(
        URI endpoint,
        String region,
        String accessKey,
        String secretKey,
        @NotBlank String queueUrl,
        @NotBlank String deadLetterQueueUrl,
        @Min(1) int pollers,
        Integer workers,
        Duration waitTime,
        @Min(1) @Max(10) int maxMessages,
        Duration retryBase,
        Duration retryCap,
        Boolean autoStart) {

    public SqsProperties {
        autoStart = autoStart == null || autoStart;
        workers = workers == null ? 4 : workers;
    }
}
