package org.oxyalloc.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.ProblemJson;
import org.oxyalloc.text.Phrase;

/**
 * The next day's problem from a day's problem, its plan and what was delivered: tomorrow starts from today's facts.
 * Each hospital's LOX stock is carried over (stock + delivered - the day's use, within its tank, never below 0) and
 * its cylinders too (full + refilled - used; what was used comes back empty); everything else is copied. Nobody
 * reported any of it for the next day, so every carried number is marked as such ({@link Problem.CarriedOver}), with
 * how it was found, for staff to correct before solving.
 * <p>
 * Delivered means recorded where deliveries were recorded: for each planned delivery (a tanker trip's stop, or a
 * hospital's refills at a station) what was recorded for it, else what the plan said, as if delivered in full; and
 * what was recorded besides the plan. The basis says which.
 */
public final class NextDayProblem {

    /**
     * A recorded delivery: LOX unloaded at a tanker trip's stop (tons), or cylinders refilled at a station.
     *
     * @param supplierId the LOX supplier or the refilling station
     * @param tankerId and {@code trip}: the tanker trip of a LOX delivery; null for refills
     * @param amount tons of LOX, or cylinders
     */
    public record Delivered(String hospitalId, String supplierId, String tankerId, Integer trip, boolean lox,
            double amount) {

        /** Which of the hospital's planned deliveries it is. */
        String planned() {
            return lox ? stop(supplierId, tankerId, trip) : supplierId;
        }
    }

    private static String stop(String supplierId, String tankerId, int trip) {
        return supplierId + "/" + tankerId + "#" + trip;
    }

    private NextDayProblem() {
    }

