package com.mirante.query.live;

import java.util.List;

/**
 * The announcements that arrived together, published as a Spring event on the listening thread,
 * so a feature can merge them (one push for many changes to the same hotel) before it reads.
 */
public record LiveChangesReceived(List<LiveChange> changes) {

    public List<LiveChange> about(String topic) {
        return changes.stream().filter(change -> topic.equals(change.topic())).toList();
    }
}
