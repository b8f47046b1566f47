package org.oxyalloc.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.oxyalloc.problem.Problem;
import org.oxyalloc.text.Phrase;

/**
 * Why a hospital's quota differs between two plans of a day, e.g. the published plan and its re-plan: what changed
 * in the day that touches it (its own need or stock, a supplier or station of the quotas that changed, a shuttle, the
 * roads), or, when nothing of its own changed, which hospitals the change left short that its oxygen went to and what
 * changed elsewhere in the day. In words, for the hospital and the task force that must defend the change ("quota from PT Pusri cut because PT Pusri's
 * LOX fell from 36 t to 20 t").
 */
public final class QuotaChangeCauses {

    /** A hospital's own numbers that a disruption may change, in the order they are said. */
    private static final List<String> OWN_FIELDS = List.of("loxNeedTonsPerDay", "loxStockTons", "tankCapacityTons",
            "emptyCylinders", "fullCylinders", "cylindersNeededPerDay", "occupiedBeds", "occupiedIcuBeds");
    /** Hospitals named as where the oxygen went, at most. */
    private static final int OTHERS_NAMED = 3;
    private static final double TONS_SAME = 0.0005;

    private QuotaChangeCauses() {
    }

    /**
     * @return for each hospital whose LOX quotas or refills differ between the plans, why; in the order of the later
     *         plan's hospitals
     */
    public static Map<String, List<Phrase>> of(Problem before, Plan beforePlan, Problem after, Plan afterPlan) {
        Map<String, Problem.Hospital> hospitalsBefore = byId(before.hospitals(), Problem.Hospital::id);
        Map<String, Problem.Hospital> hospitalsAfter = byId(after.hospitals(), Problem.Hospital::id);
        Map<String, Problem.Supplier> suppliersBefore = byId(before.suppliers(), Problem.Supplier::id);
        Map<String, Problem.Supplier> suppliersAfter = byId(after.suppliers(), Problem.Supplier::id);
        Map<String, Problem.CollectionPost> postsBefore = byId(before.effectiveCollectionPosts(), Problem.CollectionPost::id);
        Map<String, Plan.HospitalPlan> planBefore = byId(beforePlan.hospitals(), Plan.HospitalPlan::id);
        boolean roadsChanged = !Objects.equals(before.roadNetwork(), after.roadNetwork());
        // What changed in the day besides hospitals, said where nothing of a hospital's own quotas changed.
        List<Phrase> dayChanges = new ArrayList<>();
        suppliersAfter.forEach((id, supplier) -> {
            supplierChanges(suppliersBefore.get(id), supplier, dayChanges);
            stationChanges(id, suppliersBefore, suppliersAfter, postsBefore, after, dayChanges);
        });
        if (roadsChanged) {
            dayChanges.add(Phrase.of("change.why.roads"));
        }
        // A what-if: the same day under other weights or settings.
        Map<String, Long> weightsBefore = weights(before);
        Map<String, Long> weightsAfter = weights(after);
        Set<String> reweighed = new TreeSet<>(weightsBefore.keySet());
        reweighed.addAll(weightsAfter.keySet());
        reweighed.removeIf(rule -> Objects.equals(weightsBefore.get(rule), weightsAfter.get(rule)));
        if (!reweighed.isEmpty()) {
            dayChanges.add(Phrase.of("change.why.weights", String.join(", ", reweighed)));
        }
        Problem.Settings settingsBefore = before.effectiveSettings();
        Problem.Settings settingsAfter = after.effectiveSettings();
        if (!Objects.equals(withoutWeights(settingsBefore), withoutWeights(settingsAfter))) {
            dayChanges.add(Phrase.of("change.why.settings"));
        }
        Set<String> changedThemselves = new LinkedHashSet<>();
        hospitalsAfter.forEach((id, hospital) -> {
            if (!hospitalsBefore.containsKey(id) || !ownChanges(hospitalsBefore.get(id), hospital).isEmpty()) {
                changedThemselves.add(hospital.name());
            }
        });

        Map<String, List<Phrase>> causes = new LinkedHashMap<>();
        for (Plan.HospitalPlan now : afterPlan.hospitals()) {
            Plan.HospitalPlan then = planBefore.get(now.id());
            Map<String, Double> loxThen = lox(then);
            Map<String, Double> loxNow = lox(now);
            Map<String, Integer> refillsThen = refills(then);
            Map<String, Integer> refillsNow = refills(now);
            Set<String> suppliers = changed(loxThen, loxNow);
            Set<String> stations = new LinkedHashSet<>(refillsThen.keySet());
            stations.addAll(refillsNow.keySet());
            stations.removeIf(s -> Objects.equals(refillsThen.get(s), refillsNow.get(s)));
            if (suppliers.isEmpty() && stations.isEmpty()) {
                continue;
            }
            List<Phrase> why = new ArrayList<>();
            Problem.Hospital own = hospitalsBefore.get(now.id());
            if (own == null) {
                why.add(Phrase.of("change.why.new"));
            } else {
                why.addAll(ownChanges(own, hospitalsAfter.get(now.id())));
            }
            for (String id : suppliers) {
                supplierChanges(suppliersBefore.get(id), suppliersAfter.get(id), why);
            }
            for (String id : stations) {
                stationChanges(id, suppliersBefore, suppliersAfter, postsBefore, after, why);
            }
            if (roadsChanged) {
                why.add(Phrase.of("change.why.roads"));
            }
            if (why.isEmpty()) {
                // Nothing of its own: its oxygen went to hospitals whose day changed, or the day changed elsewhere.
                List<String> others = changedThemselves.stream().filter(name -> !name.equals(now.name()))
                        .limit(OTHERS_NAMED).toList();
                if (!others.isEmpty()) {
                    why.add(Phrase.of("change.why.others", String.join(", ", others)));
                }
                why.addAll(dayChanges);
                if (why.isEmpty()) {
                    why.add(Phrase.of("change.why.search"));
                }
            }
            causes.put(now.id(), why);
        }
        return causes;
    }

