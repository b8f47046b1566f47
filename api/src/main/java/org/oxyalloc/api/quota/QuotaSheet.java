package org.oxyalloc.api.quota;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.oxyalloc.api.spreadsheet.Csv;
import org.oxyalloc.api.spreadsheet.Workbooks;
import org.oxyalloc.plan.Plan;

/**
 * Quotas for spreadsheets, for one hospital or a whole plan: one row per LOX quota or refill, and one for a hospital
 * that gets neither, each row with its hospital's request and what is left short, so that no shortage is hidden; as
 * CSV or as an XLSX workbook with a second sheet of one row per hospital.
 */
final class QuotaSheet {

    static final List<String> HEADERS = List.of("hospitalId", "hospitalName", "kind", "supplierId", "supplierName",
            "postId", "postName", "loxTons", "tankerTrips", "cylinders", "km", "hours", "regency",
            "hospitalLoxRequestTons", "hospitalLoxShortageTons", "hospitalCylinderRequest", "hospitalCylinderShortage");
    static final List<String> HOSPITAL_HEADERS = List.of("hospitalId", "hospitalName", "regency", "priority",
            "loxRequestTons", "loxReceivedTons", "loxShortageTons", "cylinderRequest", "cylindersRefilled",
            "cylinderShortage", "coverageDaysBefore", "coverageDaysAfter");

    private QuotaSheet() {
    }

    static List<List<Object>> rows(List<Plan.HospitalPlan> hospitals) {
        List<List<Object>> rows = new ArrayList<>();
        for (Plan.HospitalPlan h : hospitals) {
            List<Object> tail = List.of(h.regency(), h.loxRequestTons(), h.loxShortageTons(), h.cylinderRequest(),
                    h.cylinderShortage());
            for (Plan.Quota q : h.quotas()) {
                rows.add(row(List.of(h.id(), h.name(), "lox"), cells(q.supplierId(), q.supplierName(), null, null,
                        q.tons(), q.trips(), null, q.km(), q.hours()), tail));
            }
            for (Plan.Refill r : h.refills()) {
                rows.add(row(List.of(h.id(), h.name(), "refill"), cells(r.stationId(), r.stationName(), r.postId(),
                        r.postName(), null, null, r.cylinders(), r.km(), r.hours()), tail));
            }
            if (h.quotas().isEmpty() && h.refills().isEmpty()) {
                rows.add(row(List.of(h.id(), h.name(), "none"), cells(null, null, null, null, null, null, null, null,
                        null), tail));
            }
        }
        return rows;
    }

    static String csv(List<Plan.HospitalPlan> hospitals) {
        return Csv.write(HEADERS, rows(hospitals));
    }

    static byte[] xlsx(List<Plan.HospitalPlan> hospitals) {
        List<List<Object>> perHospital = new ArrayList<>();
        for (Plan.HospitalPlan h : hospitals) {
            perHospital.add(cells(h.id(), h.name(), h.regency(), h.priority(), h.loxRequestTons(), h.loxReceivedTons(),
                    h.loxShortageTons(), h.cylinderRequest(), h.cylindersRefilled(), h.cylinderShortage(),
                    h.coverageDaysBefore(), h.coverageDaysAfter()));
        }
        return Workbooks.write(List.of(new Workbooks.SheetContent("quotas", HEADERS, rows(hospitals)),
                new Workbooks.SheetContent("hospitals", HOSPITAL_HEADERS, perHospital)));
    }

    private static List<Object> row(List<Object> head, List<Object> middle, List<Object> tail) {
        List<Object> row = new ArrayList<>(head);
        row.addAll(middle);
        row.addAll(tail);
        return row;
    }

    /** A list that, unlike List.of, holds empty cells. */
    private static List<Object> cells(Object... values) {
        return Arrays.asList(values);
    }
}
