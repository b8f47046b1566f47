package org.oxyalloc.benchmark;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.plan.Plan;
import org.oxyalloc.problem.Disruptions;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.ProblemJson;
import org.oxyalloc.problem.ProblemReading;
import org.oxyalloc.solver.PreparedProblem;

/**
 * Re-planning, measured: each instance is solved (the plan published), then disrupted three ways, seeded: its busiest
 * supplier loses 30 % (of its LOX, or of its refills on a day without LOX), its busiest tanker fails, one hospital's
 * need doubles. Each changed day is solved twice at equal time, as a re-plan from the published plan and from
 * scratch: the shortage each leaves, the hospitals whose quota changes and the tons moved against the published plan,
 * and how soon the re-plan has its first feasible plan.
 */
public final class ReplanBenchmark {

    private final AllocationEngine engine;
    private final Duration limit;

    public ReplanBenchmark(AllocationEngine engine, Duration limit) {
        this.engine = engine;
        this.limit = limit;
    }

    /** One solve's plan and when its first feasible plan came, seconds from the start of the preparation. */
    private record Solved(Plan plan, double firstFeasibleSeconds) {
    }

    /** A tanker's day in the published plan, and its supplier. */
    private record TankerOf(String supplierId, Plan.TankerDay day) {

        double tons() {
            return day.trips().stream().mapToDouble(Plan.TankerTrip::loadTons).sum();
        }
    }

    /** A disruption as the changes it makes to a day, or empty where the day has nothing it could break. */
    private record Disruption(String name, Optional<ArrayNode> changes) {
    }

