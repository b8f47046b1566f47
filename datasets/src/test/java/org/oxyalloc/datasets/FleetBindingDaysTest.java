package org.oxyalloc.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.plan.PlanReporter;
import org.oxyalloc.solver.PreparedProblem;

/** Generated days whose tanker fleets bind: the bound keeps the fleets, and no plan beats it. */
class FleetBindingDaysTest {

    private static AllocationEngine solver;

    @BeforeAll
    static void buildSolver() {
        solver = new AllocationEngine();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 4})
    void noPlanBeatsABoundThatKeepsTheFleet(long seed) {
        PreparedProblem prepared = solver.prepare(SyntheticGenerator.generate(seed, 40, 4, 0.8, 0.15));
        assertThat(prepared.bound().tankerHoursCounted()).isTrue();
        OxygenAllocation solved = solver.solve(prepared, Duration.ofSeconds(2), best -> { });
        assertThat(solved.getScore().isFeasible()).isTrue();
        assertThat(-solved.getScore().mediumScore()).isGreaterThanOrEqualTo(prepared.bound().medium());
        assertThat(PlanReporter.shortageKg(solved)).isGreaterThanOrEqualTo(prepared.bound().minimumShortageKg());
    }
}
