package com.mirante.gateway.deadletters;

import com.mirante.gateway.sqs.SqsProperties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Reads, redrives and deletes dead letters. SQS has no "peek": each operation receives the
 * queue's messages (hiding them for a short while), acts on the ones asked for and makes the
 * others visible again at once.
 */
@Component
public class DeadLetterQueue {

    private static final int VISIBILITY_SECONDS = 30;

    private final SqsClient sqs;
    private final SqsProperties properties;

    DeadLetterQueue(SqsClient sqs, SqsProperties properties) {
        this.sqs = sqs;
        this.properties = properties;
    }

    /** Up to {@code limit} dead letters, oldest receive first as SQS returns them. */
    public List<DeadLetter> list(int limit) {
        List<DeadLetter> letters = new ArrayList<>();
        forEachMessage(limit, message -> {
            letters.add(toDeadLetter(message));
            return false;
        });
        return letters;
    }

    /** Sends the chosen dead letters (all when {@code messageIds} is empty) back to the change queue. */
    public int redrive(Set<String> messageIds, int limit) {
        return forEachMessage(limit, message -> {
            if (!chosen(messageIds, message)) {
                return false;
            }
            sqs.sendMessage(request -> request.queueUrl(properties.queueUrl()).messageBody(message.body()));
            return true;
        });
    }

    /** Deletes the chosen dead letters (all when {@code messageIds} is empty). */
    public int delete(Set<String> messageIds, int limit) {
        return forEachMessage(limit, message -> chosen(messageIds, message));
    }

    private static boolean chosen(Set<String> messageIds, Message message) {
        return messageIds.isEmpty() || messageIds.contains(message.messageId());
    }

    /**
     * Receives up to {@code limit} messages; a message for which {@code action} answers true is
     * deleted from the dead-letter queue, every other one is released.
     */
    private int forEachMessage(int limit, Predicate<Message> action) {
        int acted = 0;
        int seen = 0;
        List<Message> batch;
        List<Message> toRelease = new ArrayList<>();
        do {
            int wanted = Math.min(10, limit - seen);
            batch = sqs.receiveMessage(request -> request.queueUrl(properties.deadLetterQueueUrl())
                    .maxNumberOfMessages(wanted).visibilityTimeout(VISIBILITY_SECONDS).waitTimeSeconds(0)
                    .messageAttributeNames("All")
                    .messageSystemAttributeNames(MessageSystemAttributeName.SENT_TIMESTAMP)).messages();
            for (Message message : batch) {
                seen++;
                if (action.test(message)) {
                    sqs.deleteMessage(request -> request.queueUrl(properties.deadLetterQueueUrl())
                            .receiptHandle(message.receiptHandle()));
                    acted++;
                } else {
                    toRelease.add(message);
                }
            }
        } while (!batch.isEmpty() && seen < limit);
        toRelease.forEach(message -> sqs.changeMessageVisibility(request -> request
                .queueUrl(properties.deadLetterQueueUrl()).receiptHandle(message.receiptHandle()).visibilityTimeout(0)));
        return acted;
    }

    private static DeadLetter toDeadLetter(Message message) {
        Map<String, MessageAttributeValue> attributes = message.messageAttributes();
        String sent = message.attributes().get(MessageSystemAttributeName.SENT_TIMESTAMP);
        String receiveCount = text(attributes, "receive_count");
        return new DeadLetter(
                message.messageId(),
                text(attributes, "original_message_id"),
                text(attributes, "error_code"),
                text(attributes, "error_message"),
                receiveCount == null ? null : Integer.valueOf(receiveCount),
                sent == null ? null : Instant.ofEpochMilli(Long.parseLong(sent)),
                message.body());
    }

    private static String text(Map<String, MessageAttributeValue> attributes, String name) {
        MessageAttributeValue value = attributes.get(name);
        return value == null ? null : value.stringValue();
    }
}
