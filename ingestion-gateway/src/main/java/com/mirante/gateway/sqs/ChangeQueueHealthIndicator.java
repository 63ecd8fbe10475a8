package com.mirante.gateway.sqs;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Health contributor {@code changeQueue} (readiness group): the change queue answers
 * GetQueueAttributes with the gateway's credentials. A gateway that cannot reach its queue
 * ingests nothing, whatever else is up.
 */
@Component("changeQueue")
class ChangeQueueHealthIndicator implements HealthIndicator {

    private final SqsClient sqs;
    private final String queueUrl;

    ChangeQueueHealthIndicator(SqsClient sqs, SqsProperties properties) {
        this.sqs = sqs;
        this.queueUrl = properties.queueUrl();
    }

    @Override
    public Health health() {
        try {
            String waiting = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl)
                            .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                    .attributes().get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
            return Health.up().withDetail("queueUrl", queueUrl).withDetail("messagesWaiting", waiting).build();
        } catch (SdkException e) {
            return Health.down(e).withDetail("queueUrl", queueUrl).build();
        }
    }
}
