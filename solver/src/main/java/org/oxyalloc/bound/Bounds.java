package org.oxyalloc.bound;

import org.oxyalloc.bound.Relaxation.Network;
import org.oxyalloc.bound.Relaxation.Objective;
import org.oxyalloc.domain.Oxygen;
import org.oxyalloc.domain.OxygenAllocation;

/** Computes the bound of a prepared allocation, and the relaxation's plan to start the solver from. */
public final class Bounds {

    private final MinCostFlowSolver flowSolver;

    public Bounds(MinCostFlowSolver flowSolver) {
        this.flowSolver = flowSolver;
    }

    public ShortageBound compute(OxygenAllocation allocation, ShortageWeights weights) {
        long start = System.nanoTime();
        Relaxation relaxation = new Relaxation(allocation, weights, false);
        long medium = 0;
        for (Network network : new Network[] {relaxation.lox(Objective.MEDIUM), relaxation.cylinders(Objective.MEDIUM)}) {
            medium += network.problem().cost(flowSolver.solve(network.problem()));
        }
        Network lox = relaxation.lox(Objective.MOST_DELIVERED_LEAST_TRANSPORT);
        Network cylinders = relaxation.cylinders(Objective.MOST_DELIVERED_LEAST_TRANSPORT);
        long[] loxFlows = flowSolver.solve(lox.problem());
        long[] cylinderFlows = flowSolver.solve(cylinders.problem());
        long soft = weights.shortageAlwaysCosts()
                ? weights.transportTonKm() * transportLowerBound(lox, loxFlows)
                        + weights.refillTravel() * transportLowerBound(cylinders, cylinderFlows)
                : 0;
        return new ShortageBound(-Math.floorDiv(-medium, Relaxation.MEDIUM_SCALE),
                shortage(lox, loxFlows) + Oxygen.KG_PER_CYLINDER * shortage(cylinders, cylinderFlows), soft, flowSolver.name(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Starts from the relaxation's plan in whole lots and batches: the medium optimum with the least transport among
     * ties. It breaks no capacity; deliveries beyond a supplier's tanker hours are dropped, and what stays unassigned
     * is left to the construction heuristic and the local search.
     */
    public void warmStart(OxygenAllocation allocation, ShortageWeights weights) {
        Relaxation relaxation = new Relaxation(allocation, weights, true);
        Network lox = relaxation.lox(Objective.MEDIUM_THEN_TRANSPORT);
        Network cylinders = relaxation.cylinders(Objective.MEDIUM_THEN_TRANSPORT);
        WarmStart.assign(allocation, lox, flowSolver.solve(lox.problem()), cylinders, flowSolver.solve(cylinders.problem()));
    }

    private static long shortage(Network network, long[] flows) {
        long shortage = 0;
        for (int[] arcs : network.shortageArcs()) {
            for (int arc : arcs) {
                shortage += flows[arc];
            }
        }
        return shortage;
    }

    /**
     * Transport of the delivered units, in kg-km: rounded down per unit by the relaxation, and less one per delivery
     * for the score's rounding of each delivery's kg-km to a whole number.
     */
    private static long transportLowerBound(Network network, long[] flows) {
        long cost = 0;
        long deliveries = 0;
        for (Relaxation.Delivery delivery : network.deliveries()) {
            long flow = flows[delivery.arc()];
            if (flow > 0) {
                cost += flow * network.problem().unitCost(delivery.arc());
                deliveries++;
            }
        }
        return Math.max(0, cost / network.costScale() - deliveries);
    }
}
