package com.mirante.query.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mirante.projection.RebuildContext;
import java.util.Map;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Announces that a projection changed something the live stream shows. The announcement is a
 * PostgreSQL NOTIFY in the projection's own transaction: it reaches every query-side node, and only
 * once the change is committed, so a node never pushes what a rolled-back batch wrote.
 */
@Component
public class LiveChanges {

    static final String CHANNEL = "mirante_live";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    LiveChanges(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @param data small (PostgreSQL limits a notification to 8000 bytes): keys, not figures */
    public void announce(String topic, String hotelId, Map<String, ?> data) {
        if (replaying()) {
            return;
        }
        String payload;
        try {
            payload = json.writeValueAsString(new LiveChange(topic, hotelId, json.valueToTree(data)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot announce " + data, e);
        }
        jdbc.sql("SELECT pg_notify(:channel, :payload)").param("channel", CHANNEL).param("payload", payload)
                .query((row, number) -> 1).list();
    }

    /**
     * A replay rebuilds what was already shown: it is not news, and would flood the stream. Nor is
     * a rebuild's work, which nobody sees until its tables are switched in.
     */
    private static boolean replaying() {
        return RebuildContext.active()
                || CurrentUnitOfWork.isStarted() && ReplayToken.isReplay(CurrentUnitOfWork.get().getMessage());
    }
}
