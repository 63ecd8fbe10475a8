package com.mirante.gateway.sqs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

/**
 * Reads, redrives and deletes dead letters. SQS has no "peek": each operation receives the
 * queue's messages (hiding them for a short while), acts on the ones asked for and makes the
 * others visible again at once. Nor has it an order or an offset: see {@link #page}. Every body
 * written here has passed {@link DeadLetterRedaction}, and {@link #redactAll} applies it again to
 * the letters already here.
 */
@Component
public class DeadLetterQueue {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterQueue.class);

    private static final int VISIBILITY_SECONDS = 30;
    private static final int MAX_ATTRIBUTE_LENGTH = 1000;
    private static final Comparator<DeadLetter> OLDEST_FIRST = Comparator.comparing(DeadLetter::sentAt,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(DeadLetter::messageId);

    private final SqsClient sqs;
    private final SqsProperties properties;
    private final DeadLetterRedaction redaction;
    private final MeterRegistry meters;

    DeadLetterQueue(SqsClient sqs, SqsProperties properties, DeadLetterRedaction redaction, MeterRegistry meters) {
        this.sqs = sqs;
        this.properties = properties;
        this.redaction = redaction;
        this.meters = meters;
    }

    /**
     * Copies a message that can never be applied to the dead-letter queue with its reason, redacted
     * if need be; false when that failed, and the message must stay where it is.
     */
    boolean send(Message message, String errorCode, String errorMessage, int receiveCount) {
        String body;
        try {
            body = redaction.redact(message.body());
        } catch (RuntimeException e) {
            // Unchecked, the body could carry what must no longer be kept: it waits on the queue instead.
            log.warn("Could not redact message {}; it stays on the queue: {}", message.messageId(), e.getMessage());
            return false;
        }
        try {
            sqs.sendMessage(request -> into(request, properties.deadLetterQueueUrl(), message, "dead-letter")
                    .messageBody(body)
                    .messageAttributes(Map.of(
                            "error_code", attribute(errorCode),
                            "error_message", attribute(errorMessage),
                            "original_message_id", attribute(message.messageId()),
                            "receive_count", attribute(Integer.toString(receiveCount)))));
            if (!body.equals(message.body())) {
                redacted("dead_lettering");
            }
            return true;
        } catch (SdkException e) {
            log.warn("Could not dead-letter message {}; it stays on the queue: {}", message.messageId(), e.getMessage());
            return false;
        }
    }

    /**
     * Addresses a message made from {@code original} to {@code queueUrl}. A FIFO queue takes it only
     * with a group: the original's (a row's), so that a redriven change keeps its place among the
     * row's others; and a deduplication id made of the original's id and what is done with it, so
     * that the same step retried within SQS's five minutes sends one message, not two.
     */
    private static SendMessageRequest.Builder into(SendMessageRequest.Builder request, String queueUrl,
                                                   Message original, String step) {
        request.queueUrl(queueUrl);
        if (queueUrl.endsWith(".fifo")) {
            request.messageGroupId(original.attributes().getOrDefault(MessageSystemAttributeName.MESSAGE_GROUP_ID,
                            "dead-letters"))
                    .messageDeduplicationId(step + ":" + original.messageId());
        }
        return request;
    }

    private static MessageAttributeValue attribute(String value) {
        String safe = value == null || value.isEmpty() ? "-" : value;
        if (safe.length() > MAX_ATTRIBUTE_LENGTH) {
            safe = safe.substring(0, MAX_ATTRIBUTE_LENGTH);
        }
        return MessageAttributeValue.builder().dataType("String").stringValue(safe).build();
    }

    /**
     * Page {@code page} of {@code size} dead letters, oldest first, out of the first {@code window}
     * SQS hands out. SQS hands messages out in no set order (ElasticMQ neither, once some were
     * received and released), so a page is cut from one walk over the whole window, each message
     * hidden until the walk ends (none comes twice) and sorted by when it was sent: pages agree with
     * one another while the queue holds no more than the window and does not change. A letter
     * another request holds hidden at that moment is not seen.
     */
    public DeadLetterPage page(int page, int size, int window) {
        List<DeadLetter> walked = new ArrayList<>();
        forEachMessage(window, message -> {
            walked.add(toDeadLetter(message));
            return false;
        });
        walked.sort(OLDEST_FIRST);
        int from = Math.min(page * size, walked.size());
        return new DeadLetterPage(List.copyOf(walked.subList(from, Math.min(from + size, walked.size()))), page, size,
                walked.size(), walked.size() >= window);
    }

    /** Sends the chosen dead letters (all when {@code messageIds} is empty) back to the change queue. */
    public int redrive(Set<String> messageIds, int limit) {
        return forEachMessage(limit, message -> {
            if (!chosen(messageIds, message)) {
                return false;
            }
            sqs.sendMessage(request -> into(request, properties.queueUrl(), message, "redrive").messageBody(message.body()));
            return true;
        });
    }

    /** Deletes the chosen dead letters (all when {@code messageIds} is empty). */
    public int delete(Set<String> messageIds, int limit) {
        return forEachMessage(limit, message -> chosen(messageIds, message));
    }

    /**
     * Replaces each of up to {@code limit} dead letters whose body {@link DeadLetterRedaction} changes
     * by a copy with the redacted body and the same attributes (its reason): SQS cannot edit a message.
     * The copy is sent before the original is deleted, so a crash between the two loses nothing: the
     * original comes back and is redacted by the next sweep, and the copy stays, a duplicate. A copy
     * met again in the same walk is left as it is (redacting it changes nothing). A failure stops
     * the walk; the letters it held hidden come back after {@value #VISIBILITY_SECONDS} seconds.
     */
    public int redactAll(int limit) {
        return forEachMessage(limit, message -> {
            String body = redaction.redact(message.body());
            if (body.equals(message.body())) {
                return false;
            }
            String copy = sqs.sendMessage(request -> into(request, properties.deadLetterQueueUrl(), message, "redacted")
                    .messageBody(body).messageAttributes(message.messageAttributes())).messageId();
            redacted("sweep");
            log.info("Dead letter {} replaced by its redacted copy {}", message.messageId(), copy);
            return true;
        });
    }

    private void redacted(String stage) {
        Counter.builder("mirante.dead.letters.redacted")
                .description("Dead-letter bodies written without what must no longer be kept")
                .tag("stage", stage)
                .register(meters)
                .increment();
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
                    .messageSystemAttributeNames(MessageSystemAttributeName.SENT_TIMESTAMP,
                            MessageSystemAttributeName.MESSAGE_GROUP_ID)).messages();
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
        release(toRelease);
        return acted;
    }

    /** Makes the messages visible again at once, ten to a call. */
    private void release(List<Message> messages) {
        for (int from = 0; from < messages.size(); from += 10) {
            List<Message> chunk = messages.subList(from, Math.min(from + 10, messages.size()));
            List<ChangeMessageVisibilityBatchRequestEntry> entries = IntStream.range(0, chunk.size())
                    .mapToObj(i -> ChangeMessageVisibilityBatchRequestEntry.builder().id(Integer.toString(i))
                            .receiptHandle(chunk.get(i).receiptHandle()).visibilityTimeout(0).build())
                    .toList();
            sqs.changeMessageVisibilityBatch(request -> request.queueUrl(properties.deadLetterQueueUrl()).entries(entries));
        }
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
