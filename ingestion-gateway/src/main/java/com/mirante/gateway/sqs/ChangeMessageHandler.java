package com.mirante.gateway.sqs;

import com.mirante.gateway.dms.DmsMessageReader;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import com.mirante.gateway.mapping.ChangeMapping;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Applies one SQS message: reads its DMS records, maps them to commands and sends each to its
 * aggregate, waiting until the resulting events are stored.
 */
@Component
class ChangeMessageHandler {

    private static final Logger log = LoggerFactory.getLogger(ChangeMessageHandler.class);

    private final DmsMessageReader reader;
    private final ChangeMapping mapping;
    private final CommandGateway commands;
    private final SqsProperties properties;

    ChangeMessageHandler(DmsMessageReader reader, ChangeMapping mapping, CommandGateway commands,
                         SqsProperties properties) {
        this.reader = reader;
        this.mapping = mapping;
        this.commands = commands;
        this.properties = properties;
    }

    /** New legacy columns travel as metadata to the events (see {@link UnknownColumnsConfiguration}). */
    private MetaData unknownColumns(DmsRecord record) {
        var unknown = mapping.unknownColumns(record);
        return unknown.isEmpty() ? MetaData.emptyInstance()
                : MetaData.with(UnknownColumnsConfiguration.METADATA_KEY, unknown);
    }

    Outcome handle(Message message) {
        try {
            int size = message.body().getBytes(StandardCharsets.UTF_8).length;
            if (size > properties.maxBodyBytes()) {
                throw new InvalidChangeRecordException("BODY_TOO_LARGE",
                        "Body of " + size + " bytes exceeds the limit of " + properties.maxBodyBytes());
            }
            List<DmsRecord> records = reader.read(message.body());
            for (DmsRecord record : records) {
                MDC.put("event_source", record.metadata().qualifiedTable());
                MetaData unknownColumns = unknownColumns(record);
                for (Object command : mapping.commandsFor(record)) {
                    commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(unknownColumns));
                }
            }
            log.atDebug().addKeyValue("records_processed", records.size()).log("Applied {} records", records.size());
            return new Outcome.Applied(records.size());
        } catch (InvalidChangeRecordException e) {
            log.atWarn().addKeyValue("error_code", e.errorCode()).addKeyValue("error_message", e.getMessage())
                    .log("Rejected message ({}): {}", e.errorCode(), e.getMessage());
            return new Outcome.Rejected(e.errorCode(), e.getMessage());
        } catch (RuntimeException e) {
            String errorCode = e.getClass().getSimpleName();
            log.atWarn().addKeyValue("error_code", errorCode).addKeyValue("error_message", e.getMessage())
                    .log("Message failed and will be retried: {}", e.toString());
            return new Outcome.Failed(errorCode, String.valueOf(e.getMessage()), EventStoreReachability.isOutage(e));
        } finally {
            MDC.remove("event_source");
        }
    }
}
