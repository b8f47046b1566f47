package org.oxyalloc.bound;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.oxyalloc.domain.Hospital;
import org.oxyalloc.domain.Supplier;
import org.oxyalloc.domain.Tanker;

/**
 * The tanker fleets' hours as linear limits on the LOX flow, so that the bound can keep them: per supplier, its
 * tankers' driving hours and their working days, summed.
 * <p>
 * A trip loads at most the largest tanker's {@code C} and visits hospital h, so it drives at least the round trip
 * {@code 2t_h} to each of its stops, and it unloads at each. Weighing each stop by its share of the load, a trip's
 * driving is at least {@code sum_h kg_h 2t_h / C}; its working time at least that plus loading {@code L / C} per kg
 * and, since one stop delivers at most {@code m_h = min(C, request, tank space)}, unloading {@code U / m_h} per kg.
 * Where trips serve one hospital each ({@code maxStopsPerTrip} 1), every term divides by {@code m_h}. Summed over
 * trips, each supplier's deliveries must fit these limits: a relaxation of the trips, exact for full tankers.
 */
final class TankerFleet {

    /**
     * One supplier's limit: its fleet minutes, and the delivery arcs that use them with their minutes per unit of flow.
     *
     * @param workingDay whether it limits the working day (driving, loading and unloading) rather than driving
     */
    record Limit(Supplier supplier, boolean workingDay, long minutes, int[] arcs, double[] minutesPerUnit) {

        double minutesUsed(double[] flows) {
            double used = 0;
            for (int i = 0; i < arcs.length; i++) {
                used += minutesPerUnit[i] * flows[arcs[i]];
            }
            return used;
        }
    }

    /** No fleet: the refills' network, whose shuttles are capacities, not fleets. */
    static final TankerFleet NONE = new TankerFleet(List.of());

    private final List<Limit> limits;

    private TankerFleet(List<Limit> limits) {
        this.limits = limits;
    }

    /**
     * @param lox a LOX network; counted in whole lots, a unit is charged as a lot of the largest size, which is exact
     *        for all but remainder lots and only used to start the solver, not for the bound
     * @param maxStopsPerTrip the most hospitals one trip serves
     */
    static TankerFleet of(Relaxation.Network lox, int maxStopsPerTrip) {
        Map<Supplier, List<Relaxation.Delivery>> bySupplier = new LinkedHashMap<>();
        lox.deliveries().forEach(d -> bySupplier.computeIfAbsent(d.supplier(), s -> new ArrayList<>()).add(d));
        List<Limit> limits = new ArrayList<>();
        bySupplier.forEach((supplier, deliveries) -> {
            int[] arcs = new int[deliveries.size()];
            double[] driving = new double[deliveries.size()];
            double[] working = new double[deliveries.size()];
            long largest = supplier.largestTankerKg();
            long loading = supplier.getTankers().stream().mapToLong(Tanker::getLoadingMinutes).min().orElse(0);
            long unloading = supplier.getTankers().stream().mapToLong(Tanker::getUnloadingMinutesPerStop).min().orElse(0);
            for (int i = 0; i < arcs.length; i++) {
                Hospital h = deliveries.get(i).hospital();
                long most = Math.min(largest,
                        Math.min(h.getLoxRequestKg(), Math.max(0, h.getTankCapacityKg() - h.getLoxStockKg())));
                arcs[i] = deliveries.get(i).arc();
                if (most == 0) {
                    continue;
                }
                double perLoad = maxStopsPerTrip == 1 ? most : largest;
                driving[i] = lox.unit() * supplier.roundTripMinutes(h) / perLoad;
                working[i] = driving[i] + lox.unit() * (loading / perLoad + (double) unloading / most);
            }
            limits.add(new Limit(supplier, false, supplier.drivingMinutesPerDay(), arcs, driving));
            limits.add(new Limit(supplier, true, supplier.workingMinutesPerDay(), arcs.clone(), working));
        });
        return new TankerFleet(limits);
    }

    List<Limit> limits() {
        return limits;
    }

    /**
     * The tie-breaking costs: the relaxation's costs times {@code COST_SCALE}, plus {@code SHARE_SCALE} times the share
     * of its supplier's fleet minutes a unit of flow uses (about 400 for a kg on a two-hour round trip in a 20 t
     * tanker of a 24-hour fleet). Small enough that costs stay far from overflowing at national scale; where the tie
     * breaks outweigh a cost difference, the optimum found is dearer and the proof is simply not had.
     */
    private static final long COST_SCALE = 1_000;
    private static final double SHARE_SCALE = 1e8;

    /**
     * The same flow problem with every cost scaled up and, on each delivery arc, the share of its supplier's fleet
     * minutes that a unit uses added: among the optima of the original costs (if the scaling keeps them apart), one
     * that leans on the fleets with time to spare.
     */
    FlowProblem preferringSpareTime(FlowProblem problem) {
        long[] costs = new long[problem.arcCount()];
        for (int a = 0; a < costs.length; a++) {
            costs[a] = problem.unitCost(a) * COST_SCALE;
        }
        for (Limit limit : limits) {
            for (int i = 0; i < limit.arcs().length; i++) {
                costs[limit.arcs()[i]] += Math.round(SHARE_SCALE * limit.minutesPerUnit()[i] / Math.max(1, limit.minutes()));
            }
        }
        return problem.withUnitCosts(costs);
    }

    /** Whether a flow needs more driving than some fleet has: only then does keeping the fleet change the bound. */
    boolean exceededBy(double[] flows) {
        return limits.stream().anyMatch(limit -> limit.minutesUsed(flows) > limit.minutes());
    }
}
