package com.mirante.query.live;

import com.fasterxml.jackson.databind.JsonNode;

/** One announcement, as every node receives it: what changed ({@code topic}), where, and its keys. */
public record LiveChange(String topic, String hotelId, JsonNode data) {
}
