package org.oxyalloc.bound;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import org.oxyalloc.bound.Relaxation.Network;
import org.oxyalloc.bound.Relaxation.Objective;
import org.oxyalloc.domain.Oxygen;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.domain.RefillBatch;
import org.oxyalloc.domain.RefillRoute;

/** Computes the bound of a prepared allocation, and the relaxation's plan to start the solver from. */
public final class Bounds {

    /** How long the linear program that keeps the tanker fleets may take before the bound goes without them. */
    static final long FLEET_LP_MILLIS = 5_000;
    /**
     * The warm start tries its other plans (LOX leaning on fleets with time to spare or from the fleets' linear program,
     * refills counted in cylinders) only on networks up to this many arcs (a province has a few thousand): at national scale each costs seconds (about 3 s
     * at 3,000 x 300), more than the first plan can spare.
     */
    static final int WARM_START_EXACT_ARCS = 100_000;
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
        double flowLoxCost = loxMedium.problem().cost(loxMediumFlows);
        double cylinderCost = cylinderMedium.problem().cost(flowSolver.solve(cylinderMedium.problem()));

        Network lox = relaxation.lox(Objective.MOST_DELIVERED_LEAST_TRANSPORT);
        Network cylinders = relaxation.cylinders(Objective.MOST_DELIVERED_LEAST_TRANSPORT);
        long[] loxFlows = flowSolver.solve(lox.problem());
        long[] cylinderFlows = flowSolver.solve(cylinders.problem());

        int maxStops = allocation.getRules().maxStopsPerTrip();
        var loxCost = withFleets(loxMedium, maxStops, loxMediumFlows, FleetLp.Solution::cost, flowLoxCost);
        var loxShortage = withFleets(lox, maxStops, loxFlows, lp -> lox.shortage(lp.flows()),
                lox.shortage(toDoubles(loxFlows)));
        // Where the fleets raise the medium bound, a plan at that bound need not deliver the most: no transport bound.
        long soft = weights.shortageAlwaysCosts() && loxCost.value() <= flowLoxCost
                ? weights.transportTonKm() * transportLowerBound(lox, loxFlows)
                        + weights.refillTravel() * transportLowerBound(cylinders, cylinderFlows)
                : 0;
        long medium = (long) Math.ceil((loxCost.value() + cylinderCost) / Relaxation.MEDIUM_SCALE - FLOAT_MARGIN);
        long shortageKg = (long) Math.ceil(loxShortage.value() - FLOAT_MARGIN)
                + Oxygen.KG_PER_CYLINDER * (long) cylinders.shortage(toDoubles(cylinderFlows));
        boolean fleetsKept = loxCost.fleetsKept() && loxShortage.fleetsKept();
        boolean glop = loxCost.byLinearProgram() || loxShortage.byLinearProgram();
        return new ShortageBound(medium, shortageKg, soft, fleetsKept, flowSolver.name() + (glop ? " + GLOP" : ""),
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * An optimum of the relaxation that keeps the tanker fleets' limits too.
     *
     * @param fleetsKept false only when the linear program found no optimum in time: the value then ignores the fleets
     * @param byLinearProgram whether it is the linear program's
     */
    private record FleetOptimum(double value, boolean fleetsKept, boolean byLinearProgram) {
    }

    /**
     * The value of an optimal flow, kept if the fleets can drive it or an equally cheap flow found by preferring the
     * fleets with time to spare; otherwise the linear program's, lowered for its tolerances.
     */
    private FleetOptimum withFleets(Network network, int maxStopsPerTrip, long[] optimum,
            ToDoubleFunction<FleetLp.Solution> valueOf, double flowValue) {
        TankerFleet fleet = TankerFleet.of(network, maxStopsPerTrip);
        if (fittingOptimum(network, fleet, optimum).isPresent()) {
            return new FleetOptimum(flowValue, true, false);
        }
        return FleetLp.solve(network.problem(), fleet, FLEET_LP_MILLIS)
                .map(lp -> new FleetOptimum(Math.max(flowValue, valueOf.applyAsDouble(lp) * (1 - FleetLp.SAFETY)), true, true))
                .orElse(new FleetOptimum(flowValue, false, false));
    }

    /**
     * A flow as cheap as {@code optimum} that fits every fleet: {@code optimum} itself, or the optimum of the same
     * costs with ties broken towards the fleets with time to spare. Found, it proves that the fleets do not bind.
     */
    private Optional<long[]> fittingOptimum(Network network, TankerFleet fleet, long[] optimum) {
        if (!fleet.exceededBy(toDoubles(optimum))) {
            return Optional.of(optimum);
        }
        long[] tieBroken = flowSolver.solve(fleet.preferringSpareTime(network.problem()));
        boolean asCheap = network.problem().cost(tieBroken) == network.problem().cost(optimum);
        return asCheap && !fleet.exceededBy(toDoubles(tieBroken)) ? Optional.of(tieBroken) : Optional.empty();
    }

    /**
     * Starts from the relaxation's plan, the medium optimum with the least transport among ties, breaking no capacity:
     * LOX in whole lots, from the plain flow or, where it needs more driving than a fleet has, also from the same flow
     * leaning on the fleets with time to spare, or else from the linear program that keeps them; whichever leaves less
     * LOX shortage once packed into tanker days ({@link TripPacking}), trips no tanker has the hours for left out. Refills in whole batches or
     * packed from cylinders, whichever leaves less refill shortage (both only up to {@link #WARM_START_EXACT_ARCS}). What
     * stays unassigned is left to the construction heuristic and the local search.
     */
    public void warmStart(OxygenAllocation allocation, ShortageWeights weights) {
        Relaxation wholeLots = new Relaxation(allocation, weights, true);
        Relaxation exact = new Relaxation(allocation, weights, false);
        Network lox = wholeLots.lox(Objective.MEDIUM_THEN_TRANSPORT);
        long[] plain = flowSolver.solve(lox.problem());
        List<long[]> loxFlows = new ArrayList<>(List.of(plain));
        TankerFleet fleet = TankerFleet.of(lox, allocation.getRules().maxStopsPerTrip());
        if (lox.dayArcCount() <= WARM_START_EXACT_ARCS && fleet.exceededBy(toDoubles(plain))) {
            long[] spareTime = flowSolver.solve(fleet.preferringSpareTime(lox.problem()));
            loxFlows.add(spareTime);
            if (fleet.exceededBy(toDoubles(spareTime))) {
                // What the fleets can drive, in whole lots rounded down, rather than all of it and then dropping some.
                FleetLp.solve(lox.problem(), fleet, FLEET_LP_MILLIS).map(Bounds::wholeUnits).ifPresent(loxFlows::add);
            }
        }
        WarmStart.assignLox(allocation, lox, loxFlows, exact::loxMedium);
        Network inBatches = wholeLots.cylinders(Objective.MEDIUM_THEN_TRANSPORT);
        List<Map<RefillBatch, RefillRoute>> refills = new ArrayList<>(
                List.of(WarmStart.refillsInBatches(allocation, inBatches, flowSolver.solve(inBatches.problem()))));
        if (inBatches.dayArcCount() <= WARM_START_EXACT_ARCS) {
            Network inCylinders = exact.cylinders(Objective.MEDIUM_THEN_TRANSPORT);
            refills.add(WarmStart.refillsInCylinders(allocation, inCylinders, flowSolver.solve(inCylinders.problem())));
        }
        WarmStart.assignRefills(allocation, refills, exact::refillMedium);
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
