package org.oxyalloc.api.tuning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.oxyalloc.plan.Plan;

/** Two plans side by side: their totals, and per hospital what each gives and the difference (other minus base). */
record PlanComparison(long baseId, long otherId, String baseScore, String otherScore, Plan.Totals baseTotals,
        Plan.Totals otherTotals, List<HospitalDifference> hospitals) {

    /** A hospital in both, either or one of the plans (null where absent). */
    record HospitalDifference(String id, String name, Double baseLoxTons, Double otherLoxTons, double loxTonsDifference,
            Integer baseCylinders, Integer otherCylinders, int cylindersDifference, Double baseShortageTons,
            Double otherShortageTons) {
    }

    static PlanComparison of(long baseId, Plan base, long otherId, Plan other) {
        Map<String, Plan.HospitalPlan[]> pairs = new LinkedHashMap<>();
        base.hospitals().forEach(h -> pairs.computeIfAbsent(h.id(), id -> new Plan.HospitalPlan[2])[0] = h);
        other.hospitals().forEach(h -> pairs.computeIfAbsent(h.id(), id -> new Plan.HospitalPlan[2])[1] = h);
        List<HospitalDifference> hospitals = new ArrayList<>();
        pairs.forEach((id, pair) -> {
            Plan.HospitalPlan a = pair[0];
            Plan.HospitalPlan b = pair[1];
            double loxA = a == null ? 0 : a.loxReceivedTons();
            double loxB = b == null ? 0 : b.loxReceivedTons();
            int cylA = a == null ? 0 : a.cylindersRefilled();
            int cylB = b == null ? 0 : b.cylindersRefilled();
            hospitals.add(new HospitalDifference(id, (a != null ? a : b).name(), a == null ? null : loxA,
                    b == null ? null : loxB, Math.round((loxB - loxA) * 1000) / 1000.0, a == null ? null : cylA,
                    b == null ? null : cylB, cylB - cylA, a == null ? null : shortage(a), b == null ? null : shortage(b)));
        });
        return new PlanComparison(baseId, otherId, base.score(), other.score(), base.totals(), other.totals(), hospitals);
    }

    /** LOX and cylinders (8 kg each) short, in tons. */
    private static double shortage(Plan.HospitalPlan h) {
        return Math.round((h.loxShortageTons() + h.cylinderShortage() * 0.008) * 1000) / 1000.0;
    }
}
