package com.mirante.gateway.ingest;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How one message body is judged.
 *
 * @param maxBodyBytes larger bodies are dead-lettered unread
 */
@Validated
@ConfigurationProperties("mirante.ingest")
public record IngestProperties(@Min(1) int maxBodyBytes) {
}
