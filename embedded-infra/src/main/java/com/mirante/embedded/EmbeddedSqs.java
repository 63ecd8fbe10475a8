package com.mirante.embedded;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * One ElasticMQ server per JVM with the change queue and its dead-letter queue, wired like the
 * production queues: SQS moves a message to the DLQ after {@value #MAX_RECEIVE_COUNT} receives.
 * Its messages live in memory, or, when the embedded PostgreSQL keeps its data, in it ({@link KeptQueues}).
 */
final class EmbeddedSqs {

    static final String REGION = "us-east-1";
    static final String ACCESS_KEY = "local";
    private static final int MAX_RECEIVE_COUNT = 5;
    private static final Logger log = LoggerFactory.getLogger(EmbeddedSqs.class);

    private static final String INTERFACE = "127.0.0.1";

    private static Queues queues;

    record Queues(String endpoint, String queueUrl, String deadLetterQueueUrl) {
    }

    private EmbeddedSqs() {
    }

    static synchronized Queues start(int port, String queueName, String deadLetterQueueName) {
        if (queues == null) {
            int boundPort;
            Runnable stop;
            if (EmbeddedPostgres.keepsData()) {
                KeptQueues kept = KeptQueues.start(INTERFACE, port, REGION);
                boundPort = kept.port();
                stop = kept::stop;
            } else {
                SQSRestServer server = SQSRestServerBuilder.withInterface(INTERFACE).withPort(port)
                        .withAWSRegion(REGION).start();
                boundPort = server.waitUntilStarted().localAddress().getPort();
                stop = server::stopAndWait;
            }
            String endpoint = "http://localhost:" + boundPort;
            queues = createQueues(endpoint, queueName, deadLetterQueueName);
            if (EmbeddedPostgres.keepsData()) {
                // After the applications, before the database (the handlers run in reverse order).
                SpringApplication.getShutdownHandlers().add(stop);
            } else {
                Runtime.getRuntime().addShutdownHook(new Thread(stop, "elasticmq-shutdown"));
            }
            log.info("Embedded ElasticMQ started at {} with queue {}{}", endpoint, queues.queueUrl(),
                    EmbeddedPostgres.keepsData() ? ", its messages kept in the embedded PostgreSQL's database "
                            + KeptQueues.DATABASE : "");
        }
        return queues;
    }

    /** Another change queue and dead-letter queue on the same server, started if need be. */
    static synchronized Queues createAnother(String queueName, String deadLetterQueueName) {
        String endpoint = start(0, "dms-changes", "dms-changes-dlq").endpoint();
        return createQueues(endpoint, queueName, deadLetterQueueName);
    }

    private static Queues createQueues(String endpoint, String queueName, String deadLetterQueueName) {
        // A FIFO queue (name ending .fifo) needs a FIFO dead-letter queue; relays deduplicate by content.
        Map<QueueAttributeName, String> kind = queueName.endsWith(".fifo")
                ? Map.of(QueueAttributeName.FIFO_QUEUE, "true", QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true")
                : Map.of();
        try (SqsClient sqs = SqsClient.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, ACCESS_KEY)))
                .build()) {
            String dlqUrl = sqs.createQueue(b -> b.queueName(deadLetterQueueName).attributes(kind)).queueUrl();
            String dlqArn = sqs.getQueueAttributes(b -> b.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                    .attributes().get(QueueAttributeName.QUEUE_ARN);
            String redrive = "{\"deadLetterTargetArn\":\"%s\",\"maxReceiveCount\":\"%d\"}"
                    .formatted(dlqArn, MAX_RECEIVE_COUNT);
            Map<QueueAttributeName, String> attributes = new HashMap<>(kind);
            attributes.put(QueueAttributeName.REDRIVE_POLICY, redrive);
            String queueUrl = sqs.createQueue(b -> b.queueName(queueName).attributes(attributes)).queueUrl();
            return new Queues(endpoint, queueUrl, dlqUrl);
        }
    }
}
