package org.oxyalloc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.oxyalloc.solver.ProblemFactory.AMPLE_FLEET;
import static org.oxyalloc.solver.ProblemFactory.hospital;
import static org.oxyalloc.solver.ProblemFactory.problem;
import static org.oxyalloc.solver.ProblemFactory.supplier;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.solver.PreparedProblem;

/** Hospitals by the hours of oxygen they hold, against the ministry's 12, 24 and 48 hours. */
class OxygenLeftTest {

    private static final AllocationEngine ENGINE = new AllocationEngine();

    @Test
    void hospitalsUnderFortyEightHoursAreListedFewestHoursFirstInTheirBand() {
        // Each uses 2.4 t a day, 0.1 t an hour; SUPPLY has 1 t, enough for some of what they ask.
        Plan plan = planOf(problem(List.of(supplier("SUPPLY", -5.40, 105.30, 1.0, true, AMPLE_FLEET, 0, List.of())),
                List.of(hospital("THIRTY", -5.41, 105.31, 2.4, 3.0, 10, 0, 0, List.of()),
                        hospital("FIVE", -5.39, 105.29, 2.4, 0.5, 10, 0, 0, List.of()),
                        hospital("SIXTY", -5.42, 105.31, 2.4, 6.0, 10, 0, 0, List.of()),
                        hospital("TWELVE", -5.38, 105.31, 2.4, 1.2, 10, 0, 0, List.of()),
                        hospital("FIFTEEN", -5.40, 105.32, 2.4, 1.5, 10, 0, 0, List.of())),
                List.of(), 5));

        List<OxygenLeft> left = OxygenLeft.of(plan);

        assertThat(left).extracting(OxygenLeft::hospitalId, OxygenLeft::under).containsExactly(
                tuple("FIVE", 12), tuple("TWELVE", 24), tuple("FIFTEEN", 24), tuple("THIRTY", 48));
        // To the plan's coverage, a hundredth of a day (0.24 h).
        assertThat(left).extracting(OxygenLeft::hoursNow).satisfiesExactly(h -> assertThat(h).isCloseTo(5, within(0.25)),
                h -> assertThat(h).isCloseTo(12, within(0.25)), h -> assertThat(h).isCloseTo(15, within(0.25)),
                h -> assertThat(h).isCloseTo(30, within(0.25)));
        assertThat(left).allSatisfy(h -> {
            Plan.HospitalPlan planned = plan.hospitals().stream().filter(p -> p.id().equals(h.hospitalId())).findFirst()
                    .orElseThrow();
            assertThat(h.hoursAfterPlan()).isEqualTo(h.hoursNow() + 10 * planned.loxReceivedTons(),
                    within(0.3));
        });
        assertThat(left).anySatisfy(h -> assertThat(h.hoursAfterPlan()).isGreaterThan(h.hoursNow()));
    }

    @Test
    void aHospitalWithoutANeedHasNoHoursToCount() {
        Plan plan = planOf(problem(List.of(supplier("SUPPLY", -5.40, 105.30, 1.0, true, AMPLE_FLEET, 0, List.of())),
                List.of(hospital("NONE", -5.41, 105.31, 0, 0, 0, 0, 0, List.of())), List.of(), 5));

        assertThat(OxygenLeft.of(plan)).isEmpty();
    }

    private static Plan planOf(Problem day) {
        PreparedProblem prepared = ENGINE.prepare(day);
        return ENGINE.report(prepared, ENGINE.solve(prepared, Duration.ofSeconds(1), best -> { }));
    }
}
