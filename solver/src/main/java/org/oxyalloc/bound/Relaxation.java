package org.oxyalloc.bound;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.LongUnaryOperator;

import org.oxyalloc.domain.CollectionPost;
import org.oxyalloc.domain.Hospital;
import org.oxyalloc.domain.Oxygen;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.domain.RefillRoute;
import org.oxyalloc.domain.Supplier;
import org.oxyalloc.solver.AllocationConstraintProvider;

/**
 * The day's allocation as two flow problems, LOX in kg and refills in cylinders, keeping supplies, refill and shuttle
 * capacities, post quotas, tank space, empty cylinders, grade, reserved groups and the travel limit exactly, and
 * dropping what a flow cannot express: whole tanker trips and driving hours, and one supplier per hospital.
 * <p>
 * Every hospital absorbs its whole request: delivered through supplier arcs, or short through parallel shortage arcs
 * whose unit costs are the slopes of its medium-level cost between consecutive shortages the lots allow (whole lots,
 * with or without the remainder lot). At every shortage a plan can have, taking the arcs in order costs exactly what
 * the score charges; any other choice of arcs is one more option a plan does not have. The optimum is therefore a
 * lower bound of the medium score of every plan, and equals it when the optimum needs no tanker limit.
 */
final class Relaxation {

    /** Medium unit costs are kept in thousandths, rounded down, so that a sum of them never exceeds the true cost. */
    static final long MEDIUM_SCALE = 1_000;
    /** Transport costs in tenths of a km per unit, rounded down. */
    static final long KM_SCALE = 10;

    enum Objective {
        /** The medium score: shortage by priority, plus fairness. */
        MEDIUM,
        /** Deliver as much as possible, then least transport. */
        MOST_DELIVERED_LEAST_TRANSPORT,
        /** The medium score first, transport as a tie-breaker: a good starting plan. */
        MEDIUM_THEN_TRANSPORT
    }

    /** A flow problem with what is needed to read the allocation back from its arcs. */
    record Network(FlowProblem problem, List<Delivery> deliveries, List<int[]> shortageArcs, long costScale) {
    }

    /** An arc that delivers to a hospital: from a supplier (LOX), a station or a collection post (refills). */
    record Delivery(int arc, Hospital hospital, Supplier supplier, RefillRoute route) {
    }

    private static final long MOST_DELIVERED_PENALTY = 100_000_000L;
    private static final long MEDIUM_BEFORE_TRANSPORT = 100;

    private final OxygenAllocation allocation;
    private final ShortageWeights weights;
    /** The largest lot of each hospital's LOX request and of its refill request: the size of all but the remainder. */
    private final java.util.Map<Hospital, Long> loxLot = new java.util.HashMap<>();
    private final java.util.Map<Hospital, Long> refillBatch = new java.util.HashMap<>();

    Relaxation(OxygenAllocation allocation, ShortageWeights weights) {
        this.allocation = allocation;
        this.weights = weights;
        allocation.getLoxLots().forEach(l -> loxLot.merge(l.getHospital(), l.getKg(), Math::max));
        allocation.getRefillBatches().forEach(b -> refillBatch.merge(b.getHospital(), (long) b.getCylinders(), Math::max));
    }

    Network lox(Objective objective) {
        FlowProblem flow = new FlowProblem();
        int source = flow.addNode();
        int sink = flow.addNode();
        double maxHours = allocation.getRules().maxTravelHours();
        List<Hospital> hospitals = allocation.getHospitals().stream().filter(h -> h.getLoxRequestKg() > 0).toList();
        int[] entry = new int[hospitals.size()];
        int[] hospitalNode = new int[hospitals.size()];
        List<int[]> shortageArcs = new ArrayList<>();
        long requested = 0;
        for (int i = 0; i < hospitals.size(); i++) {
            Hospital h = hospitals.get(i);
            entry[i] = flow.addNode();
            hospitalNode[i] = flow.addNode();
            long space = Math.max(0, h.getTankCapacityKg() - h.getLoxStockKg());
            flow.addArc(entry[i], hospitalNode[i], Math.min(h.getLoxRequestKg(), space), 0);
            flow.addArc(hospitalNode[i], sink, h.getLoxRequestKg(), 0);
            long linear = weights.loxShortage() * h.getPriorityPermille();
            long request = h.getLoxRequestKg();
            shortageArcs.add(shortagePieces(flow, source, hospitalNode[i], request, lotKg(h, true), objective,
                    u -> linear * u + weights.unfairLoxShortage() * AllocationConstraintProvider.unfairness(u, request)));
            requested += h.getLoxRequestKg();
        }
        List<Delivery> deliveries = new ArrayList<>();
        for (Supplier s : allocation.getLoxSuppliers()) {
            if (!s.isMedicalGrade()) {
                continue;
            }
            int node = flow.addNode();
            flow.addArc(source, node, s.getLoxKg(), 0);
            for (int i = 0; i < hospitals.size(); i++) {
                Hospital h = hospitals.get(i);
                var leg = h.legFrom(s);
                if (s.mayServe(h) && leg.hours() <= maxHours) {
                    int arc = flow.addArc(node, entry[i], h.getLoxRequestKg(), transportCost(objective, leg.km()));
                    deliveries.add(new Delivery(arc, h, s, null));
                }
            }
        }
        flow.setSupply(source, requested);
        flow.setSupply(sink, -requested);
        return new Network(flow, deliveries, shortageArcs, costScale(objective));
    }

