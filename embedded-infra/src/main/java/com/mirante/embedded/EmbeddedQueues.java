package com.mirante.embedded;

import java.util.List;

/** Queues of their own on the JVM's embedded ElasticMQ, for tests that must not share messages. */
public final class EmbeddedQueues {

    private EmbeddedQueues() {
    }

    /**
     * Creates the queue {@code name} and its dead-letter queue ({@code name-dlq}, or
     * {@code base-dlq.fifo} for a FIFO queue named {@code base.fifo}), and returns the arguments
     * that point a gateway at them.
     */
    public static List<String> create(String name) {
        String deadLetterQueue = name.endsWith(".fifo")
                ? name.substring(0, name.length() - ".fifo".length()) + "-dlq.fifo" : name + "-dlq";
        EmbeddedSqs.Queues queues = EmbeddedSqs.createAnother(name, deadLetterQueue);
        return List.of(
                "--mirante.sqs.endpoint=" + queues.endpoint(),
                "--mirante.sqs.region=" + EmbeddedSqs.REGION,
                "--mirante.sqs.access-key=" + EmbeddedSqs.ACCESS_KEY,
                "--mirante.sqs.secret-key=" + EmbeddedSqs.ACCESS_KEY,
                "--mirante.sqs.queue-url=" + queues.queueUrl(),
                "--mirante.sqs.dead-letter-queue-url=" + queues.deadLetterQueueUrl());
    }
}
