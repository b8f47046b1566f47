package org.oxyalloc.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.ProblemJson;
import org.oxyalloc.text.Phrase;

/**
 * The hospitals' morning reports, and a day's problem with them: what a hospital reported replaces what the problem
 * carried over or estimated for it, and is no longer marked as carried over; a hospital that did not report keeps its
 * carried numbers and their mark ({@link Problem.CarriedOver}), which the plan warns of.
 */
public final class ReportedDay {

    /** The format's limits (see {@link Problem.Hospital}); {@link #MAX_COUNT} the largest of them. */
    public static final double MAX_TONS = 1_000;
    static final int MAX_BEDS = 20_000;
    static final int MAX_CYLINDERS = 100_000;
    public static final int MAX_COUNT = MAX_CYLINDERS;

    /**
     * A hospital's report: its LOX stock, occupied beds (ICU included) and occupied ICU beds, empty and full 6 m³
     * cylinders, and optionally its own LOX need; null where not reported (occupied beds are always reported).
     */
    public record Report(String hospitalId, Double loxStockTons, Integer occupiedBeds, Integer occupiedIcuBeds,
            Integer emptyCylinders, Integer fullCylinders, Double loxNeedTonsPerDay) {

        /** The reported fields by their names in the problem format, in the format's order. */
        Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("occupiedBeds", occupiedBeds);
            fields.put("occupiedIcuBeds", occupiedIcuBeds);
            fields.put("loxStockTons", loxStockTons);
            fields.put("loxNeedTonsPerDay", loxNeedTonsPerDay);
            fields.put("emptyCylinders", emptyCylinders);
            fields.put("fullCylinders", fullCylinders);
            fields.values().removeIf(value -> value == null);
            return fields;
        }
    }

    /** A reported number that is out of range or contradicts the report or the hospital. */
    public record Contradiction(String field, Object value, Phrase why) {
    }

    private ReportedDay() {
    }

    /** What is wrong with a report of this hospital, field by field; empty when nothing is. */
    public static List<Contradiction> check(Report report, Problem.Hospital hospital) {
        List<Contradiction> wrong = new ArrayList<>();
        tons(wrong, "loxStockTons", report.loxStockTons());
        tons(wrong, "loxNeedTonsPerDay", report.loxNeedTonsPerDay());
        if (report.occupiedBeds() == null) {
            wrong.add(new Contradiction("occupiedBeds", null, Phrase.of("report.required")));
        }
        count(wrong, "occupiedBeds", report.occupiedBeds(), MAX_BEDS);
        count(wrong, "occupiedIcuBeds", report.occupiedIcuBeds(), MAX_BEDS);
        count(wrong, "emptyCylinders", report.emptyCylinders(), MAX_CYLINDERS);
        count(wrong, "fullCylinders", report.fullCylinders(), MAX_CYLINDERS);
        // A field out of range is wrong once: against the hospital only the numbers in range are checked.
        Set<String> outOfRange = new HashSet<>();
        wrong.forEach(w -> outOfRange.add(w.field()));
        double tank = hospital.tankCapacityTonsOrZero();
        if (!outOfRange.contains("loxStockTons") && report.loxStockTons() != null && report.loxStockTons() > tank) {
            wrong.add(new Contradiction("loxStockTons", report.loxStockTons(),
                    tank == 0 ? Phrase.of("report.noTank") : Phrase.of("report.aboveTank", tank)));
        }
        // As the problem format has it: a hospital without a tank has no LOX need.
        if (!outOfRange.contains("loxNeedTonsPerDay") && report.loxNeedTonsPerDay() != null
                && report.loxNeedTonsPerDay() > 0 && tank == 0) {
            wrong.add(new Contradiction("loxNeedTonsPerDay", report.loxNeedTonsPerDay(), Phrase.of("report.noTank")));
        }
        Integer occupied = outOfRange.contains("occupiedBeds") ? null : report.occupiedBeds();
        if (occupied != null && occupied > hospital.beds()) {
            wrong.add(new Contradiction("occupiedBeds", report.occupiedBeds(), Phrase.of("report.aboveBeds", hospital.beds())));
        }
        Integer icu = outOfRange.contains("occupiedIcuBeds") ? null : report.occupiedIcuBeds();
        int icuBeds = hospital.icuBeds() == null ? 0 : hospital.icuBeds();
        if (icu != null && icu > icuBeds) {
            wrong.add(new Contradiction("occupiedIcuBeds", icu, Phrase.of("report.aboveIcuBeds", icuBeds)));
        } else if (icu != null && occupied != null && icu > occupied) {
            wrong.add(new Contradiction("occupiedIcuBeds", icu, Phrase.of("report.aboveOccupied", occupied)));
        } else if (icu == null && report.occupiedIcuBeds() == null && occupied != null
                && hospital.occupiedIcuBeds() != null && occupied < hospital.occupiedIcuBeds()) {
            // ICU not reported: the day keeps the ICU patients it had, which the occupied beds must count.
            wrong.add(new Contradiction("occupiedBeds", occupied,
                    Phrase.of("report.belowIcu", hospital.occupiedIcuBeds())));
        }
        return wrong;
    }

    private static void tons(List<Contradiction> wrong, String field, Double tons) {
        if (tons != null && (!Double.isFinite(tons) || tons < 0 || tons > MAX_TONS)) {
            wrong.add(new Contradiction(field, tons, Phrase.of("report.tons", MAX_TONS)));
        }
    }

    private static void count(List<Contradiction> wrong, String field, Integer count, int max) {
        if (count != null && (count < 0 || count > max)) {
            wrong.add(new Contradiction(field, count, Phrase.of("report.count", max)));
        }
    }

    /**
     * The day with each reporting hospital's numbers in place of those it had, its reported fields no longer marked
     * as carried over. Reports of hospitals the day does not have are left out.
     */
    public static Problem apply(Problem day, List<Report> reports) {
        Map<String, Report> byHospital = new HashMap<>();
        reports.forEach(report -> byHospital.put(report.hospitalId(), report));
        ObjectNode tree = ProblemJson.mapper().valueToTree(day);
        for (JsonNode node : tree.withArray("hospitals")) {
            Report report = byHospital.get(node.path("id").asText());
            if (report != null) {
                ObjectNode hospital = (ObjectNode) node;
                Map<String, Object> fields = report.fields();
                fields.forEach((field, value) -> hospital.set(field, ProblemJson.mapper().valueToTree(value)));
                unmark(hospital, fields.keySet());
            }
        }
        try {
            return ProblemJson.mapper().treeToValue(tree, Problem.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a reported day no longer reads as a problem", e);
        }
    }

    private static void unmark(ObjectNode hospital, Set<String> reported) {
        JsonNode carried = hospital.path("carriedOver");
        if (!carried.isObject()) {
            return;
        }
        ArrayNode fields = ((ObjectNode) carried).withArray("fields");
        for (int i = fields.size() - 1; i >= 0; i--) {
            if (reported.contains(fields.get(i).asText())) {
                fields.remove(i);
            }
        }
        if (fields.isEmpty()) {
            hospital.remove("carriedOver");
        }
    }
}