    Network cylinders(Objective objective) {
        FlowProblem flow = new FlowProblem();
        int source = flow.addNode();
        int sink = flow.addNode();
        double maxHours = allocation.getRules().maxTravelHours();
        List<Hospital> hospitals = allocation.getHospitals().stream().filter(h -> h.getCylinderRequest() > 0).toList();
        int[] entry = new int[hospitals.size()];
        List<int[]> shortageArcs = new ArrayList<>();
        long requested = 0;
        for (int i = 0; i < hospitals.size(); i++) {
            Hospital h = hospitals.get(i);
            entry[i] = flow.addNode();
            int node = flow.addNode();
            flow.addArc(entry[i], node, Math.min(h.getCylinderRequest(), h.getEmptyCylinders()), 0);
            flow.addArc(node, sink, h.getCylinderRequest(), 0);
            // In kg of oxygen, as the score counts a cylinder: 8 kg.
            long linear = weights.cylinderShortage() * h.getPriorityPermille() * Oxygen.KG_PER_CYLINDER;
            long requestKg = h.getCylinderRequest() * Oxygen.KG_PER_CYLINDER;
            shortageArcs.add(shortagePieces(flow, source, node, h.getCylinderRequest(), lotKg(h, false), objective,
                    v -> linear * v + weights.unfairCylinderShortage()
                            * AllocationConstraintProvider.unfairness(v * Oxygen.KG_PER_CYLINDER, requestKg)));
            requested += h.getCylinderRequest();
        }
        List<Delivery> deliveries = new ArrayList<>();
        java.util.Map<Supplier, Integer> stationNodes = new java.util.HashMap<>();
        for (RefillRoute route : allocation.getRefillRoutes()) {
            Supplier station = route.getStation();
            if (!station.isMedicalGrade()) {
                continue;
            }
            int stationNode = stationNodes.computeIfAbsent(station, s -> {
                int node = flow.addNode();
                flow.addArc(source, node, s.getRefillCylinders(), 0);
                return node;
            });
            CollectionPost post = route.getPost();
            int from = stationNode;
            if (post != null) {
                from = flow.addNode();
                flow.addArc(stationNode, from, post.getCapacityPerDay(), 0);
            }
            for (int i = 0; i < hospitals.size(); i++) {
                Hospital h = hospitals.get(i);
                var leg = route.legFrom(h);
                if (leg.hours() <= maxHours) {
                    long capacity = post == null ? h.getCylinderRequest() : Math.min(h.getCylinderRequest(), post.getQuotaPerHospitalPerDay());
                    int arc = flow.addArc(from, entry[i], capacity,
                            transportCost(objective, leg.km() * Oxygen.KG_PER_CYLINDER));
                    deliveries.add(new Delivery(arc, h, station, route));
                }
            }
        }
        flow.setSupply(source, requested);
        flow.setSupply(sink, -requested);
        return new Network(flow, deliveries, shortageArcs, costScale(objective));
    }

    /** Lot size of the hospital's lots or batches, read from the entities so that the pieces match them exactly. */
    private long lotKg(Hospital hospital, boolean lox) {
        return (lox ? loxLot : refillBatch).getOrDefault(hospital, 1L);
    }

    /**
     * Parallel arcs from the source to the hospital, one per step between consecutive shortages the lots allow, each
     * costing the step's slope of the hospital's medium penalty, computed as the score computes it.
     */
    private static int[] shortagePieces(FlowProblem flow, int source, int hospital, long request, long lot,
            Objective objective, LongUnaryOperator medium) {
        TreeSet<Long> points = new TreeSet<>();
        long remainder = request % lot;
        for (long u = 0; u <= request; u += lot) {
            points.add(u);
            if (u + remainder <= request) {
                points.add(u + remainder);
            }
        }
        points.add(request);
        int[] arcs = new int[points.size() - 1];
        Long previous = null;
        int k = 0;
        for (long u : points) {
            if (previous != null) {
                double slope = (double) (medium.applyAsLong(u) - medium.applyAsLong(previous)) / (u - previous);
                long cost = switch (objective) {
                    case MEDIUM -> (long) Math.floor(slope * MEDIUM_SCALE);
                    case MOST_DELIVERED_LEAST_TRANSPORT -> MOST_DELIVERED_PENALTY;
                    case MEDIUM_THEN_TRANSPORT -> (long) Math.floor(slope * MEDIUM_SCALE) * MEDIUM_BEFORE_TRANSPORT;
                };
                arcs[k++] = flow.addArc(source, hospital, u - previous, cost);
            }
            previous = u;
        }
        return arcs;
    }

    private static long transportCost(Objective objective, double kgKmPerUnit) {
        return objective == Objective.MEDIUM ? 0 : (long) Math.floor(kgKmPerUnit * KM_SCALE);
    }

    private static long costScale(Objective objective) {
        return objective == Objective.MEDIUM ? MEDIUM_SCALE : KM_SCALE;
    }
}
