package com.mirante.gateway.mapping;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Bounds the contract leaves open, where a value of a legal type is still not a credible one.
 *
 * @param maxStayNights the longest reservation accepted, in nights; a longer one is rejected
 *                      rather than recorded (the daily figures would count it night by night)
 */
@Validated
@ConfigurationProperties("mirante.mapping")
public record MappingProperties(@DefaultValue(DEFAULT_MAX_STAY_NIGHTS) @Min(1) int maxStayNights) {

    static final String DEFAULT_MAX_STAY_NIGHTS = "400";

    /** The bounds of a gateway not configured by Spring (the simulator's check, the tests). */
    static MappingProperties defaults() {
        return new MappingProperties(Integer.parseInt(DEFAULT_MAX_STAY_NIGHTS));
    }
}
