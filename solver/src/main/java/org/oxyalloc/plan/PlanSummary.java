package org.oxyalloc.plan;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The plan in a screenful of text: totals, the hospitals left shortest, supplier use, and the score by constraint. */
public final class PlanSummary {

    private static final int SHORT_HOSPITALS_SHOWN = 10;
    private static final int SCARCE_RESOURCES_SHOWN = 5;

    private PlanSummary() {
    }

    public static void print(Plan plan, PrintWriter out) {
        Plan.Totals t = plan.totals();
        out.printf(Locale.ROOT, "%s, %s: %s (%s)%n", plan.region(), plan.date(), plan.score(),
                plan.feasible() ? "feasible" : "INFEASIBLE: breaks a hard constraint, do not publish");
        out.printf(Locale.ROOT, "  need %.2f t/day; requested today %.2f t (LOX %.2f t, %d cylinder refills)%n",
                t.needTonsPerDay(), t.requestTons(), t.loxRequestTons(), t.cylinderRequest());
        out.printf(Locale.ROOT, "  LOX: supply %.2f t, allocated %.2f t, short %.2f t; %d tanker trips, %.0f t-km%n",
                t.loxSupplyTons(), t.loxAllocatedTons(), t.loxShortageTons(), t.tankerTrips(), t.tonKm());
        out.printf(Locale.ROOT, "  cylinders: refill capacity %d, refilled %d, short %d%n",
                t.refillCapacity(), t.cylindersRefilled(), t.cylinderShortage());
        out.printf(Locale.ROOT, "  shortage %.2f t = %.2f%% of requests; %d of %d hospitals short%n",
                t.shortageTons(), t.shortagePercent(), t.hospitalsShort(), plan.hospitals().size());
        Plan.Bound b = plan.bound();
        out.printf(Locale.ROOT, "  bound: shortage penalty %d against at least %d (gap %.2f%%%s); least possible shortage %.2f t%n",
                b.mediumPenalty(), b.mediumBound(), b.mediumGapPercent(),
                b.provenOptimalOnShortage() ? ", proven optimal" : "", b.minimumShortageTons());
        if (b.softGapPercent() != null) {
            out.printf(Locale.ROOT, "         transport penalty %d against at least %d (gap %.2f%%)%n", b.softPenalty(),
                    b.softBound(), b.softGapPercent());
        }
        List<Plan.HospitalPlan> shortest = plan.hospitals().stream()
                .filter(h -> h.loxShortageTons() > 0 || h.cylinderShortage() > 0)
                .sorted(Comparator.comparingDouble(PlanSummary::shortageTons).reversed())
                .limit(SHORT_HOSPITALS_SHOWN).toList();
        if (!shortest.isEmpty()) {
            out.println("  hospitals left shortest:");
            for (Plan.HospitalPlan h : shortest) {
                out.printf(Locale.ROOT, "    %-45s LOX short %6.2f t of %6.2f, refills short %4d of %4d, priority %.2f%n",
                        abbreviate(h.name()), h.loxShortageTons(), h.loxRequestTons(), h.cylinderShortage(),
                        h.cylinderRequest(), h.priority());
                // The first cause (what the hospital cannot take, else the nearest supplier's): the plan file has them all.
                out.println("      why: " + h.shortageCauses().get(0));
            }
        }
        Plan.ScarceResources scarce = plan.scarceResources();
        if (scarce != null && !scarce.ranked().isEmpty()) {
            out.println("  what one more would serve (the relaxation's figure, at most):");
            scarce.ranked().stream().limit(SCARCE_RESOURCES_SHOWN).forEach(r -> out.println("    " + r.description()));
        }
        out.println("  suppliers:");
        for (Plan.SupplierPlan s : plan.suppliers()) {
            out.printf(Locale.ROOT, "    %-45s LOX %6.2f of %6.2f t, trips %3d (%5.1f of %5.1f h), refills %4d of %4d%n",
                    abbreviate(s.name()), s.loxAllocatedTons(), s.loxTons(), s.tankerTrips(), s.tankerHoursUsed(),
                    s.tankerHoursAvailable(), s.refillsUsed(), s.refillCapacity());
            if (s.unusedReserve() != null) {
                out.println("      " + s.unusedReserve());
            }
        }
        for (Plan.PostPlan p : plan.collectionPosts()) {
            out.printf(Locale.ROOT, "    post %-40s %4d of %4d cylinders, %d hospitals%n", abbreviate(p.name()),
                    p.cylindersUsed(), p.capacityPerDay(), p.hospitalsServed());
        }
        out.println("  score by constraint:");
        for (Plan.ConstraintResult c : plan.analysis()) {
            if (c.matchCount() > 0) {
                out.printf(Locale.ROOT, "    %-38s %-28s %d match(es)%n", c.name(), c.score(), c.matchCount());
            }
        }
        for (String warning : plan.warnings()) {
            out.println("  warning: " + warning);
        }
    }

    private static double shortageTons(Plan.HospitalPlan h) {
        return h.loxShortageTons() + h.cylinderShortage() / 125.0;
    }

    private static String abbreviate(String name) {
        return name.length() <= 45 ? name : name.substring(0, 44) + "…";
    }
}
