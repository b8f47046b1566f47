package org.oxyalloc.api.tuning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.oxyalloc.api.plan.PlanRecord;
import org.oxyalloc.api.plan.PlanService;
import org.oxyalloc.domain.Oxygen;
import org.oxyalloc.plan.Plan;
import org.oxyalloc.plan.QuotaChangeCauses;
import org.oxyalloc.text.Phrase;

/**
 * Two plans side by side: their totals, each constraint's score, and per hospital what each gives and the difference
 * (other minus base), the hospitals that changed most first, each whose quotas changed with why
 * ({@link QuotaChangeCauses}: e.g. a re-plan's disruption).
 */
record PlanComparison(long baseId, long otherId, String baseScore, String otherScore, Plan.Totals baseTotals,
        Plan.Totals otherTotals, List<ConstraintDifference> constraints, List<HospitalDifference> hospitals) {

    private static final double TONS_PER_CYLINDER = Oxygen.KG_PER_CYLINDER / 1000.0;

    /** A constraint's score in each plan (null where a plan's analysis lacks it); those that changed come first. */
    record ConstraintDifference(String name, String level, String baseScore, String otherScore, boolean changed) {
    }

    /**
     * A hospital in both, either or one of the plans (null where absent).
     *
     * @param why why its quotas differ, in English; empty where they do not
     * @param whyPhrases the same as phrases, for a page to say in its reader's language
     */
    record HospitalDifference(String id, String name, Double baseLoxTons, Double otherLoxTons, double loxTonsDifference,
            Integer baseCylinders, Integer otherCylinders, int cylindersDifference, Double baseShortageTons,
            Double otherShortageTons, List<String> why, List<Phrase> whyPhrases) {
    }

    static PlanComparison of(PlanRecord baseRecord, PlanRecord otherRecord) {
        Plan base = PlanService.resultOf(baseRecord);
        Plan other = PlanService.resultOf(otherRecord);
        Map<String, List<Phrase>> causes = QuotaChangeCauses.of(PlanService.problemOf(baseRecord), base,
                PlanService.problemOf(otherRecord), other);
        long baseId = baseRecord.id();
        long otherId = otherRecord.id();
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
            List<Phrase> why = causes.getOrDefault(id, List.of());
            hospitals.add(new HospitalDifference(id, (a != null ? a : b).name(), a == null ? null : loxA,
                    b == null ? null : loxB, Math.round((loxB - loxA) * 1000) / 1000.0, a == null ? null : cylA,
                    b == null ? null : cylB, cylB - cylA, a == null ? null : shortage(a), b == null ? null : shortage(b),
                    why.stream().map(Phrase::english).toList(), why));
        });
        hospitals.sort(Comparator.comparingDouble(PlanComparison::change).reversed()
                .thenComparing(HospitalDifference::name));
        return new PlanComparison(baseId, otherId, base.score(), other.score(), base.totals(), other.totals(),
                constraints(base, other), hospitals);
    }

    private static List<ConstraintDifference> constraints(Plan base, Plan other) {
        Map<String, Plan.ConstraintResult[]> pairs = new LinkedHashMap<>();
        base.analysis().forEach(c -> pairs.computeIfAbsent(c.name(), n -> new Plan.ConstraintResult[2])[0] = c);
        other.analysis().forEach(c -> pairs.computeIfAbsent(c.name(), n -> new Plan.ConstraintResult[2])[1] = c);
        List<ConstraintDifference> constraints = new ArrayList<>();
        pairs.forEach((name, pair) -> {
            String a = pair[0] == null ? null : pair[0].score();
            String b = pair[1] == null ? null : pair[1].score();
            constraints.add(new ConstraintDifference(name, (pair[0] != null ? pair[0] : pair[1]).level(), a, b,
                    !Objects.equals(a, b)));
        });
        constraints.sort(Comparator.comparing((ConstraintDifference c) -> !c.changed()));
        return constraints;
    }

    /** How much a hospital's plan changed, in tons: LOX, cylinders (8 kg each) and shortage together. */
    private static double change(HospitalDifference h) {
        double shortage = Math.abs((h.otherShortageTons() == null ? 0 : h.otherShortageTons())
                - (h.baseShortageTons() == null ? 0 : h.baseShortageTons()));
        return Math.abs(h.loxTonsDifference()) + Math.abs(h.cylindersDifference()) * TONS_PER_CYLINDER + shortage;
    }

    /** LOX and cylinders (8 kg each) short, in tons. */
    private static double shortage(Plan.HospitalPlan h) {
        return Math.round((h.loxShortageTons() + h.cylinderShortage() * TONS_PER_CYLINDER) * 1000) / 1000.0;
    }
}
