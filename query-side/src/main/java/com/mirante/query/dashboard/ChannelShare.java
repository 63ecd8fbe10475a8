package com.mirante.query.dashboard;

/** One booking channel's share of the reservations on the books; {@code channel} is null when the source left it empty. */
public record ChannelShare(String channel, long reservations, long roomNights) {
}
