package org.oxyalloc.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.oxyalloc.solver.ProblemFactory.AMPLE_FLEET;
import static org.oxyalloc.solver.ProblemFactory.hospital;
import static org.oxyalloc.solver.ProblemFactory.problem;
import static org.oxyalloc.solver.ProblemFactory.supplier;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.plan.Plan;
import org.oxyalloc.plan.PlanReporter;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.ProblemJson;
import org.oxyalloc.solver.AllocationConstraintProvider;
import org.oxyalloc.solver.MinimumShortage;
import org.oxyalloc.solver.PreparedProblem;

/**
 * Re-plans of a solved day: when its largest supplier loses 40 % of its LOX, the re-plan leaves the least possible
 * shortage and moves no more LOX than the cut forces; when another loses its LOX, a trip already dispatched stays.
 */
class ReplanningTest {

    /** Not whole tenths of a second: a re-plan's trials of its starts take a tenth, in whole milliseconds. */
    private static final Duration LIMIT = Duration.ofMillis(3_005);
    private static AllocationEngine engine;

    @BeforeAll
    static void buildEngine() {
        engine = new AllocationEngine();
    }

    /** Three suppliers around a town, eight hospitals; the big one serves most of them before the cut. */
    private static Problem day(double bigSupplierTons) {
        return day(bigSupplierTons, 4);
    }

    private static Problem day(double bigSupplierTons, double eastTons) {
        return problem(List.of(supplier("BIG", -5.40, 105.30, bigSupplierTons, true, AMPLE_FLEET, 0, List.of()),
                        supplier("EAST", -5.42, 105.45, eastTons, true, AMPLE_FLEET, 0, List.of()),
                        supplier("WEST", -5.38, 105.15, 4, true, AMPLE_FLEET, 0, List.of())),
                List.of(hospital("H1", -5.41, 105.31, 2.0, 0, 6, 0, 0, List.of()),
                        hospital("H2", -5.39, 105.29, 1.5, 0, 6, 0, 0, List.of()),
                        hospital("H3", -5.40, 105.33, 1.8, 0, 6, 0, 0, List.of()),
                        hospital("H4", -5.43, 105.44, 1.2, 0, 6, 0, 0, List.of()),
                        hospital("H5", -5.41, 105.47, 1.0, 0, 6, 0, 0, List.of()),
                        hospital("H6", -5.37, 105.16, 1.1, 0, 6, 0, 0, List.of()),
                        hospital("H7", -5.39, 105.13, 0.9, 0, 6, 0, 0, List.of()),
                        hospital("H8", -5.42, 105.27, 1.6, 0, 6, 0, 0, List.of())),
                List.of(), 3);
    }

    private static Plan solve(Problem problem) {
        PreparedProblem prepared = engine.prepare(problem);
        OxygenAllocation solved = engine.solve(prepared, LIMIT, best -> { });
        return engine.report(prepared, solved);
    }

    @Test
    void aRePlanMovesOnlyWhatTheCutForcesAndLeavesTheLeastShortage() {
        Plan published = solve(day(10));
        Plan.SupplierPlan big = supplierPlan(published, "BIG");
        double cutTons = big.loxAllocatedTons() - 6 * 0.6;
        assertThat(cutTons).as("the cut takes LOX that was allocated").isPositive();

        Problem cut = day(6 * 0.6).withBaseline(published.asBaseline("1", "BIG lost 40 %", Set.of()));
        PreparedProblem prepared = engine.prepare(cut);
        long minimumKg = MinimumShortage.totalKg(prepared.solution());
        OxygenAllocation replanned = engine.solve(prepared, LIMIT, best -> { });
        Plan replan = engine.report(prepared, replanned);
        Plan fromScratch = solve(day(6 * 0.6));

        assertThat(replanned.getScore().isFeasible()).isTrue();
        assertThat(PlanReporter.shortageKg(replanned)).as("as little shortage as planning afresh can leave").isEqualTo(minimumKg);
        // What is cut at BIG is either short or moved to EAST or WEST: at most twice the cut changes, a lot of slack.
        assertThat(quotaChangeTons(published, replan)).isLessThanOrEqualTo(2 * cutTons + 0.2)
                .isLessThanOrEqualTo(quotaChangeTons(published, fromScratch));
        assertThat(replan.analysis()).anySatisfy(rule -> {
            assertThat(rule.name()).isEqualTo(AllocationConstraintProvider.PUBLISHED_QUOTA_CHANGED);
            assertThat(rule.matches()).isNotEmpty().allSatisfy(match -> assertThat(match.description()).contains("quota from"));
        });
    }

