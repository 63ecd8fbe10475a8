package com.mirante.gateway.ingest;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How one message body is judged.
 *
 * @param maxBodyBytes larger bodies are dead-lettered unread
 * @param attempts     tries, in process, of a body that fails for no known passing reason before
 *                     it is dead-lettered as {@code UNEXPECTED}
 */
@Validated
@ConfigurationProperties("mirante.ingest")
public record IngestProperties(@Min(1) int maxBodyBytes, @Min(1) int attempts) {
}
