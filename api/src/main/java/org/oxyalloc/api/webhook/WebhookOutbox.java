package org.oxyalloc.api.webhook;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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
     * Adds an event to send, with what it is and when in the body; nothing when no webhook is configured (and then
     * the body is not even made).
     *
     * @param event e.g. plan.published
     */
    public void add(String event, long planId, Supplier<Map<String, Object>> detail) {
        if (!enabled) {
            return;
        }
        OffsetDateTime now = now();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event);
        body.put("planId", planId);
        body.put("occurredAt", now.toString());
        body.putAll(detail.get());
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook event not serialisable", e);
        }
        jdbc.sql("insert into webhook_events (event, plan_id, body, created_at, attempts, next_attempt_at) values (?, ?, ?, ?, 0, ?)")
                .params(event, planId, text, now, now).update();
    }

    /**
     * Events whose next attempt is due, oldest first; an event waits while an older one of the same day and region is
     * still to be sent, so that a receiver never hears of a plan superseded after it heard of its successor.
     */
    List<Event> due(int most) {
        return jdbc.sql("""
                select e.* from webhook_events e join plans p on p.id = e.plan_id
                where e.next_attempt_at <= ? and not exists (
                    select 1 from webhook_events o join plans q on q.id = o.plan_id
                    where o.id < e.id and o.delivered_at is null and o.next_attempt_at is not null
                      and q.plan_date = p.plan_date and lower(q.region) = lower(p.region))
                order by e.id limit ?""")
                .params(now(), most).query(Event.class).list();
    }

    /**
     * Claims a due event for this instance: its next attempt moved past the claim, so that no other instance takes it
     * meanwhile. Empty when another instance claimed or sent it first; else the claim, which the outcome must match.
     */
    Optional<OffsetDateTime> claim(Event event) {
        OffsetDateTime claim = now().plus(CLAIM);
        return jdbc.sql("update webhook_events set next_attempt_at = ? where id = ? and next_attempt_at = ?")
                .params(claim, event.id(), event.nextAttemptAt()).update() == 1 ? Optional.of(claim) : Optional.empty();
    }

    /** Delivered, if this instance's claim still holds (a claim that ran out may have been sent by another). */
    void delivered(long id, OffsetDateTime claim, int attempts) {
        jdbc.sql("""
                update webhook_events set attempts = ?, delivered_at = ?, next_attempt_at = null, last_error = null
                where id = ? and next_attempt_at = ?""").params(attempts, now(), id, claim).update();
    }

    /** A failed attempt: tried again at {@code next}, or given up (null); only under this instance's claim. */
    void failed(long id, OffsetDateTime claim, int attempts, String error, OffsetDateTime next) {
        jdbc.sql("update webhook_events set attempts = ?, last_error = ?, next_attempt_at = ? where id = ? and next_attempt_at = ?")
                .params(attempts, error.length() > 500 ? error.substring(0, 500) : error, next, id, claim).update();
    }

    /** Gives a claimed event back, its attempt not counted: the service is stopping. */
    void release(long id, OffsetDateTime claim) {
        jdbc.sql("update webhook_events set next_attempt_at = ? where id = ? and next_attempt_at = ?")
                .params(now(), id, claim).update();
    }

    /** Now, to the microsecond that H2 and PostgreSQL keep, so that a time written is found again by equality. */
    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
