package org.oxyalloc.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oxyalloc.solver.ProblemFactory.AMPLE_FLEET;
import static org.oxyalloc.solver.ProblemFactory.hospital;
import static org.oxyalloc.solver.ProblemFactory.problem;
import static org.oxyalloc.solver.ProblemFactory.supplier;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.plan.Plan;
import org.oxyalloc.plan.PlanReporter;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.solver.AllocationConstraintProvider;
import org.oxyalloc.solver.ConstraintInfo;
import org.oxyalloc.solver.MinimumShortage;
import org.oxyalloc.solver.PreparedProblem;
import org.oxyalloc.solver.ProblemFactory;

class AllocationEngineTest {

    /** Enough for these small instances to reach their optimum; the max-flow check would fail otherwise. */
    private static final Duration LIMIT = Duration.ofSeconds(3);

    private static AllocationEngine solver;

    @BeforeAll
    static void buildSolver() {
        solver = new AllocationEngine();
    }

    private static Plan solve(Problem problem) {
        PreparedProblem prepared = solver.prepare(problem);
        OxygenAllocation solved = solver.solve(prepared, LIMIT, best -> { });
        return solver.report(prepared, solved);
    }

    @Test
    void ampleSupplyLeavesNoShortage() {
        Problem problem = problem(
                List.of(supplier("NEAR", -5.40, 105.30, 10, true, AMPLE_FLEET, 200, List.of()),
                        supplier("FAR", -5.60, 105.50, 10, true, AMPLE_FLEET, 0, List.of())),
                List.of(hospital("A", -5.41, 105.31, 3.0, 0.5, 8, 40, 30, List.of()),
                        hospital("B", -5.50, 105.40, 4.0, 0.0, 6, 20, 20, List.of()),
                        hospital("C", -5.45, 105.25, 1.2, 0.0, 0, 50, 40, List.of())),
                List.of(), 12);
        Plan plan = solve(problem);
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.totals().shortageTons()).isZero();
        assertThat(plan.totals().loxAllocatedTons()).isEqualTo(2.5 + 4.0);
        assertThat(plan.totals().cylindersRefilled()).isEqualTo(30 + 20 + 40);
        assertThat(plan.hospitals()).allSatisfy(h -> assertThat(h.coverageDaysAfter()).isGreaterThanOrEqualTo(1.0));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void scarceSupplyLeavesTheSmallestPossibleShortage(long seed) {
        Problem problem = ProblemFactory.scarceDay(seed, 5, 14);
        PreparedProblem prepared = solver.prepare(problem);
        long minimumKg = MinimumShortage.totalKg(prepared.solution());
        assertThat(minimumKg).as("the instance is scarce").isPositive();

        OxygenAllocation solved = solver.solve(prepared, LIMIT, best -> { });

        assertThat(solved.getScore().isFeasible()).isTrue();
        assertThat(PlanReporter.shortageKg(solved)).isEqualTo(minimumKg);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(AllocationEngine.Strategy.class)
    void everyStrategyGivesAFeasiblePlanAboveTheBound(AllocationEngine.Strategy strategy) {
        PreparedProblem prepared = solver.prepare(ProblemFactory.scarceDay(41, 4, 10));
        OxygenAllocation solved = solver.solve(prepared, Duration.ofSeconds(1), strategy, best -> { });
        assertThat(solved.getScore().isFeasible()).isTrue();
        assertThat(-solved.getScore().mediumScore()).isGreaterThanOrEqualTo(prepared.bound().medium());
    }

    @Test
    void whenPreparingTookTheWholeLimitTheStartingSolutionIsThePlan() {
        PreparedProblem prepared = solver.prepare(ProblemFactory.scarceDay(5, 4, 12));
        List<OxygenAllocation> bests = new ArrayList<>();
        OxygenAllocation solved = solver.solve(prepared, Duration.ofMillis(1), bests::add);
        assertThat(bests).as("no solver ran").isEmpty();
        assertThat(solved).isSameAs(prepared.solution());
        assertThat(solved.getScore()).isNotNull();
        assertThat(solved.getLoxLots()).as("warm-started").anyMatch(lot -> lot.getSupplier() != null);
    }

    @Test
    void thePlanIsReportedWithinTheLimitCountedFromThePreparation() {
        Duration limit = Duration.ofSeconds(2);
        long before = System.nanoTime();
        PreparedProblem prepared = solver.prepare(ProblemFactory.scarceDay(5, 4, 12));
        List<Long> bestAt = new ArrayList<>();
        Plan plan = solver.report(prepared, solver.solve(prepared, limit, best -> bestAt.add(System.nanoTime())));
        long after = System.nanoTime();
        assertThat(plan.feasible()).isTrue();
        assertThat(bestAt).as("the solver ran").isNotEmpty();
        assertThat(prepared.startedNanos()).isBetween(before, bestAt.get(0));
        // The promise is the limit plus a second; the solver stops before the limit by the reporting reserve.
        assertThat(after - prepared.startedNanos()).isLessThan(limit.toNanos() + 1_000_000_000L);
    }

    @Test
    void noSupplyAtAllSolvesAndSaysSo() {
        Problem problem = problem(List.of(supplier("EMPTY", -5.4, 105.3, 0, true, AMPLE_FLEET, 0, List.of())),
                List.of(hospital("A", -5.41, 105.31, 3.0, 0.5, 8, 40, 30, List.of())), List.of(), 12);
        PreparedProblem prepared = solver.prepare(problem);
        assertThat(prepared.warnings()).anySatisfy(w -> assertThat(w).contains("every LOX request will be short"))
                .anySatisfy(w -> assertThat(w).contains("every refill request will be short"));
        Plan plan = solve(problem);
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.totals().shortagePercent()).isEqualTo(100.0);
    }

