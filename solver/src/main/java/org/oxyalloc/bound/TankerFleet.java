package org.oxyalloc.bound;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.oxyalloc.domain.Hospital;
import org.oxyalloc.domain.Supplier;

/**
 * The tanker fleets' driving hours as linear limits on the LOX flow, so that the bound can keep them. A delivery of
 * {@code kg} from supplier s to hospital h takes ⌈kg / tanker⌉ round trips; since it never exceeds what h can take
 * today, {@code max_h = min(request, tank space)}, that is at least kg / min(tanker, max_h) trips (if max_h fits one
 * tanker, any delivery is one trip and kg / max_h ≤ 1). So each kg costs round-trip minutes / min(tanker, max_h) of
 * the supplier's fleet minutes: a relaxation of the whole trips, exact for full tankers and for whole-request deliveries.
 */
final class TankerFleet {

    /** One supplier's limit: its fleet minutes, and the delivery arcs that use them with their minutes per unit of flow. */
    record Limit(Supplier supplier, long minutes, int[] arcs, double[] minutesPerUnit) {

        double minutesUsed(double[] flows) {
            double used = 0;
            for (int i = 0; i < arcs.length; i++) {
                used += minutesPerUnit[i] * flows[arcs[i]];
            }
            return used;
        }
    }

    private final List<Limit> limits;

    private TankerFleet(List<Limit> limits) {
        this.limits = limits;
    }

    /**
     * @param lox a LOX network; counted in whole lots, a unit is charged as a lot of the largest size, which is exact
     *        for all but remainder lots and only used to start the solver, not for the bound
     */
    static TankerFleet of(Relaxation.Network lox) {
        Map<Supplier, List<Relaxation.Delivery>> bySupplier = new LinkedHashMap<>();
        lox.deliveries().forEach(d -> bySupplier.computeIfAbsent(d.supplier(), s -> new ArrayList<>()).add(d));
        List<Limit> limits = new ArrayList<>();
        bySupplier.forEach((supplier, deliveries) -> {
            int[] arcs = new int[deliveries.size()];
            double[] perUnit = new double[deliveries.size()];
            for (int i = 0; i < arcs.length; i++) {
                Hospital h = deliveries.get(i).hospital();
                long most = Math.min(h.getLoxRequestKg(), Math.max(0, h.getTankCapacityKg() - h.getLoxStockKg()));
                arcs[i] = deliveries.get(i).arc();
                perUnit[i] = most == 0 ? 0
                        : (double) lox.unit() * supplier.roundTripMinutes(h) / Math.min(supplier.getTankerKg(), most);
            }
            limits.add(new Limit(supplier, supplier.getFleetMinutesPerDay(), arcs, perUnit));
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
