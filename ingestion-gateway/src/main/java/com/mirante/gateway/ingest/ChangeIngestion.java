package com.mirante.gateway.ingest;

import com.mirante.gateway.dms.DmsMessageReader;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import com.mirante.gateway.mapping.ChangeMapping;
import com.mirante.gateway.mapping.MappedChange;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * One message body to one {@link Outcome}: reads its DMS records, maps each to commands and sends
 * them to their aggregates, waiting until the resulting events are stored. Knows nothing of the
 * queue the body came from.
 */
@Component
@EnableConfigurationProperties(IngestProperties.class)
public class ChangeIngestion {

    private static final Logger log = LoggerFactory.getLogger(ChangeIngestion.class);

    /** The error code of a body that failed for no known reason, {@code mirante.ingest.attempts} times. */
    public static final String UNEXPECTED = "UNEXPECTED";

    private final DmsMessageReader reader;
    private final ChangeMapping mapping;
    private final CommandGateway commands;
    private final IngestProperties properties;

    ChangeIngestion(DmsMessageReader reader, ChangeMapping mapping, CommandGateway commands, IngestProperties properties) {
        this.reader = reader;
        this.mapping = mapping;
        this.commands = commands;
        this.properties = properties;
    }

    /**
     * A failure on {@link Failures}' list of passing causes is {@link Outcome.Failed}, for the queue
     * to bring the body back later. Any other is tried again at once, up to
     * {@code mirante.ingest.attempts} tries in all (it may still be a passing cause no one listed),
     * then rejected as {@code UNEXPECTED}: no unknown failure waits through the queue's visibility
     * timeouts to reach the dead-letter queue without a reason. Records are applied at most once
     * however often a body is tried (their source positions), so a new try repeats nothing.
     */
    public Outcome ingest(String body) {
        int size = body.getBytes(StandardCharsets.UTF_8).length;
        if (size > properties.maxBodyBytes()) {
            return rejected("BODY_TOO_LARGE", "Body of " + size + " bytes exceeds the limit of " + properties.maxBodyBytes());
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return apply(body);
            } catch (InvalidChangeRecordException e) {
                return rejected(e.errorCode(), e.getMessage());
            } catch (Throwable e) {
                if (Failures.isFatal(e)) {
                    throw e;
                }
                // Interrupted, the consumer is stopping: whatever failed then is not the body's fault.
                if (Failures.isTransient(e) || Thread.currentThread().isInterrupted()) {
                    return failed(e);
                }
                if (attempt >= properties.attempts()) {
                    return rejected(UNEXPECTED, "Failed " + attempt + " times: " + Failures.describe(e));
                }
                log.atInfo().addKeyValue("error_code", UNEXPECTED)
                        .log("Attempt {} failed ({}), trying again", attempt, Failures.describe(e));
            } finally {
                MDC.remove("event_source");
            }
        }
    }

    private Outcome apply(String body) {
        return apply(body, commands);
    }

    /**
     * Reads, maps and sends a body's records through {@code via}, leaving {@code event_source} in the
     * MDC for the caller to remove. Throws what the first failing record threw.
     */
    Outcome.Applied apply(String body, CommandGateway via) {
        List<DmsRecord> records = reader.read(body);
        for (DmsRecord record : records) {
            MDC.put("event_source", record.metadata().qualifiedTable());
            send(mapping.map(record), via);
        }
        log.atDebug().addKeyValue("records_processed", records.size()).log("Applied {} records", records.size());
        return new Outcome.Applied(records.size());
    }

    boolean fitsTheLimit(String body) {
        return body.getBytes(StandardCharsets.UTF_8).length <= properties.maxBodyBytes();
    }

    private static Outcome rejected(String errorCode, String reason) {
        log.atWarn().addKeyValue("error_code", errorCode).addKeyValue("error_message", reason)
                .log("Rejected message ({}): {}", errorCode, reason);
        return new Outcome.Rejected(errorCode, reason);
    }

    static Outcome failed(Throwable e) {
        String errorCode = e.getClass().getSimpleName();
        log.atWarn().addKeyValue("error_code", errorCode).addKeyValue("error_message", e.getMessage())
                .log("Message failed and will be retried: {}", e.toString());
        return new Outcome.Failed(errorCode, String.valueOf(e.getMessage()), Failures.isOutage(e));
    }

    /** New legacy columns travel as metadata to the events (see {@link UnknownColumnsConfiguration}). */
    private static void send(MappedChange change, CommandGateway via) {
        MetaData metaData = change.unknownColumns().isEmpty() ? MetaData.emptyInstance()
                : MetaData.with(UnknownColumnsConfiguration.METADATA_KEY, change.unknownColumns());
        for (Object command : change.commands()) {
            via.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        }
    }
}
