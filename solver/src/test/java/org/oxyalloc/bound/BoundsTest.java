package org.oxyalloc.bound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oxyalloc.solver.ProblemFactory.AMPLE_FLEET;
import static org.oxyalloc.solver.ProblemFactory.ONE_TRIP_PER_TANKER;
import static org.oxyalloc.solver.ProblemFactory.hospital;
import static org.oxyalloc.solver.ProblemFactory.problem;
import static org.oxyalloc.solver.ProblemFactory.supplier;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.domain.RefillBatch;
import org.oxyalloc.domain.Supplier;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.plan.Plan;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.solver.Exhaustive;
import org.oxyalloc.solver.MinimumShortage;
import org.oxyalloc.solver.PreparedProblem;
import org.oxyalloc.solver.ProblemFactory;

class BoundsTest {

    private static AllocationEngine solver;

    @BeforeAll
    static void buildSolver() {
        solver = new AllocationEngine();
    }

    /**
     * Two LOX suppliers with a tanker making one trip each, three hospitals with 4 lots between them, and 2 refill
     * batches with two routes.
     */
    private static Problem tinyDay(double northTons, double southTons) {
        Problem.Fleet oneTanker = new Problem.Fleet(1, 20, 24);
        Problem.Supplier north = supplier("N", -5.40, 105.30, northTons, true, oneTanker, 10, List.of());
        Problem.Supplier south = supplier("S", -5.45, 105.35, southTons, true, oneTanker, 10, List.of("assoc"));
        List<Problem.Hospital> hospitals = List.of(
                hospital("A", -5.41, 105.31, 0.15, 0, 5, 10, 10, List.of()),
                new Problem.Hospital("B", "Hospital B", "R", "C", new Problem.Location(-5.44, 105.34), 100, 100, 10, 10,
                        true, List.of("assoc"), 0.0, 5.0, 0.1, 10, 0, 10, null),
                hospital("C", -5.43, 105.33, 0.1, 0, 5, 0, 0, List.of()));
        return problem(List.of(north, south), hospitals, List.of(), 12).withTankerTrips(ONE_TRIP_PER_TANKER);
    }

    private static long exhaustiveMedium(PreparedProblem prepared) {
        return Exhaustive.bestMedium(solver, prepared.solution());
    }

    @ParameterizedTest(name = "north {0} t, south {1} t")
    @org.junit.jupiter.params.provider.CsvSource({"0.1, 0.1", "0.05, 0.3", "0, 0.2", "0.25, 0.1"})
    void theBoundIsTheExhaustiveOptimumWhenSuppliesAreWholeLots(double north, double south) {
        PreparedProblem prepared = solver.prepare(tinyDay(north, south));
        assertThat(prepared.solution().getLoxLots().size() + prepared.solution().getRefillBatches().size())
                .as("small enough to enumerate").isLessThanOrEqualTo(7);
        assertThat(prepared.bound().medium()).isEqualTo(exhaustiveMedium(prepared));
    }

