package org.oxyalloc.api.delivery;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Recorded deliveries, in SQL that H2 (PostgreSQL mode) and PostgreSQL both run. */
@Repository
class DeliveryRepository {

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a delivery of a plan of the day and region; the unique index on the day's key refuses a second one for the
     * same planned delivery, on this plan or another of the day.
     */
    long insert(Delivery d, LocalDate date, String region) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into deliveries (plan_id, planned_key, day_key, kind, supplier_id, hospital_id, tanker_id,
                                        trip_number, planned, delivered, delivered_at, received_by, variance, note,
                                        recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.planId(), d.plannedKey(), dayKey(date, region, d.plannedKey()),
                        d.kind().name(), d.supplierId(), d.hospitalId(), d.tankerId(),
                        d.tripNumber(), d.planned(), d.delivered(), d.deliveredAt(), d.receivedBy(),
                        d.variance() == null ? null : d.variance().name(), d.note(), d.recordedAt(), d.recordedBy())
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** The planned delivery's record on any plan of its day and region, if there is one. */
    Optional<Delivery> ofDay(LocalDate date, String region, String plannedKey) {
        return jdbc.sql("select * from deliveries where day_key = ?").param(dayKey(date, region, plannedKey))
                .query(Delivery.class).optional();
    }

    private static String dayKey(LocalDate date, String region, String plannedKey) {
        return region.toLowerCase(Locale.ROOT) + "|" + date + "|" + plannedKey;
    }

    Optional<Delivery> find(long id) {
        return jdbc.sql("select * from deliveries where id = ?").param(id).query(Delivery.class).optional();
    }

    /** Every delivery recorded for a day and region, on whichever of its plans (a superseded one's included). */
    List<Delivery> ofDay(LocalDate date, String region) {
        return jdbc.sql("""
                select d.* from deliveries d join plans p on p.id = d.plan_id
                where p.plan_date = ? and lower(p.region) = lower(?) order by d.id""")
                .params(date, region).query(Delivery.class).list();
    }

    /** Marks a delivery as confirmed by its hospital; false when it already was (by someone else meanwhile). */
    boolean confirm(long id, OffsetDateTime at, String by) {
        return jdbc.sql("update deliveries set confirmed_at = ?, confirmed_by = ? where id = ? and confirmed_at is null")
                .params(at, by, id).update() == 1;
    }
}
