package org.oxyalloc.solver;

import java.util.List;
import java.util.Map;

import org.oxyalloc.bound.ShortageBound;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.problem.Problem;

/**
 * A problem ready to solve: the planning solution built from it, each hospital's demand, the travel model used, the
 * warnings found while building, and the bound no plan can beat.
 */
public record PreparedProblem(Problem problem, OxygenAllocation solution, Map<String, HospitalDemand> demands,
        String travelModel, List<String> warnings, ShortageBound bound) {

    /** The same problem with the bound computed on its solution. */
    public PreparedProblem withBound(ShortageBound bound) {
        return new PreparedProblem(problem, solution, demands, travelModel, warnings, bound);
    }
}