    /** A change that does not bite (WEST has LOX to spare) leaves the published plan as it was, to the kg. */
    @Test
    void aChangeThatDoesNotBiteChangesNoQuota() {
        Plan published = solve(day(10));
        double westAllocated = supplierPlan(published, "WEST").loxAllocatedTons();

        Plan replan = solve(day(10).withBaseline(published.asBaseline("1", "WEST's spare LOX is counted again", Set.of())));

        assertThat(westAllocated).as("WEST serves someone").isPositive();
        assertThat(quotaChangeTons(published, replan)).isZero();
        assertThat(replan.analysis()).filteredOn(rule -> rule.name().startsWith("Published"))
                .allSatisfy(rule -> assertThat(rule.matches()).isEmpty());
    }

    /** EAST loses its LOX after BIG's first trip has left: the trip stays as it was, the rest is planned again. */
    @Test
    void aDispatchedTripIsKeptAsItWas() {
        Plan published = solve(day(10));
        Plan.TankerDay tanker = supplierPlan(published, "BIG").tankers().stream().filter(t -> !t.trips().isEmpty())
                .findFirst().orElseThrow();
        Plan.TankerTrip first = tanker.trips().get(0);
        Set<String> dispatched = Set.of("BIG/" + tanker.id() + "#" + first.number());

        Plan replan = solve(day(10, 0.5).withBaseline(published.asBaseline("1", "EAST lost its LOX", dispatched)));

        assertThat(replan.feasible()).isTrue();
        Plan.TankerTrip kept = supplierPlan(replan, "BIG").tankers().stream().filter(t -> t.id().equals(tanker.id()))
                .flatMap(t -> t.trips().stream()).filter(t -> t.number() == first.number()).findFirst().orElseThrow();
        assertThat(kept.stops()).extracting(Plan.Stop::hospitalId, Plan.Stop::tons)
                .containsExactlyInAnyOrderElementsOf(first.stops().stream()
                        .map(stop -> tuple(stop.hospitalId(), stop.tons())).toList());
    }

    /**
     * What has left is part of the day's LOX: BIG keeping only what its dispatched trip carries still keeps the trip;
     * keeping less is refused, at the trip.
     */
    @Test
    void aDispatchedTripCountsInItsSuppliersLox() throws Exception {
        Plan published = solve(day(10));
        Plan.TankerDay tanker = supplierPlan(published, "BIG").tankers().stream().filter(t -> !t.trips().isEmpty())
                .findFirst().orElseThrow();
        Plan.TankerTrip first = tanker.trips().get(0);
        Problem.Baseline baseline = published.asBaseline("1", "BIG stopped after its first trip left",
                Set.of("BIG/" + tanker.id() + "#" + first.number()));

        Plan replan = solve(day(first.loadTons()).withBaseline(baseline));
        String tooLittle = ProblemJson.mapper().writeValueAsString(day(first.loadTons() - 0.5).withBaseline(baseline));

        assertThat(supplierPlan(replan, "BIG").loxAllocatedTons()).isEqualTo(first.loadTons());
        assertThat(engine.reader().read(tooLittle).errors()).singleElement().satisfies(error -> {
            assertThat(error.path()).startsWith("$.baseline.tankerTrips[");
            assertThat(error.message()).contains("more than its loxTons");
        });
    }

    private static Plan.SupplierPlan supplierPlan(Plan plan, String id) {
        return plan.suppliers().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /** Tons more or less per hospital and supplier, summed. */
    private static double quotaChangeTons(Plan before, Plan after) {
        Map<String, Double> change = new HashMap<>();
        before.hospitals().forEach(h -> h.quotas().forEach(q -> change.merge(h.id() + "/" + q.supplierId(), -q.tons(), Double::sum)));
        after.hospitals().forEach(h -> h.quotas().forEach(q -> change.merge(h.id() + "/" + q.supplierId(), q.tons(), Double::sum)));
        Set<String> keys = new HashSet<>(change.keySet());
        return keys.stream().mapToDouble(k -> Math.abs(change.get(k))).sum();
    }
}