    @Test
    void supplyThatNoWholeLotFitsMakesTheBoundLowerButNeverHigher() {
        // 50 kg reserved for hospital B, whose only lot is 100 kg: the flow can use it, a plan cannot.
        PreparedProblem prepared = solver.prepare(tinyDay(0.2, 0.05));
        assertThat(prepared.bound().medium()).isLessThan(exhaustiveMedium(prepared));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void noSolvedPlanBeatsItsBoundAndScarceDaysReachIt(long seed) {
        PreparedProblem prepared = solver.prepare(ProblemFactory.scarceDay(seed, 5, 14));
        assertThat(prepared.bound().minimumShortageKg()).isEqualTo(MinimumShortage.totalKg(prepared.solution()));

        OxygenAllocation solved = solver.solve(prepared, Duration.ofSeconds(2), best -> { });

        long medium = -solved.getScore().mediumScore();
        assertThat(medium).isGreaterThanOrEqualTo(prepared.bound().medium());
        assertThat(medium).as("within 0.1%% of the bound").isLessThanOrEqualTo(prepared.bound().medium() * 1001 / 1000);
    }

    /** Two suppliers whose single small tankers cannot reach every hospital in their driving hours. */
    private static Problem shortFleetDay(Problem.Fleet north, Problem.Fleet south) {
        List<Problem.Hospital> hospitals = List.of(hospital("A", -5.60, 105.30, 0.2, 0, 1, 0, 0, List.of()),
                hospital("B", -5.45, 105.60, 0.3, 0, 1, 0, 0, List.of()),
                hospital("C", -5.25, 105.15, 0.2, 0, 1, 0, 0, List.of()));
        return problem(List.of(supplier("N", -5.40, 105.30, 1, true, north, 0, List.of()),
                supplier("S", -5.45, 105.35, 1, true, south, 0, List.of())), hospitals, List.of(), 12);
    }

    @Test
    void theBoundKeepsABindingFleetAndStaysBelowTheExhaustiveOptimum() {
        PreparedProblem ample = solver.prepare(shortFleetDay(AMPLE_FLEET, AMPLE_FLEET));
        PreparedProblem scarce = solver.prepare(shortFleetDay(new Problem.Fleet(1, 0.2, 1.6), new Problem.Fleet(1, 0.3, 2.0)));
        assertThat(scarce.solution().getLoxLots().size()).as("small enough to enumerate").isLessThanOrEqualTo(7);
        assertThat(ample.bound().tankerHoursCounted()).isTrue();
        assertThat(ample.bound().solver()).as("the flow fits the fleets: no linear program").doesNotContain("GLOP");
        assertThat(scarce.bound().tankerHoursCounted()).isTrue();
        assertThat(scarce.bound().solver()).contains("GLOP");

        long optimum = exhaustiveMedium(scarce);
        assertThat(scarce.bound().medium()).isLessThanOrEqualTo(optimum).isGreaterThan(ample.bound().medium());
        assertThat(scarce.bound().minimumShortageKg()).isGreaterThan(ample.bound().minimumShortageKg());
        assertThat(scarce.bound().soft()).as("no transport bound once the fleet raises the medium bound").isZero();
        assertThat(ample.bound().soft()).isPositive();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22})
    void jgraphtAndOrToolsGiveTheSameBound(long seed) {
        OxygenAllocation allocation = solver.prepare(ProblemFactory.scarceDay(seed, 6, 20)).solution();
        ShortageWeights weights = new ShortageWeights(1, 1, 1000, 1000, 1, 1, 10_000, 10_000);
        ShortageBound orTools = new Bounds(new OrToolsMinCostFlow()).compute(allocation, weights);
        ShortageBound jgrapht = new Bounds(new JGraphTMinCostFlow()).compute(allocation, weights);
        assertThat(jgrapht.medium()).isEqualTo(orTools.medium());
        assertThat(jgrapht.minimumShortageKg()).isEqualTo(orTools.minimumShortageKg());
        assertThat(jgrapht.soft()).isEqualTo(orTools.soft());
    }

    /** 15 cylinders of refill capacity, batches of 10 and 5: counted in whole batches of 10 only one would fit. */
    @Test
    void theWarmStartPacksRefillsFromCylindersWhenWholeBatchesWasteCapacity() {
        Problem.Supplier station = supplier("S", -5.40, 105.30, 1, true, AMPLE_FLEET, 15, List.of());
        List<Problem.Hospital> hospitals = List.of(hospital("A", -5.41, 105.31, 0, 0, 0, 10, 10, List.of()),
                hospital("B", -5.42, 105.32, 0, 0, 0, 5, 5, List.of()));
        PreparedProblem prepared = solver.prepare(problem(List.of(station), hospitals, List.of(), 12));
        assertThat(prepared.solution().getRefillBatches()).extracting(RefillBatch::getCylinders).containsExactly(10, 5);

        solver.startingSolution(prepared, Duration.ofSeconds(1));

        assertThat(prepared.solution().getRefillBatches()).allSatisfy(batch -> assertThat(batch.getRoute()).isNotNull());
        HardMediumSoftLongScore start = solver.score(prepared.solution());
        assertThat(start.hardScore()).isZero();
        assertThat(start.mediumScore()).as("no refill shortage").isZero();
    }