    private static List<Phrase> ownChanges(Problem.Hospital before, Problem.Hospital after) {
        Map<String, Object> a = fields(before);
        Map<String, Object> b = fields(after);
        List<Phrase> changes = new ArrayList<>();
        for (String field : OWN_FIELDS) {
            if (!Objects.equals(a.get(field), b.get(field))) {
                changes.add(Phrase.of("change.why.own", Phrase.of("change.field." + field), number(a.get(field)),
                        number(b.get(field))));
            }
        }
        return changes;
    }

    private static void supplierChanges(Problem.Supplier before, Problem.Supplier after, List<Phrase> why) {
        if (before == null || after == null) {
            return;
        }
        if (Math.abs(before.loxTonsOrZero() - after.loxTonsOrZero()) > TONS_SAME) {
            why.add(Phrase.of("change.why.supplierLox", after.name(), before.loxTonsOrZero(), after.loxTonsOrZero()));
        }
        if (before.effectiveTankers().size() != after.effectiveTankers().size()) {
            why.add(Phrase.of("change.why.tankers", after.name(), before.effectiveTankers().size(),
                    after.effectiveTankers().size()));
        }
    }

    /** A station's refills changed, and the shuttles of its posts. */
    private static void stationChanges(String id, Map<String, Problem.Supplier> before, Map<String, Problem.Supplier> after,
            Map<String, Problem.CollectionPost> postsBefore, Problem day, List<Phrase> why) {
        Problem.Supplier a = before.get(id);
        Problem.Supplier b = after.get(id);
        if (a != null && b != null && a.refillCylindersOrZero() != b.refillCylindersOrZero()) {
            why.add(Phrase.of("change.why.station", b.name(), a.refillCylindersOrZero(), b.refillCylindersOrZero()));
        }
        for (Problem.CollectionPost post : day.effectiveCollectionPosts()) {
            Problem.CollectionPost earlier = postsBefore.get(post.id());
            if (post.stationId().equals(id) && earlier != null && earlier.trucks() != post.trucks()) {
                why.add(Phrase.of("change.why.post", post.name(), earlier.trucks(), post.trucks()));
            }
        }
    }

    /** The suppliers whose tons differ. */
    private static Set<String> changed(Map<String, Double> then, Map<String, Double> now) {
        Set<String> suppliers = new LinkedHashSet<>(now.keySet());
        suppliers.addAll(then.keySet());
        suppliers.removeIf(s -> Math.abs(then.getOrDefault(s, 0.0) - now.getOrDefault(s, 0.0)) <= TONS_SAME);
        return suppliers;
    }

    private static Map<String, Double> lox(Plan.HospitalPlan hospital) {
        return hospital == null || hospital.quotas() == null ? Map.of() : hospital.quotas().stream()
                .collect(Collectors.toMap(Plan.Quota::supplierId, Plan.Quota::tons, Double::sum, LinkedHashMap::new));
    }

    private static Map<String, Integer> refills(Plan.HospitalPlan hospital) {
        return hospital == null || hospital.refills() == null ? Map.of() : hospital.refills().stream()
                .collect(Collectors.toMap(Plan.Refill::stationId, Plan.Refill::cylinders, Integer::sum, LinkedHashMap::new));
    }

    /** An absent number is 0, as the format's defaults say. */
    private static Number number(Object value) {
        return value instanceof Number n ? n : 0;
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }

    private static Map<String, Long> weights(Problem day) {
        Map<String, Long> weights = day.effectiveSettings().constraintWeights();
        return weights == null ? Map.of() : weights;
    }

    /** The settings but the weights (and the time limit, which changes no plan's rules). */
    private static List<Object> withoutWeights(Problem.Settings s) {
        return Arrays.asList(s.coverageDays(), s.maxTravelHours(), s.loxLotTons(), s.refillBatchCylinders(),
                s.travel(), s.priority(), s.needEstimation(), s.tankerTrips());
    }

    /** A hospital's numbers by field name, as the format writes them. */
    private static Map<String, Object> fields(Problem.Hospital hospital) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("loxNeedTonsPerDay", hospital.loxNeedTonsPerDay());
        fields.put("loxStockTons", hospital.loxStockTonsOrZero());
        fields.put("tankCapacityTons", hospital.tankCapacityTonsOrZero());
        fields.put("emptyCylinders", hospital.emptyCylindersOrZero());
        fields.put("fullCylinders", hospital.fullCylindersOrZero());
        fields.put("cylindersNeededPerDay", hospital.cylindersNeededPerDay());
        fields.put("occupiedBeds", hospital.occupiedBeds());
        fields.put("occupiedIcuBeds", hospital.occupiedIcuBedsOrZero());
        return fields;
    }
}
