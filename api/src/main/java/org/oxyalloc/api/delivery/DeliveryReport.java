package org.oxyalloc.api.delivery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.oxyalloc.api.spreadsheet.Csv;
import org.oxyalloc.api.spreadsheet.Workbooks;
import org.oxyalloc.plan.Plan;

/**
 * Planned against delivered for a day and region: per hospital and per supplier, the tons and cylinders the plan
 * promised and those recorded as delivered, how many planned deliveries are recorded and confirmed, and the variance
 * reasons given. Deliveries not yet recorded count as not delivered: the counts say how many are outstanding.
 *
 * @param planId the plan whose quotas are the planned figures
 */
public record DeliveryReport(long planId, String region, LocalDate date, List<Row> hospitals, List<Row> suppliers,
        List<Delivery> deliveries) {

    /**
     * One hospital or supplier.
     *
     * @param planned planned deliveries (tanker stops and refills); {@code recorded} and {@code confirmed} of them
     *        as recorded and as confirmed by the hospital
     */
    public record Row(String id, String name, double plannedTons, double deliveredTons, int plannedCylinders,
            int refilledCylinders, int planned, int recorded, int confirmed, Set<Variance> variances) {

        /** What is missing against the plan (negative: more than planned). */
        @JsonProperty
        public double tonsShort() {
            return Math.round((plannedTons - deliveredTons) * 1000) / 1000.0;
        }

        @JsonProperty
        public int cylindersShort() {
            return plannedCylinders - refilledCylinders;
        }
    }

    static final List<String> HEADERS = List.of("per", "id", "name", "plannedTons", "deliveredTons", "tonsShort",
            "plannedCylinders", "refilledCylinders", "cylindersShort", "plannedDeliveries", "recordedDeliveries",
            "confirmedDeliveries", "variances");
    static final List<String> DELIVERY_HEADERS = List.of("deliveryId", "planId", "kind", "supplierId", "hospitalId",
            "tankerId", "trip", "planned", "delivered", "deliveredAt", "receivedBy", "variance", "note", "recordedBy",
            "confirmedAt", "confirmedBy");

    /** Rows kept by id in the plan's order, filled as deliveries come. */
    private static final class Tally {
        final String name;
        double plannedTons;
        double deliveredTons;
        int plannedCylinders;
        int refilledCylinders;
        int planned;
        int recorded;
        int confirmed;
        final Set<Variance> variances = new LinkedHashSet<>();

        Tally(String name) {
            this.name = name;
        }

        Row row(String id) {
            return new Row(id, name, round(plannedTons), round(deliveredTons), plannedCylinders, refilledCylinders,
                    planned, recorded, confirmed, variances);
        }
    }

    static DeliveryReport of(long planId, Plan plan, List<Delivery> deliveries) {
        Map<String, Tally> hospitals = new LinkedHashMap<>();
        Map<String, Tally> suppliers = new LinkedHashMap<>();
        plan.hospitals().forEach(h -> hospitals.put(h.id(), new Tally(h.name())));
        plan.suppliers().forEach(s -> suppliers.put(s.id(), new Tally(s.name())));
        for (PlannedDelivery p : PlannedDelivery.of(plan)) {
            for (Tally tally : List.of(hospitals.get(p.hospitalId()), suppliers.get(p.supplierId()))) {
                tally.planned++;
                if (p.kind() == DeliveryKind.LOX) {
                    tally.plannedTons += p.planned();
                } else {
                    tally.plannedCylinders += (int) p.planned();
                }
            }
        }
        for (Delivery d : deliveries) {
            // A hospital or supplier that a re-plan dropped still shows what it delivered that day.
            Tally hospital = hospitals.computeIfAbsent(d.hospitalId(), Tally::new);
            Tally supplier = suppliers.computeIfAbsent(d.supplierId(), Tally::new);
            for (Tally tally : List.of(hospital, supplier)) {
                tally.recorded++;
                tally.confirmed += d.confirmedAt() == null ? 0 : 1;
                if (d.kind() == DeliveryKind.LOX) {
                    tally.deliveredTons += d.delivered();
                } else {
                    tally.refilledCylinders += (int) d.delivered();
                }
                if (d.variance() != null) {
                    tally.variances.add(d.variance());
                }
            }
        }
        return new DeliveryReport(planId, plan.region(), plan.date(), rows(hospitals), rows(suppliers), deliveries);
    }

    private static List<Row> rows(Map<String, Tally> tallies) {
        return tallies.entrySet().stream().filter(e -> e.getValue().planned + e.getValue().recorded > 0)
                .map(e -> e.getValue().row(e.getKey())).toList();
    }

    /** One CSV: the hospitals' rows, then the suppliers', told apart by the column per. */
    String csv() {
        List<List<Object>> rows = new ArrayList<>();
        hospitals.forEach(row -> rows.add(cells("hospital", row)));
        suppliers.forEach(row -> rows.add(cells("supplier", row)));
        return Csv.write(HEADERS, rows);
    }

    /** A workbook with a sheet of hospitals, one of suppliers, and one of every recorded delivery. */
    byte[] xlsx() {
        List<List<Object>> recorded = deliveries.stream().map(d -> Arrays.<Object>asList(d.id(), d.planId(),
                d.kind().name(), d.supplierId(), d.hospitalId(), d.tankerId(), d.tripNumber(), d.planned(), d.delivered(),
                d.deliveredAt().toString(), d.receivedBy(), d.variance() == null ? null : d.variance().name(), d.note(),
                d.recordedBy(), d.confirmedAt() == null ? null : d.confirmedAt().toString(), d.confirmedBy())).toList();
        Function<List<Row>, List<List<Object>>> sheet = rows -> rows.stream().map(row -> cells(null, row).subList(1,
                HEADERS.size())).toList();
        return Workbooks.write(List.of(
                new Workbooks.SheetContent("hospitals", HEADERS.subList(1, HEADERS.size()), sheet.apply(hospitals)),
                new Workbooks.SheetContent("suppliers", HEADERS.subList(1, HEADERS.size()), sheet.apply(suppliers)),
                new Workbooks.SheetContent("deliveries", DELIVERY_HEADERS, recorded)));
    }

    private static List<Object> cells(String per, Row row) {
        return Arrays.asList(per, row.id(), row.name(), row.plannedTons(), row.deliveredTons(), row.tonsShort(),
                row.plannedCylinders(), row.refilledCylinders(), row.cylindersShort(), row.planned(), row.recorded(),
                row.confirmed(), String.join("; ", row.variances().stream().map(Enum::name).toList()));
    }

    private static double round(double tons) {
        return Math.round(tons * 1000) / 1000.0;
    }
}
