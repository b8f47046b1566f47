package org.oxyalloc.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.Problem.Hospital;
import org.oxyalloc.problem.Problem.Location;
import org.oxyalloc.problem.ProblemJson;
import org.oxyalloc.problem.ProblemReader;
import org.oxyalloc.problem.ProblemReading;
import org.oxyalloc.solver.AllocationSolver;
import org.oxyalloc.travel.StraightLineTravel;

/** What every dataset and generated problem must meet: the product's own reader finds no error and no warning. */
final class ProblemInvariants {

    private static final ProblemReader READER = new ProblemReader(new AllocationSolver().constraints().keySet());

    private ProblemInvariants() {
    }

    static void assertValid(Problem problem) throws Exception {
        ProblemReading reading = READER.read(ProblemJson.mapper().writeValueAsString(problem));
        assertThat(reading.issues()).as(problem.region()).isEmpty();
    }

    /** Every hospital that can reach {@code from} within the problem's maxTravelHours. */
    static List<Hospital> within(Problem problem, Location from) {
        StraightLineTravel travel = StraightLineTravel.of(problem.effectiveSettings().travel());
        double max = problem.effectiveSettings().maxTravelHours();
        return problem.hospitals().stream().filter(h -> travel.between(h.location(), from).hours() <= max).toList();
    }
}