    /** Kab. Bogor's refills tie between routes; the tie must break the same way on every run, as plans are defended. */
    @Test
    void theWarmStartIsTheSameOnEveryRun() throws Exception {
        Problem bogor = solver.reader().read(Path.of("../datasets/kab-bogor-2021-07-12.json"))
                .problem();
        List<String> first = warmStarted(bogor);
        for (int run = 0; run < 3; run++) {
            assertThat(warmStarted(bogor)).isEqualTo(first);
        }
    }

    private static List<String> warmStarted(Problem problem) {
        PreparedProblem prepared = solver.prepare(problem);
        solver.startingSolution(prepared, Duration.ofSeconds(1));
        return java.util.stream.Stream.concat(
                prepared.solution().getLoxLots().stream().map(lot -> lot.getId() + ">" + lot.getSupplier()),
                prepared.solution().getRefillBatches().stream().map(batch -> batch.getId() + ">" + batch.getRoute())).toList();
    }

    @Test
    void theWarmStartIsFeasibleAndCloseToTheBound() {
        PreparedProblem prepared = solver.prepare(ProblemFactory.scarceDay(31, 6, 20));
        solver.startingSolution(prepared, Duration.ofSeconds(1));
        HardMediumSoftLongScore start = solver.score(prepared.solution());
        assertThat(start.isFeasible()).isTrue();
        assertThat(-start.mediumScore()).isGreaterThanOrEqualTo(prepared.bound().medium())
                .isLessThanOrEqualTo(prepared.bound().medium() * 102 / 100);
    }

    /**
     * A re-plan's warm start from scratch keeps a published quota where no shortage is at stake: the hospital stays
     * with the far supplier it was promised, although a nearer one now has LOX; without the stability weight it would
     * take the nearer one.
     */
    @ParameterizedTest(name = "stability weight {0}")
    @ValueSource(longs = {10_000, 0})
    void theWarmStartOfARePlanKeepsPublishedQuotasUnlessThatCostsShortage(long stabilityWeight) {
        PreparedProblem day = solver.prepare(nearAndFar(0));
        Plan published = solver.report(day, solver.solve(day, Duration.ofSeconds(1), best -> { }));
        assertThat(published.hospitals()).singleElement().satisfies(h ->
                assertThat(h.quotas()).singleElement().satisfies(q -> assertThat(q.supplierId()).isEqualTo("FAR")));
        PreparedProblem replan = solver.prepare(nearAndFar(5).withBaseline(published.asBaseline("1", "NEAR has LOX", Set.of())));
        OxygenAllocation solution = replan.solution();
        solution.getLoxLots().forEach(lot -> lot.setTrip(null));

        new Bounds(MinCostFlowSolver.standard()).warmStart(solution,
                new ShortageWeights(1, 1, 1000, 1000, 1, 1, stabilityWeight, stabilityWeight));

        assertThat(solution.getLoxLots()).isNotEmpty().allSatisfy(lot -> assertThat(lot.getSupplier()).isNotNull()
                .extracting(Supplier::getId).isEqualTo(stabilityWeight > 0 ? "FAR" : "NEAR"));
    }

    /** One hospital beside NEAR, FAR 11 km away with 5 t. */
    private static Problem nearAndFar(double nearTons) {
        return problem(List.of(supplier("NEAR", -5.40, 105.30, nearTons, true, AMPLE_FLEET, 0, List.of()),
                        supplier("FAR", -5.40, 105.40, 5, true, AMPLE_FLEET, 0, List.of())),
                List.of(hospital("H", -5.40, 105.31, 1.0, 0, 6, 0, 0, List.of())), List.of(), 3);
    }
}
