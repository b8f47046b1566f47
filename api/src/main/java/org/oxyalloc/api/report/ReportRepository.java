package org.oxyalloc.api.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.ProblemJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Hospital reports, in SQL that H2 (PostgreSQL mode) and PostgreSQL both run. */
@Repository
class ReportRepository {

    /** The most recent stored problems of a region that mention a hospital, read to find it. */
    private static final int READ = 5;
    /**
     * The most recent plans searched for a hospital's id: a text search of whole problems (road networks inlined),
     * bounded so that a hospital's page does not read every plan ever stored.
     */
    private static final int SEARCHED = 200;

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(HospitalReport r) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into hospital_reports (region, report_date, hospital_id, lox_stock_tons, occupied_beds,
                                              occupied_icu_beds, empty_cylinders, full_cylinders, lox_need_tons_per_day,
                                              reported_at, reported_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.region(), r.date(), r.hospitalId(), r.loxStockTons(), r.occupiedBeds(), r.occupiedIcuBeds(),
                        r.emptyCylinders(), r.fullCylinders(), r.loxNeedTonsPerDay(), r.reportedAt(), r.reportedBy())
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Each hospital's latest report of the day and region, by hospital id. */
    List<HospitalReport> latestOfDay(LocalDate date, String region) {
        return jdbc.sql("""
                select * from hospital_reports r where r.report_date = ? and lower(r.region) = lower(?)
                and r.id = (select max(l.id) from hospital_reports l where l.report_date = r.report_date
                            and lower(l.region) = lower(r.region) and l.hospital_id = r.hospital_id)
                order by r.hospital_id""")
                .params(date, region)
                .query((rs, n) -> new HospitalReport(rs.getLong("id"), rs.getString("region"),
                        rs.getObject("report_date", LocalDate.class), rs.getString("hospital_id"),
                        rs.getObject("lox_stock_tons", Double.class), rs.getInt("occupied_beds"),
                        rs.getObject("occupied_icu_beds", Integer.class),
                        rs.getObject("empty_cylinders", Integer.class),
                        rs.getObject("full_cylinders", Integer.class),
                        rs.getObject("lox_need_tons_per_day", Double.class),
                        rs.getObject("reported_at", OffsetDateTime.class), rs.getString("reported_by")))
                .list();
    }

    /** The region of the most recent stored problem (of the last {@link #SEARCHED} plans) that has the hospital. */
    Optional<String> regionOf(String hospitalId) {
        for (Map<String, Object> row : jdbc.sql("""
                select region, problem_json from plans where status not in ('INVALID', 'DISCARDED')
                and id in (select id from plans order by id desc limit ?)
                and problem_json like ? escape '!' order by plan_date desc, id desc limit ?""")
                .params(SEARCHED, mentioning(hospitalId), READ).query().listOfRows()) {
            if (hospitalIn((String) row.get("problem_json"), hospitalId).isPresent()) {
                return Optional.of((String) row.get("region"));
            }
        }
        return Optional.empty();
    }

    /**
     * The hospital as the region's most recent stored problem that has it (of any status but invalid or discarded),
     * the beds and tank its report is checked against.
     */
    Optional<Problem.Hospital> hospitalOfRegion(String region, String hospitalId) {
        List<String> problems = jdbc.sql("""
                select problem_json from plans where lower(region) = lower(?) and status not in ('INVALID', 'DISCARDED')
                and id in (select id from plans where lower(region) = lower(?) order by id desc limit ?)
                and problem_json like ? escape '!' order by plan_date desc, id desc limit ?""")
                .params(region, region, SEARCHED, mentioning(hospitalId), READ).query(String.class).list();
        return problems.stream().map(problem -> hospitalIn(problem, hospitalId)).flatMap(Optional::stream).findFirst();
    }

    /** A LIKE pattern for a problem's JSON that mentions the id as a string. */
    private static String mentioning(String id) {
        return "%\"" + id.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "\"%";
    }

    /** The hospital in a stored problem's JSON, if it is there (the text search also finds other uses of the id). */
    private static Optional<Problem.Hospital> hospitalIn(String problem, String hospitalId) {
        try {
            for (JsonNode hospital : ProblemJson.mapper().readTree(problem).path("hospitals")) {
                if (hospitalId.equals(hospital.path("id").asText())) {
                    return Optional.of(ProblemJson.mapper().treeToValue(hospital, Problem.Hospital.class));
                }
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored problem is unreadable", e);
        }
    }
}
