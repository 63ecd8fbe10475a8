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

    public Outcome ingest(String body) {
        try {
            int size = body.getBytes(StandardCharsets.UTF_8).length;
            if (size > properties.maxBodyBytes()) {
                throw new InvalidChangeRecordException("BODY_TOO_LARGE",
                        "Body of " + size + " bytes exceeds the limit of " + properties.maxBodyBytes());
            }
            List<DmsRecord> records = reader.read(body);
            for (DmsRecord record : records) {
                MDC.put("event_source", record.metadata().qualifiedTable());
                send(mapping.map(record));
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

    /** New legacy columns travel as metadata to the events (see {@link UnknownColumnsConfiguration}). */
    private void send(MappedChange change) {
        MetaData metaData = change.unknownColumns().isEmpty() ? MetaData.emptyInstance()
                : MetaData.with(UnknownColumnsConfiguration.METADATA_KEY, change.unknownColumns());
        for (Object command : change.commands()) {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        }
    }
}
