package org.oxyalloc.bound;

import java.util.ArrayList;
import java.util.List;

import org.oxyalloc.bound.Relaxation.Network;
import org.oxyalloc.bound.Relaxation.Objective;
import org.oxyalloc.domain.Oxygen;
import org.oxyalloc.domain.OxygenAllocation;

/** Computes the bound of a prepared allocation, and the relaxation's plan to start the solver from. */
public final class Bounds {

    /** How long the linear program that keeps the tanker fleets may take before the bound goes without them. */
    static final long FLEET_LP_MILLIS = 5_000;
    /** Integer costs summed in a double stay exact well beyond national scale; this only absorbs their rounding. */
    private static final double FLOAT_MARGIN = 1e-9;

    private final MinCostFlowSolver flowSolver;

    public Bounds(MinCostFlowSolver flowSolver) {
        this.flowSolver = flowSolver;
    }

    public ShortageBound compute(OxygenAllocation allocation, ShortageWeights weights) {
        long start = System.nanoTime();
        Relaxation relaxation = new Relaxation(allocation, weights, false);
        Network loxMedium = relaxation.lox(Objective.MEDIUM);
        Network cylinderMedium = relaxation.cylinders(Objective.MEDIUM);
        long[] loxMediumFlows = flowSolver.solve(loxMedium.problem());
        double loxCost = loxMedium.problem().cost(loxMediumFlows);
        double cylinderCost = cylinderMedium.problem().cost(flowSolver.solve(cylinderMedium.problem()));

        Network lox = relaxation.lox(Objective.MOST_DELIVERED_LEAST_TRANSPORT);
        Network cylinders = relaxation.cylinders(Objective.MOST_DELIVERED_LEAST_TRANSPORT);
        long[] loxFlows = flowSolver.solve(lox.problem());
        long[] cylinderFlows = flowSolver.solve(cylinders.problem());
        long soft = weights.shortageAlwaysCosts()
                ? weights.transportTonKm() * transportLowerBound(lox, loxFlows)
                        + weights.refillTravel() * transportLowerBound(cylinders, cylinderFlows)
                : 0;
        double loxShortage = shortage(lox, toDoubles(loxFlows));

        TankerFleet mediumFleet = TankerFleet.of(loxMedium);
        TankerFleet mostFleet = TankerFleet.of(lox);
        boolean fleetCounted = false;
        if (mediumFleet.exceededBy(toDoubles(loxMediumFlows)) || mostFleet.exceededBy(toDoubles(loxFlows))) {
            var mediumWithFleet = FleetLp.solve(loxMedium.problem(), mediumFleet, FLEET_LP_MILLIS);
            var mostWithFleet = FleetLp.solve(lox.problem(), mostFleet, FLEET_LP_MILLIS);
            if (mediumWithFleet.isPresent() && mostWithFleet.isPresent()) {
                fleetCounted = true;
                loxCost = Math.max(loxCost, mediumWithFleet.get().cost() * (1 - FleetLp.SAFETY));
                loxShortage = Math.max(loxShortage, shortage(lox, mostWithFleet.get().flows()) * (1 - FleetLp.SAFETY));
                // A plan at the medium bound need not deliver the most any more, so transport has no bound here.
                soft = 0;
            }
        }
        long medium = (long) Math.ceil((loxCost + cylinderCost) / Relaxation.MEDIUM_SCALE - FLOAT_MARGIN);
        long shortageKg = (long) Math.ceil(loxShortage - FLOAT_MARGIN)
                + Oxygen.KG_PER_CYLINDER * (long) shortage(cylinders, toDoubles(cylinderFlows));
        return new ShortageBound(medium, shortageKg, soft, fleetCounted, flowSolver.name() + (fleetCounted ? " + GLOP" : ""),
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Starts from the relaxation's plan, the medium optimum with the least transport among ties, breaking no capacity:
     * LOX in whole lots, from the plain flow or (where the tanker fleets bind) from the linear program that keeps them,
     * whichever leaves less LOX shortage once deliveries that overrun a supplier's tanker hours are dropped; refills in
     * whole batches or packed from cylinders, whichever leaves less refill shortage. What stays unassigned is left to
     * the construction heuristic and the local search.
     */
    public void warmStart(OxygenAllocation allocation, ShortageWeights weights) {
        Relaxation wholeLots = new Relaxation(allocation, weights, true);
        Relaxation exact = new Relaxation(allocation, weights, false);
        Network lox = wholeLots.lox(Objective.MEDIUM_THEN_TRANSPORT);
        List<long[]> loxFlows = new ArrayList<>(List.of(flowSolver.solve(lox.problem())));
        TankerFleet fleet = TankerFleet.of(lox);
        if (fleet.exceededBy(toDoubles(loxFlows.get(0)))) {
            // Also what the fleets can drive, in whole lots rounded down, rather than all of it and then dropping some.
            FleetLp.solve(lox.problem(), fleet, FLEET_LP_MILLIS).map(Bounds::wholeUnits).ifPresent(loxFlows::add);
        }
        WarmStart.assignLox(allocation, lox, loxFlows, exact::loxMedium);
        Network inBatches = wholeLots.cylinders(Objective.MEDIUM_THEN_TRANSPORT);
        Network inCylinders = exact.cylinders(Objective.MEDIUM_THEN_TRANSPORT);
        WarmStart.assignRefills(allocation, inBatches, flowSolver.solve(inBatches.problem()), inCylinders,
                flowSolver.solve(inCylinders.problem()), exact::refillMedium);
    }

    private static double shortage(Network network, double[] flows) {
        double shortage = 0;
        for (int[] arcs : network.shortageArcs()) {
            for (int arc : arcs) {
                shortage += flows[arc];
            }
        }
        return shortage;
    }

    private static long[] wholeUnits(FleetLp.Solution solution) {
        long[] flows = new long[solution.flows().length];
        for (int a = 0; a < flows.length; a++) {
            flows[a] = (long) Math.floor(solution.flows()[a] + 1e-6);
        }
        return flows;
    }

    private static double[] toDoubles(long[] flows) {
        double[] doubles = new double[flows.length];
        for (int a = 0; a < flows.length; a++) {
            doubles[a] = flows[a];
        }
        return doubles;
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
