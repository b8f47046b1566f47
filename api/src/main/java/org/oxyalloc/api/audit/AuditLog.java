package org.oxyalloc.api.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.oxyalloc.api.user.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only audit trail: submissions, status changes, publications, weight changes, users. */
@Repository
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditLog(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records an event by the current user; the detail is stored as JSON. */
    public void record(Long planId, String event, Map<String, ?> detail) {
        recordAs(CurrentUser.name(), planId, event, detail);
    }

    public void recordAs(String username, Long planId, String event, Map<String, ?> detail) {
        String text;
        try {
            text = json.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit detail is not serialisable", e);
        }
        jdbc.sql("insert into audit_events (plan_id, at, username, event, detail) values (?, ?, ?, ?, ?)")
                .params(planId, OffsetDateTime.now(ZoneOffset.UTC), username, event, text)
                .update();
        log.info("{} {} {}", event, planId == null ? "" : "plan " + planId, text);
    }

    public List<AuditEvent> forPlan(long planId) {
        return jdbc.sql("select * from audit_events where plan_id = ? order by id").param(planId)
                .query(AuditEvent.class).list();
    }

    public List<AuditEvent> all() {
        return jdbc.sql("select * from audit_events order by id").query(AuditEvent.class).list();
    }

    /** The newest events first, at most limit, optionally only one user's. */
    public List<AuditEvent> newest(String username, int limit) {
        return username == null
                ? jdbc.sql("select * from audit_events order by id desc limit ?").param(limit).query(AuditEvent.class).list()
                : jdbc.sql("select * from audit_events where username = ? order by id desc limit ?").params(username, limit)
                        .query(AuditEvent.class).list();
    }
}
