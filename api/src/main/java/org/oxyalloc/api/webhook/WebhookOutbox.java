package org.oxyalloc.api.webhook;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The webhook's outbox in the database. Events are added in the transaction of what they tell of; a sender claims a
 * due event by moving its next attempt forward (one row updated: it is this instance's), so that two instances never
 * send the same attempt.
 */
@Repository
public class WebhookOutbox {

    /** How long a claimed event is left to its sender before another may try it: longer than one attempt takes. */
    static final Duration CLAIM = Duration.ofMinutes(2);

    /** An event as stored. */
    record Event(long id, String event, long planId, String body, OffsetDateTime createdAt, int attempts,
            OffsetDateTime nextAttemptAt, OffsetDateTime deliveredAt, String lastError) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final boolean enabled;

    WebhookOutbox(JdbcClient jdbc, ObjectMapper json, @Value("${oxyalloc.webhook.url:}") String url) {
        this.jdbc = jdbc;
        this.json = json;
        this.enabled = !url.isBlank();
    }

    /**
     * Adds an event to send, with what it is and when in the body; nothing when no webhook is configured.
     *
     * @param event e.g. plan.published
     */
    public void add(String event, long planId, Map<String, Object> detail) {
        if (!enabled) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event);
        body.put("planId", planId);
        body.put("occurredAt", now.toString());
        body.putAll(detail);
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook event not serialisable", e);
        }
        jdbc.sql("insert into webhook_events (event, plan_id, body, created_at, attempts, next_attempt_at) values (?, ?, ?, ?, 0, ?)")
                .params(event, planId, text, now, now).update();
    }

    /** Events whose next attempt is due, oldest first. */
    List<Event> due(int most) {
        return jdbc.sql("select * from webhook_events where next_attempt_at <= ? order by next_attempt_at, id limit ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC), most).query(Event.class).list();
    }

    /** Claims a due event for this instance; false when another instance claimed or sent it first. */
    boolean claim(Event event) {
        return jdbc.sql("update webhook_events set next_attempt_at = ? where id = ? and next_attempt_at = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).plus(CLAIM), event.id(), event.nextAttemptAt()).update() == 1;
    }

    void delivered(long id, int attempts) {
        jdbc.sql("update webhook_events set attempts = ?, delivered_at = ?, next_attempt_at = null, last_error = null where id = ?")
                .params(attempts, OffsetDateTime.now(ZoneOffset.UTC), id).update();
    }

    /** A failed attempt: tried again at {@code next}, or given up (null). */
    void failed(long id, int attempts, String error, OffsetDateTime next) {
        jdbc.sql("update webhook_events set attempts = ?, last_error = ?, next_attempt_at = ? where id = ?")
                .params(attempts, error.length() > 500 ? error.substring(0, 500) : error, next, id).update();
    }
}
