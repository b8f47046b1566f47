package org.oxyalloc.bound;

import java.util.List;
import java.util.Optional;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * A flow problem with the tanker fleets' limits added, as a linear program (OR-Tools' GLOP): the side constraints
 * break the flow structure, so no min-cost flow algorithm solves it. The bound uses it only when the plain flow's
 * optimum breaks a fleet limit, which keeps the common case at flow speed; {@link ScarceResources} changes one
 * capacity or limit at a time and solves again, which GLOP starts from its last basis.
 */
final class FleetLp implements AutoCloseable {

    static {
        Loader.loadNativeLibraries();
    }

    /**
     * GLOP's optimum can be off by its tolerances (about 1e-7 relative); the bound is lowered by this share so that
     * it never exceeds the true optimum.
     */
    static final double SAFETY = 1e-6;

    /**
     * The optimal cost, the flow per arc (fractional), and the duals: per arc its reduced cost (negative on an arc at
     * its capacity whose capacity would lower the cost), per fleet limit its constraint's dual (negative when binding).
     */
    record Solution(double cost, double[] flows, double[] reducedCosts, double[] limitDuals) {
    }

    private final MPSolver lp = MPSolver.createSolver("GLOP");
    private final MPVariable[] x;
    private final MPConstraint[] limits;

    FleetLp(FlowProblem flow, TankerFleet fleet) {
        x = new MPVariable[flow.arcCount()];
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
        List<TankerFleet.Limit> fleetLimits = fleet.limits();
        limits = new MPConstraint[fleetLimits.size()];
        for (int l = 0; l < limits.length; l++) {
            TankerFleet.Limit limit = fleetLimits.get(l);
            limits[l] = lp.makeConstraint(0, limit.minutes());
            for (int i = 0; i < limit.arcs().length; i++) {
                limits[l].setCoefficient(x[limit.arcs()[i]], limit.minutesPerUnit()[i]);
            }
        }
    }

    /** @return empty when GLOP does not prove an optimum within the time limit */
    static Optional<Solution> solve(FlowProblem flow, TankerFleet fleet, long timeLimitMillis) {
        try (FleetLp lp = new FleetLp(flow, fleet)) {
            return lp.solve(timeLimitMillis);
        }
    }

    /** @return empty when GLOP does not prove an optimum within the time limit */
    Optional<Solution> solve(long timeLimitMillis) {
        lp.setTimeLimit(Math.max(1, timeLimitMillis));
        if (lp.solve() != MPSolver.ResultStatus.OPTIMAL) {
            return Optional.empty();
        }
        double[] flows = new double[x.length];
        double[] reducedCosts = new double[x.length];
        for (int a = 0; a < x.length; a++) {
            flows[a] = x[a].solutionValue();
            reducedCosts[a] = x[a].reducedCost();
        }
        double[] limitDuals = new double[limits.length];
        for (int l = 0; l < limits.length; l++) {
            limitDuals[l] = limits[l].dualValue();
        }
        return Optional.of(new Solution(lp.objective().value(), flows, reducedCosts, limitDuals));
    }

    void setCapacity(int arc, double capacity) {
        x[arc].setUb(capacity);
    }

    double capacity(int arc) {
        return x[arc].ub();
    }

    /** Sets the minutes of a fleet limit, numbered as {@link TankerFleet#limits()} lists them. */
    void setLimitMinutes(int limit, double minutes) {
        limits[limit].setUb(minutes);
    }

    double limitMinutes(int limit) {
        return limits[limit].ub();
    }

    @Override
    public void close() {
        lp.delete();
    }
}
