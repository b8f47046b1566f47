package org.oxyalloc.bound;

import java.util.Optional;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * A flow problem with the tanker fleets' limits added, as a linear program (OR-Tools' GLOP): the side constraints
 * break the flow structure, so no min-cost flow algorithm solves it. Only used when the plain flow's optimum breaks a
 * fleet limit, which keeps the common case at flow speed.
 */
final class FleetLp {

    static {
        Loader.loadNativeLibraries();
    }

    /**
     * GLOP's optimum can be off by its tolerances (about 1e-7 relative); the bound is lowered by this share so that
     * it never exceeds the true optimum.
     */
    static final double SAFETY = 1e-6;

    /** The optimal cost and the flow per arc, fractional. */
    record Solution(double cost, double[] flows) {
    }

    private FleetLp() {
    }

    /** @return empty when GLOP does not prove an optimum within the time limit */
    static Optional<Solution> solve(FlowProblem flow, TankerFleet fleet, long timeLimitMillis) {
        MPSolver lp = MPSolver.createSolver("GLOP");
        try {
            lp.setTimeLimit(timeLimitMillis);
            MPVariable[] x = new MPVariable[flow.arcCount()];
            MPConstraint[] balance = new MPConstraint[flow.nodeCount()];
            for (int n = 0; n < balance.length; n++) {
                balance[n] = lp.makeConstraint(flow.supply(n), flow.supply(n));
            }
            MPObjective objective = lp.objective();
            for (int a = 0; a < x.length; a++) {
                x[a] = lp.makeNumVar(0, flow.capacity(a), "");
                balance[flow.tail(a)].setCoefficient(x[a], 1);
                balance[flow.head(a)].setCoefficient(x[a], -1);
                objective.setCoefficient(x[a], flow.unitCost(a));
            }
            objective.setMinimization();
            for (TankerFleet.Limit limit : fleet.limits()) {
                MPConstraint minutes = lp.makeConstraint(0, limit.minutes());
                for (int i = 0; i < limit.arcs().length; i++) {
                    minutes.setCoefficient(x[limit.arcs()[i]], limit.minutesPerUnit()[i]);
                }
            }
            if (lp.solve() != MPSolver.ResultStatus.OPTIMAL) {
                return Optional.empty();
            }
            double[] flows = new double[x.length];
            for (int a = 0; a < x.length; a++) {
                flows[a] = x[a].solutionValue();
            }
            return Optional.of(new Solution(objective.value(), flows));
        } finally {
            lp.delete();
        }
    }
}
