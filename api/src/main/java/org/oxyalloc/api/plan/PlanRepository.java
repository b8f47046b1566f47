package org.oxyalloc.api.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.oxyalloc.api.web.NotFoundException;
import org.oxyalloc.text.Phrase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Plans and their best-score history, in plain SQL that H2 (PostgreSQL mode) and PostgreSQL both run. */
@Repository
public class PlanRepository {

    /** A new plan to store. */
    public record NewPlan(String region, LocalDate date, PlanStatus status, String problemJson, String validationJson,
            long timeLimitMs, Long parentId, String createdBy) {
    }

    /** One point of the best-score history. */
    public record BestScore(OffsetDateTime at, long elapsedMs, String score, long shortageKg) {
    }

    /** A day with plans. */
    public record PlanDay(LocalDate date, long plans) {
    }

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewPlan plan) {
        KeyHolder key = new GeneratedKeyHolder();
        OffsetDateTime now = now();
        jdbc.sql("""
                insert into plans (region, plan_date, status, problem_json, validation_json, time_limit_ms, parent_id,
                                   created_at, created_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(plan.region(), plan.date(), plan.status().name(), plan.problemJson(), plan.validationJson(),
                        plan.timeLimitMs(), plan.parentId(), now, plan.createdBy(), now)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Every column but the large JSON ones (problem, validation, plan): for lists, status and progress. */
    private static final String LIGHT_COLUMNS = "id, region, plan_date, status, '' as problem_json, null as validation_json,"
            + " null as plan_json, score, shortage_kg, time_limit_ms, solving_started_at, solving_ms, parent_id,"
            + " published_at, published_by, superseded_by, supersede_reason, created_at, created_by, updated_at";

    /** A plan without its problem, validation and plan: what its status and progress need, read cheaply. */
    public PlanRecord getLight(long id) {
        return jdbc.sql("select " + LIGHT_COLUMNS + " from plans where id = ?").param(id).query(PlanRecord.class)
                .optional().orElseThrow(() -> new NotFoundException(Phrase.of("notFound.plan", id)));
    }

    public Optional<PlanRecord> find(long id) {
        return jdbc.sql("select * from plans where id = ?").param(id).query(PlanRecord.class).optional();
    }

    public PlanRecord get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(Phrase.of("notFound.plan", id)));
    }

    /**
     * Plans matching every given filter (null: any), newest first, without their large JSON columns; without a status,
     * invalid and discarded plans are left out.
     */
    public List<PlanRecord> list(LocalDate date, String region, PlanStatus status) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (date != null) {
            where.add("plan_date = ?");
            params.add(date);
        }
        if (region != null) {
            where.add("lower(region) = lower(?)");
            params.add(region);
        }
        if (status != null) {
            where.add("status = ?");
            params.add(status.name());
        } else {
            where.add("status not in ('INVALID', 'DISCARDED')");
        }
        String sql = "select " + LIGHT_COLUMNS + " from plans"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by id desc";
        return jdbc.sql(sql).params(params).query(PlanRecord.class).list();
    }

    /** How many plans of a day (and region) are left out of its list: invalid or discarded. */
    public long hidden(LocalDate date, String region) {
        return region == null
                ? jdbc.sql("select count(*) from plans where plan_date = ? and status in ('INVALID', 'DISCARDED')")
                        .param(date).query(Long.class).single()
                : jdbc.sql("select count(*) from plans where plan_date = ? and lower(region) = lower(?)"
                        + " and status in ('INVALID', 'DISCARDED')").params(date, region).query(Long.class).single();
    }

    public List<Long> idsWithStatus(PlanStatus status) {
        return jdbc.sql("select id from plans where status = ? order by id").param(status.name()).query(Long.class).list();
    }

    public Map<PlanStatus, Long> countByStatus() {
        return jdbc.sql("select status, count(*) as n from plans group by status")
                .query((rs, row) -> Map.entry(PlanStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from plans").query(Long.class).single() == 0;
    }

    public void updateStatus(long id, PlanStatus status) {
        jdbc.sql("update plans set status = ?, updated_at = ? where id = ?").params(status.name(), now(), id).update();
    }

    public void startSolving(long id) {
        OffsetDateTime now = now();
        jdbc.sql("update plans set solving_started_at = ?, solving_ms = 0, updated_at = ? where id = ?")
                .params(now, now, id).update();
    }

    /** A changed day of a queued or solving plan: its problem and validation as they now are. */
    public void replaceProblem(long id, String problemJson, String validationJson) {
        jdbc.sql("update plans set problem_json = ?, validation_json = ?, updated_at = ? where id = ?")
                .params(problemJson, validationJson, now(), id).update();
    }

    public void setTimeLimit(long id, long timeLimitMs) {
        jdbc.sql("update plans set time_limit_ms = ?, updated_at = ? where id = ?").params(timeLimitMs, now(), id).update();
    }

    /** Saves the best plan so far and adds it to the best-score history. */
    public void saveBest(long id, String planJson, String score, long shortageKg, long elapsedMs) {
        OffsetDateTime now = now();
        jdbc.sql("update plans set plan_json = ?, score = ?, shortage_kg = ?, solving_ms = ?, updated_at = ? where id = ?")
                .params(planJson, score, shortageKg, elapsedMs, now, id).update();
        jdbc.sql("insert into best_scores (plan_id, at, elapsed_ms, score, shortage_kg) values (?, ?, ?, ?, ?)")
                .params(id, now, elapsedMs, score, shortageKg).update();
    }

    public List<BestScore> bestScores(long id) {
        return jdbc.sql("select at, elapsed_ms, score, shortage_kg from best_scores where plan_id = ? order by elapsed_ms, at")
                .param(id).query(BestScore.class).list();
    }

    /**
     * Publishes the plan; the database refuses a second published plan for its day and region (a unique key) with a
     * {@link org.springframework.dao.DuplicateKeyException}, whatever instance publishes it.
     */
    public void publish(long id, String user) {
        OffsetDateTime now = now();
        jdbc.sql("update plans set status = ?, published_at = ?, published_by = ?, updated_at = ?,"
                        + " published_key = lower(region) || '|' || cast(plan_date as varchar) where id = ?")
                .params(PlanStatus.PUBLISHED.name(), now, user, now, id).update();
    }

    public void supersede(long id, long by, String reason) {
        jdbc.sql("update plans set status = ?, superseded_by = ?, supersede_reason = ?, updated_at = ?,"
                        + " published_key = null where id = ?")
                .params(PlanStatus.SUPERSEDED.name(), by, reason, now(), id).update();
    }

    /** The published plans of a day (one per region), optionally of one region only; without their JSON. */
    public List<PlanRecord> published(LocalDate date, String region) {
        String sql = "select " + LIGHT_COLUMNS + " from plans where status = ? and plan_date = ?"
                + (region == null ? "" : " and lower(region) = lower(?)") + " order by id";
        List<Object> params = new ArrayList<>(List.of(PlanStatus.PUBLISHED.name(), date));
        if (region != null) {
            params.add(region);
        }
        return jdbc.sql(sql).params(params).query(PlanRecord.class).list();
    }

    /** The days that have plans, latest first, with how many each. */
    public List<PlanDay> days(int limit) {
        return jdbc.sql("select plan_date as date, count(*) as plans from plans group by plan_date"
                + " order by plan_date desc limit ?").param(limit).query(PlanDay.class).list();
    }

    /** The days up to {@code upTo} that have a published plan, latest first. */
    public List<LocalDate> publishedDays(LocalDate upTo, int limit) {
        return jdbc.sql("select distinct plan_date from plans where status = ? and plan_date <= ?"
                + " order by plan_date desc limit ?").params(PlanStatus.PUBLISHED.name(), upTo, limit)
                .query(LocalDate.class).list();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
