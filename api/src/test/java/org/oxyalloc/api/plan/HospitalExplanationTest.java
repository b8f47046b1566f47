package org.oxyalloc.api.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oxyalloc.solver.ProblemFactory.AMPLE_FLEET;
import static org.oxyalloc.solver.ProblemFactory.hospital;
import static org.oxyalloc.solver.ProblemFactory.problem;
import static org.oxyalloc.solver.ProblemFactory.supplier;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oxyalloc.api.web.NotFoundException;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.plan.Plan;
import org.oxyalloc.solver.PreparedProblem;

/** A hospital's explanation on a day whose only supplier is beyond the travel limit: nothing comes, and it says why. */
class HospitalExplanationTest {

    private static Plan plan;

    @BeforeAll
    static void solveTheDay() {
        AllocationEngine engine = new AllocationEngine();
        PreparedProblem prepared = engine.prepare(problem(
                List.of(supplier("FAR", -7.5, 107.5, 5.0, true, AMPLE_FLEET, 0, List.of())),
                List.of(hospital("A", -5.40, 105.30, 1.0, 0.0, 5, 0, 0, List.of())), List.of(), 2));
        OxygenAllocation solution = prepared.solution();
        solution.getLoxLots().forEach(lot -> lot.setTrip(null));
        engine.score(solution);
        plan = engine.report(prepared, solution);
    }

    @Test
    void theSummarySaysWhatComesAndWhyTheRestDoesNot() {
        HospitalExplanation explanation = HospitalExplanation.of(plan, "A");
        assertThat(explanation.summary()).startsWith("Hospital A asked for ").contains("It receives no liquid oxygen.")
                .contains("Why: Supplier FAR is out of reach: ").contains("beyond the maximum of 2.0 h.");
        assertThat(explanation.reasons()).extracting(HospitalExplanation.Reason::constraint).contains("LOX shortage");
    }

    @Test
    void anUnknownHospitalIsNotFound() {
        assertThatThrownBy(() -> HospitalExplanation.of(plan, "NOPE")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("hospital NOPE");
    }
}