    /**
     * @param planLabel what the plan is called where it is stored, e.g. "plan 14"
     * @param delivered the deliveries recorded for the day (any supplier or hospital the plan does not have is left out)
     * @param locale the language of the basis texts
     */
    public static Problem of(Problem today, Plan plan, String planLabel, List<Delivered> delivered, Locale locale) {
        // Keyed by hospital and planned delivery: one with a recorded delivery counts what was recorded, even 0.
        Map<String, Double> loxRecorded = new HashMap<>();
        Map<String, Double> cylindersRecorded = new HashMap<>();
        for (Delivered d : delivered) {
            (d.lox() ? loxRecorded : cylindersRecorded).merge(d.hospitalId() + "|" + d.planned(), d.amount(), Double::sum);
        }
        Map<String, Map<String, Double>> stops = new HashMap<>();
        for (Plan.SupplierPlan supplier : plan.suppliers()) {
            for (Plan.TankerDay tanker : supplier.tankers() == null ? List.<Plan.TankerDay>of() : supplier.tankers()) {
                for (Plan.TankerTrip trip : tanker.trips()) {
                    trip.stops().forEach(s -> stops.computeIfAbsent(s.hospitalId(), h -> new HashMap<>())
                            .merge(stop(supplier.id(), tanker.id(), trip.number()), s.tons(), Double::sum));
                }
            }
        }
        Map<String, Plan.HospitalPlan> planned = new HashMap<>();
        plan.hospitals().forEach(h -> planned.put(h.id(), h));
        ObjectNode tree = ProblemJson.mapper().valueToTree(today);
        tree.put("date", today.date().plusDays(1).toString());
        tree.remove("baseline");
        String day = today.date().toString();
        for (JsonNode node : tree.withArray("hospitals")) {
            ObjectNode hospital = (ObjectNode) node;
            Plan.HospitalPlan h = planned.get(hospital.path("id").asText());
            if (h != null) {
                carryHospital(hospital, h, stops.getOrDefault(h.id(), Map.of()), loxRecorded, cylindersRecorded, planLabel,
                        day, locale);
            }
        }
        for (JsonNode node : tree.withArray("suppliers")) {
            List<String> fields = new ArrayList<>();
            for (String field : List.of("loxTons", "fleet", "tankers", "refillCylinders")) {
                if (node.hasNonNull(field)) {
                    fields.add(field);
                }
            }
            ((ObjectNode) node).remove("carriedOver");
            if (!fields.isEmpty()) {
                mark((ObjectNode) node, fields, Phrase.of("nextDay.supplier", planLabel, day).text(locale));
            }
        }
        try {
            return ProblemJson.mapper().treeToValue(tree, Problem.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a copied problem no longer reads as a problem", e);
        }
    }

    private static void carryHospital(ObjectNode hospital, Plan.HospitalPlan h, Map<String, Double> loxPlanned,
            Map<String, Double> loxRecorded, Map<String, Double> cylindersRecorded, String planLabel, String day,
            Locale locale) {
        Map<String, Double> refillsPlanned = new HashMap<>();
        for (Plan.Refill refill : h.refills() == null ? List.<Plan.Refill>of() : h.refills()) {
            refillsPlanned.merge(refill.stationId(), (double) refill.cylinders(), Double::sum);
        }
        Received lox = received(h.id(), loxPlanned, loxRecorded);
        Received cylinders = received(h.id(), refillsPlanned, cylindersRecorded);
        int refilled = (int) Math.round(cylinders.amount());
        int recorded = lox.recorded() + cylinders.recorded();
        int deliveries = lox.deliveries() + cylinders.deliveries();

        double tank = h.tankCapacityTons();
        double stock = h.loxStockTons();
        double use = h.loxNeedTonsPerDay();
        double stockAfter = Math.min(tank, Math.max(0, stock + lox.amount() - use));
        int full = hospital.path("fullCylinders").asInt(0);
        int empty = h.emptyCylinders();
        int used = Math.min(h.cylindersNeededPerDay(), full + refilled);
        int fullAfter = full + refilled - used;
        int emptyAfter = Math.max(0, empty - refilled) + used;

        List<String> fields = new ArrayList<>(List.of("occupiedBeds"));
        if (hospital.path("icuBeds").asInt(0) > 0) {
            fields.add("occupiedIcuBeds");
        }
        if (hospital.hasNonNull("loxNeedTonsPerDay")) {
            fields.add("loxNeedTonsPerDay");
        }
        if (tank > 0) {
            fields.add("loxStockTons");
            hospital.put("loxStockTons", tons(stockAfter));
        }
        boolean usesCylinders = h.cylindersNeededPerDay() > 0 || full > 0 || empty > 0 || refilled > 0;
        if (usesCylinders) {
            fields.add("fullCylinders");
            fields.add("emptyCylinders");
            hospital.put("fullCylinders", fullAfter);
            hospital.put("emptyCylinders", emptyAfter);
        }
        if (hospital.hasNonNull("cylindersNeededPerDay")) {
            fields.add("cylindersNeededPerDay");
        }
        Phrase how = Phrase.of(recorded == 0 ? "nextDay.asPlanned" : recorded == deliveries ? "nextDay.asRecorded" : "nextDay.partlyRecorded");
        List<Phrase> parts = new ArrayList<>();
        if (tank > 0) {
            parts.add(Phrase.of("nextDay.lox", tons(stock), tons(lox.amount()), tons(use), tons(stockAfter), tons(tank)));
        }
        if (usesCylinders) {
            parts.add(Phrase.of("nextDay.cylinders", full, refilled, used, fullAfter, emptyAfter));
        }
        String sums = String.join("; ", parts.stream().map(part -> part.text(locale)).toList());
        hospital.remove("carriedOver");
        mark(hospital, fields, Phrase.of("nextDay.hospital", planLabel, day, sums.isEmpty() ? "-" : sums, how).text(locale));
    }

    /** What a hospital received, and of how many planned (or unplanned) deliveries it was recorded. */
    private record Received(double amount, int recorded, int deliveries) {
    }

    /**
     * Per planned delivery what was recorded for it if anything was, else what was planned; and what was recorded
     * besides the plan.
     */
    private static Received received(String hospitalId, Map<String, Double> planned, Map<String, Double> recorded) {
        double amount = 0;
        int fromRecords = 0;
        Set<String> deliveries = new HashSet<>(planned.keySet());
        recorded.keySet().stream().filter(key -> key.startsWith(hospitalId + "|"))
                .forEach(key -> deliveries.add(key.substring(hospitalId.length() + 1)));
        for (String delivery : deliveries) {
            Double record = recorded.get(hospitalId + "|" + delivery);
            if (record != null) {
                fromRecords++;
                amount += record;
            } else {
                amount += planned.get(delivery);
            }
        }
        return new Received(amount, fromRecords, deliveries.size());
    }

    private static void mark(ObjectNode node, List<String> fields, String basis) {
        ObjectNode carried = node.putObject("carriedOver");
        fields.forEach(carried.putArray("fields")::add);
        carried.put("basis", basis);
    }

    private static double tons(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