    @Test
    void unreachableHospitalIsAWarningAndIsLeftShort() {
        Problem problem = problem(List.of(supplier("NEAR", -5.40, 105.30, 10, true, AMPLE_FLEET, 100, List.of())),
                List.of(hospital("NEAR-H", -5.41, 105.31, 2.0, 0, 5, 10, 10, List.of()),
                        hospital("ISLAND", -3.0, 108.0, 2.0, 0, 5, 10, 10, List.of())),
                List.of(), 4);
        PreparedProblem prepared = solver.prepare(problem);
        assertThat(prepared.warnings()).hasSize(2).allSatisfy(w -> assertThat(w).contains("ISLAND"));
        Plan plan = solve(problem);
        assertThat(plan.feasible()).isTrue();
        Plan.HospitalPlan island = plan.hospitals().get(1);
        assertThat(island.loxShortageTons()).isEqualTo(2.0);
        assertThat(island.cylinderShortage()).isEqualTo(10);
        assertThat(plan.hospitals().get(0).loxShortageTons()).isZero();
    }

    @Test
    void aHigherPriorityHospitalIsServedFirst() {
        // One ton for two hospitals asking a ton each; B's full ICU makes it the more urgent.
        Problem.Hospital a = hospital("A", -5.41, 105.31, 1.0, 0, 5, 0, 0, List.of());
        Problem.Hospital b = new Problem.Hospital("B", "Hospital B", "Test regency", "C", new Problem.Location(-5.42, 105.32),
                100, 100, 10, 10, true, List.of(), 0.0, 5.0, 1.0, 0, 0, 0, null);
        Plan plan = solve(problem(List.of(supplier("S", -5.4, 105.3, 1.0, true, AMPLE_FLEET, 0, List.of())),
                List.of(a, b), List.of(), 12));
        assertThat(plan.hospitals().get(1).priority()).isGreaterThan(plan.hospitals().get(0).priority());
        assertThat(plan.hospitals().get(1).loxReceivedTons()).isGreaterThan(plan.hospitals().get(0).loxReceivedTons());
    }

    @Test
    void constraintCatalogueListsEveryRuleWithItsLevel() {
        Map<String, ConstraintInfo> constraints = solver.constraints();
        assertThat(constraints).hasSize(26);
        assertThat(constraints.get(AllocationConstraintProvider.SUPPLIER_LOX_CAPACITY).level()).isEqualTo("hard");
        assertThat(constraints.get(AllocationConstraintProvider.LOX_SHORTAGE).level()).isEqualTo("medium");
        assertThat(constraints.get(AllocationConstraintProvider.TANKER_TRIPS)).satisfies(c -> {
            assertThat(c.level()).isEqualTo("soft");
            assertThat(c.defaultWeight()).isEqualTo(1_000);
        });
        assertThat(constraints.get(AllocationConstraintProvider.PUBLISHED_QUOTA_CHANGED)).satisfies(c -> {
            assertThat(c.level()).isEqualTo("soft");
            assertThat(c.defaultWeight()).isEqualTo(10_000);
        });
        assertThat(constraints.values()).allSatisfy(c -> assertThat(c.description()).isNotBlank());
    }

    @Test
    void weightsAreOverriddenByNameOnTheConstraintsLevel() {
        Map<String, HardMediumSoftLongScore> weights = solver.weights(Map.of(
                AllocationConstraintProvider.TRANSPORT_TON_KM, 7L, AllocationConstraintProvider.UNFAIR_LOX_SHORTAGE, 0L));
        assertThat(weights).containsEntry(AllocationConstraintProvider.TRANSPORT_TON_KM, HardMediumSoftLongScore.ofSoft(7))
                .containsEntry(AllocationConstraintProvider.UNFAIR_LOX_SHORTAGE, HardMediumSoftLongScore.ZERO);
    }

    @Test
    void theAnalysisUsesTheOverriddenWeights() {
        Problem base = problem(List.of(supplier("S", -5.40, 105.30, 10, true, AMPLE_FLEET, 0, List.of())),
                List.of(hospital("A", -5.5, 105.4, 2.0, 0, 5, 0, 0, List.of())), List.of(), 12);
        Problem doubled = new Problem(base.region(), base.date(), new Problem.Settings(1.0, 12.0, 0.1, 10, "1s", null, null,
                null, null, Map.of(AllocationConstraintProvider.TRANSPORT_TON_KM, 2L)), base.suppliers(), base.hospitals(), null, null, null);
        Plan.ConstraintResult single = transport(solve(base));
        Plan.ConstraintResult twice = transport(solve(doubled));
        assertThat(twice.weight()).isEqualTo("0hard/0medium/-2soft");
        assertThat(HardMediumSoftLongScore.parseScore(twice.score()).softScore())
                .isEqualTo(2 * HardMediumSoftLongScore.parseScore(single.score()).softScore());
    }

    private static Plan.ConstraintResult transport(Plan plan) {
        return plan.analysis().stream().filter(c -> c.name().equals(AllocationConstraintProvider.TRANSPORT_TON_KM))
                .findFirst().orElseThrow();
    }
}
