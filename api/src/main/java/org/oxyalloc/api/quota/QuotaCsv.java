package org.oxyalloc.api.quota;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.oxyalloc.plan.Plan;

/** Quotas as CSV (RFC 4180) for spreadsheets: one row per LOX quota or refill, for one hospital or a whole plan. */
final class QuotaCsv {

    private static final String HEADER = "hospitalId,hospitalName,kind,supplierId,supplierName,postId,postName,"
            + "loxTons,tankerTrips,cylinders,km,hours\r\n";

    private QuotaCsv() {
    }

    static String write(List<Plan.HospitalPlan> hospitals) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (Plan.HospitalPlan h : hospitals) {
            for (Plan.Quota q : h.quotas()) {
                row(csv, h.id(), h.name(), "lox", q.supplierId(), q.supplierName(), "", "", number(q.tons()),
                        String.valueOf(q.trips()), "", number(q.km()), number(q.hours()));
            }
            for (Plan.Refill r : h.refills()) {
                row(csv, h.id(), h.name(), "refill", r.stationId(), r.stationName(), r.postId(), r.postName(), "", "",
                        String.valueOf(r.cylinders()), number(r.km()), number(r.hours()));
            }
        }
        return csv.toString();
    }

    /** One RFC 4180 row: fields quoted where they must be. */
    static void row(StringBuilder csv, String... fields) {
        csv.append(Stream.of(fields).map(QuotaCsv::field).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%s", value);
    }
}
