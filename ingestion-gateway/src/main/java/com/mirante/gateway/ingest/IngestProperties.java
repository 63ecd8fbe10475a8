package com.mirante.gateway.ingest;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How message bodies are judged and applied.
 *
 * @param maxBodyBytes larger bodies are dead-lettered unread
 * @param attempts     tries, in process, of a body that fails for no known passing reason before
 *                     it is dead-lettered as {@code UNEXPECTED}
 * @param batchTransactions a received batch is applied in one transaction, one by one only when
 *                          that fails (see {@link BatchIngestion}); off, always one by one
 */
@Validated
@ConfigurationProperties("mirante.ingest")
public record IngestProperties(@Min(1) int maxBodyBytes, @Min(1) int attempts, boolean batchTransactions) {
}
