package com.mirante.gateway.erasure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the dead-letter queue is swept for erased guests' personal data.
 *
 * @param sweepInterval how often the whole queue is swept besides the sweep after each erasure: it
 *                      catches letters an erasure's sweep could not (see {@link DeadLetterSweep})
 * @param sweepLimit    the most letters one sweep looks at
 */
@Validated
@ConfigurationProperties("mirante.erasure")
public record ErasureProperties(Duration sweepInterval, @Min(1) @Max(100_000) Integer sweepLimit) {

    public ErasureProperties {
        sweepInterval = sweepInterval == null ? Duration.ofHours(1) : sweepInterval;
        sweepLimit = sweepLimit == null ? 10_000 : sweepLimit;
    }
}