    public void run(List<Instance> instances, long seed, PrintWriter out) {
        out.printf(Locale.ROOT, "Time limit %d s for every solve; shortage in tons (LOX and cylinders at 8 kg); changed:"
                + " hospitals whose quota or refills differ from the published plan; moved: tons more or less against it.%n%n",
                limit.toSeconds());
        out.println("| instance | disruption | shortage re-plan | shortage from scratch | hospitals changed re-plan"
                + " | from scratch | moved t re-plan | from scratch | re-plan's first feasible s |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        List<double[]> ratios = new ArrayList<>();
        for (Instance instance : instances) {
            Problem day = instance.problem();
            Plan published = solve(day).plan();
            for (Disruption disruption : disruptions(day, published, new SplittableRandom(seed))) {
                if (disruption.changes().isEmpty()) {
                    out.printf("| %s | %s | nothing to break | | | | | | |%n", instance.name(), disruption.name());
                    continue;
                }
                ProblemReading changed = Disruptions.apply(day, disruption.changes().get(), engine.reader());
                if (!changed.isValid()) {
                    throw new IllegalStateException(instance.name() + ", " + disruption.name() + ": " + changed.errors());
                }
                Solved replan = solve(changed.problem().withBaseline(published.asBaseline("published", disruption.name(),
                        Set.of())));
                Solved scratch = solve(changed.problem());
                Change fromReplan = Change.between(published, replan.plan());
                Change fromScratch = Change.between(published, scratch.plan());
                out.printf(Locale.ROOT, "| %s | %s | %.2f | %.2f | %d | %d | %.2f | %.2f | %.1f |%n", instance.name(),
                        disruption.name(), replan.plan().totals().shortageTons(), scratch.plan().totals().shortageTons(),
                        fromReplan.hospitals(), fromScratch.hospitals(), fromReplan.tons(), fromScratch.tons(),
                        replan.firstFeasibleSeconds());
                out.flush();
                ratios.add(new double[] {replan.plan().totals().shortageTons(), scratch.plan().totals().shortageTons(),
                        fromReplan.hospitals(), fromScratch.hospitals(), replan.firstFeasibleSeconds()});
            }
        }
        summary(ratios, out);
    }

    /** Shortage excess over from scratch and the share of changed hospitals: median and worst over every row. */
    private static void summary(List<double[]> rows, PrintWriter out) {
        if (rows.isEmpty()) {
            return;
        }
        double[] excess = rows.stream().mapToDouble(r -> r[1] == 0 ? (r[0] == 0 ? 0 : 100) : 100 * (r[0] - r[1]) / r[1]).toArray();
        double[] share = rows.stream().mapToDouble(r -> r[3] == 0 ? (r[2] == 0 ? 0 : 1) : r[2] / r[3]).toArray();
        double[] first = rows.stream().mapToDouble(r -> r[4]).toArray();
        out.printf(Locale.ROOT, "%nOver the %d re-plans: shortage against from scratch median %+.2f %%, worst %+.2f %%;"
                        + " hospitals changed as a share of from scratch's median %.2f, worst %.2f; first feasible re-plan"
                        + " median %.1f s, worst %.1f s.%n", rows.size(), Stats.median(excess), max(excess),
                Stats.median(share), max(share), Stats.median(first), max(first));
        out.flush();
    }

    private static double max(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    private Solved solve(Problem problem) {
        PreparedProblem prepared = engine.prepare(problem);
        double[] first = {Double.NaN};
        OxygenAllocation solved = engine.solve(prepared, limit, best -> {
            if (Double.isNaN(first[0]) && best.getScore() != null && best.getScore().isFeasible()) {
                first[0] = (System.nanoTime() - prepared.startedNanos()) / 1e9;
            }
        });
        Plan plan = engine.report(prepared, solved);
        // A starting plan that is feasible already is never announced as a new best one: it came with the solve's start.
        return new Solved(plan, Double.isNaN(first[0]) && plan.feasible() ? 0 : first[0]);
    }

    private static List<Disruption> disruptions(Problem day, Plan published, SplittableRandom random) {
        List<Disruption> disruptions = new ArrayList<>();
        Plan.SupplierPlan busiest = published.suppliers().stream()
                .max(Comparator.comparingDouble(s -> s.loxAllocatedTons() + s.refillsUsed() * 0.008)).orElseThrow();
        Problem.Supplier supplier = day.suppliers().stream().filter(s -> s.id().equals(busiest.id())).findFirst().orElseThrow();
        ObjectNode cut = change("supplier", supplier.id());
        if (busiest.loxAllocatedTons() > 0) {
            cut.putObject("set").put("loxTons", Math.floor(supplier.loxTonsOrZero() * 0.7 * 100) / 100);
        } else {
            cut.putObject("set").put("refillCylinders", supplier.refillCylindersOrZero() * 7 / 10);
        }
        disruptions.add(new Disruption("busiest supplier -30 %", Optional.of(array(cut))));

        Optional<TankerOf> tanker = published.suppliers().stream().filter(s -> s.tankers() != null)
                .flatMap(s -> s.tankers().stream().map(tankerDay -> new TankerOf(s.id(), tankerDay)))
                .max(Comparator.comparingDouble(TankerOf::tons)).filter(t -> t.tons() > 0);
        disruptions.add(new Disruption("busiest tanker fails", tanker.map(t -> {
            ObjectNode fails = change("tankersOutOfService", t.supplierId());
            fails.putArray("tankers").add(t.day().id());
            return array(fails);
        })));

        List<Plan.HospitalPlan> served = published.hospitals().stream()
                .filter(h -> h.loxReceivedTons() > 0 || h.cylindersRefilled() > 0).toList();
        disruptions.add(new Disruption("one hospital's need doubles", served.isEmpty() ? Optional.empty() : Optional.of(
                array(doubled(day, served.get(random.nextInt(served.size())))))));
        return disruptions;
    }

    /** Its LOX need (as reported, or as the plan estimated it) and its cylinders twice over, within the format's limits. */
    private static ObjectNode doubled(Problem day, Plan.HospitalPlan planned) {
        Problem.Hospital hospital = day.hospitals().stream().filter(h -> h.id().equals(planned.id())).findFirst().orElseThrow();
        ObjectNode change = change("hospital", planned.id());
        ObjectNode set = change.putObject("set");
        if (hospital.tankCapacityTonsOrZero() > 0 && planned.loxNeedTonsPerDay() > 0) {
            set.put("loxNeedTonsPerDay", Math.min(1000, 2 * planned.loxNeedTonsPerDay()));
        }
        if (planned.cylindersNeededPerDay() > 0) {
            int twice = Math.min(100_000, 2 * planned.cylindersNeededPerDay());
            set.put("cylindersNeededPerDay", twice);
            set.put("emptyCylinders", Math.max(hospital.emptyCylindersOrZero(), twice));
        }
        return change;
    }

    private static ObjectNode change(String kind, String id) {
        return ProblemJson.mapper().createObjectNode().put("kind", kind).put("id", id);
    }

    private static ArrayNode array(ObjectNode change) {
        return ProblemJson.mapper().createArrayNode().add(change);
    }

    /** What a plan changes against the published one: hospitals with any quota or refill differing, and the tons. */
    private record Change(int hospitals, double tons) {

        static Change between(Plan published, Plan plan) {
            Map<String, Map<String, Double>> before = amounts(published);
            Map<String, Map<String, Double>> after = amounts(plan);
            Set<String> hospitals = new HashSet<>(before.keySet());
            hospitals.addAll(after.keySet());
            int changed = 0;
            double tons = 0;
            for (String hospital : hospitals) {
                Map<String, Double> a = before.getOrDefault(hospital, Map.of());
                Map<String, Double> b = after.getOrDefault(hospital, Map.of());
                Set<String> keys = new HashSet<>(a.keySet());
                keys.addAll(b.keySet());
                double moved = keys.stream().mapToDouble(k -> Math.abs(a.getOrDefault(k, 0.0) - b.getOrDefault(k, 0.0))).sum();
                if (moved > 0.0005) {
                    changed++;
                    tons += moved;
                }
            }
            return new Change(changed, tons);
        }

        /** Per hospital: tons by supplier, and refills (8 kg a cylinder) by station and post. */
        private static Map<String, Map<String, Double>> amounts(Plan plan) {
            Map<String, Map<String, Double>> amounts = new LinkedHashMap<>();
            for (Plan.HospitalPlan hospital : plan.hospitals()) {
                Map<String, Double> by = new HashMap<>();
                hospital.quotas().forEach(q -> by.merge("lox " + q.supplierId(), q.tons(), Double::sum));
                if (hospital.refills() != null) {
                    hospital.refills().forEach(r -> by.merge("refill " + r.stationId() + "/" + r.postId(), r.cylinders() * 0.008,
                            Double::sum));
                }
                amounts.put(hospital.id(), by);
            }
            return amounts;
        }
    }
}
