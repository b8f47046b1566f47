package org.oxyalloc.bound;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongUnaryOperator;

import org.oxyalloc.domain.CollectionPost;
import org.oxyalloc.domain.Hospital;
import org.oxyalloc.domain.Oxygen;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.domain.RefillRoute;
import org.oxyalloc.domain.Supplier;
import org.oxyalloc.domain.Unfairness;

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

    /**
     * A flow problem with what is needed to read the allocation back from its arcs.
     *
     * @param unit kg (LOX) or cylinders (refills) per unit of flow: 1, or the largest lot or batch
     * @param supplyArcs per supplier (LOX) or station (refills), the arc of what it has to give
     * @param postArcs per collection post, the arc of its shuttle's capacity
     */
    record Network(FlowProblem problem, List<Delivery> deliveries, List<int[]> shortageArcs, long costScale, long unit,
            Map<Supplier, Integer> supplyArcs, Map<CollectionPost, Integer> postArcs, int promiseArcs) {

        /** Its arcs less those that keep a re-plan's promises: the size of the day's own network. */
        int dayArcCount() {
            return problem.arcCount() - promiseArcs;
        }

        /** The shortage a flow leaves, in flow units. */
        double shortage(double[] flows) {
            double shortage = 0;
            for (int[] arcs : shortageArcs) {
                for (int arc : arcs) {
                    shortage += flows[arc];
                }
            }
            return shortage;
        }
    }

    /** An arc that delivers to a hospital: from a supplier (LOX), a station or a collection post (refills). */
    record Delivery(int arc, Hospital hospital, Supplier supplier, RefillRoute route) {
    }

    /** What a unit of shortage costs when the most is to be delivered: far above any unit's transport. */
    static final long MOST_DELIVERED_PENALTY = 100_000_000L;
    private static final long MEDIUM_BEFORE_TRANSPORT = 100;

    private final OxygenAllocation allocation;
    private final ShortageWeights weights;
    /** Units of flow: 1 kg and 1 cylinder for the bound; a whole lot and a whole batch for the warm start. */
    private final long loxUnit;
    private final long cylinderUnit;
    /** The sizes of each hospital's LOX lots and of its refill batches. */
    private final Map<Hospital, List<Long>> loxLots = new HashMap<>();
    private final Map<Hospital, List<Long>> refillBatches = new HashMap<>();
    /** A re-plan's published LOX per hospital and supplier (kg) and refills per hospital and route (cylinders). */
    private final Map<Hospital, Map<Object, Long>> published = new HashMap<>();
    /** Arcs {@link #stableEntry} added to the network being built. */
    private int promiseArcs;

    /**
     * @param wholeLots count flow in whole lots and batches, capacities rounded down to them: every unit of flow is
     *        then a lot a plan can assign, at the price of the capacity lost to rounding (the warm start); otherwise
     *        in kg and cylinders, exact (the bound)
     */
    Relaxation(OxygenAllocation allocation, ShortageWeights weights, boolean wholeLots) {
        this.allocation = allocation;
        this.weights = weights;
        allocation.getLoxLots().forEach(l -> loxLots.computeIfAbsent(l.getHospital(), h -> new ArrayList<>()).add(l.getKg()));
        allocation.getRefillBatches().forEach(b -> refillBatches.computeIfAbsent(b.getHospital(), h -> new ArrayList<>())
                .add((long) b.getCylinders()));
        allocation.getPublishedQuotas().forEach(q -> published.computeIfAbsent(q.hospital(), h -> new HashMap<>())
                .merge(q.supplier(), q.kg(), Long::sum));
        allocation.getPublishedRefills().forEach(r -> published.computeIfAbsent(r.hospital(), h -> new HashMap<>())
                .merge(r.route(), (long) r.cylinders(), Long::sum));
        this.loxUnit = wholeLots ? largest(loxLots) : 1;
        this.cylinderUnit = wholeLots ? largest(refillBatches) : 1;
    }

    private static long largest(Map<Hospital, List<Long>> lots) {
        return lots.values().stream().flatMap(List::stream).mapToLong(Long::longValue).max().orElse(1);
    }

    Network lox(Objective objective) {
        FlowProblem flow = new FlowProblem();
        int source = flow.addNode();
        int sink = flow.addNode();
        List<Hospital> hospitals = allocation.getHospitals().stream().filter(h -> h.getLoxRequestKg() > 0).toList();
        int[] entry = new int[hospitals.size()];
        int[] hospitalNode = new int[hospitals.size()];
        List<int[]> shortageArcs = new ArrayList<>();
        long requested = 0;
        for (int i = 0; i < hospitals.size(); i++) {
            Hospital h = hospitals.get(i);
            long request = h.getLoxRequestKg();
            long units = units(request, loxLots.get(h), loxUnit);
            entry[i] = flow.addNode();
            hospitalNode[i] = flow.addNode();
            long space = Math.max(0, h.getTankCapacityKg() - h.getLoxStockKg());
            flow.addArc(entry[i], hospitalNode[i], ceilDiv(Math.min(request, space), loxUnit), 0);
            flow.addArc(hospitalNode[i], sink, units, 0);
            shortageArcs.add(shortagePieces(flow, source, hospitalNode[i], shortages(loxLots.get(h), loxUnit), objective,
                    u -> loxMedium(h, Math.min(request, u * loxUnit))));
            requested += units;
        }
        List<Delivery> deliveries = new ArrayList<>();
        Map<Supplier, Integer> supplyArcs = new LinkedHashMap<>();
        for (Supplier s : allocation.getLoxSuppliers()) {
            if (!s.isMedicalGrade()) {
                continue;
            }
            int node = flow.addNode();
            supplyArcs.put(s, flow.addArc(source, node, s.getLoxKg() / loxUnit, 0));
            for (int i = 0; i < hospitals.size(); i++) {
                Hospital h = hospitals.get(i);
                var leg = h.legFrom(s);
                // A supplier can serve a hospital only through the trips its lots may take.
                if (h.getSuppliersInReach().contains(s)) {
                    long capacity = units(h.getLoxRequestKg(), loxLots.get(h), loxUnit);
                    int arc = flow.addArc(node, stableEntry(flow, objective, h, s, loxLots.get(h), loxUnit, capacity,
                            weights.publishedQuotaChanged(), entry[i]), capacity, transportCost(objective, leg.km() * loxUnit));
                    deliveries.add(new Delivery(arc, h, s, null));
                }
            }
        }
        flow.setSupply(source, requested);
        flow.setSupply(sink, -requested);
        return new Network(flow, deliveries, shortageArcs, costScale(objective), loxUnit, supplyArcs, Map.of(),
                takePromiseArcs());
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
            long request = h.getCylinderRequest();
            long units = units(request, refillBatches.get(h), cylinderUnit);
            entry[i] = flow.addNode();
            int node = flow.addNode();
            flow.addArc(entry[i], node, ceilDiv(Math.min(request, h.getEmptyCylinders()), cylinderUnit), 0);
            flow.addArc(node, sink, units, 0);
            shortageArcs.add(shortagePieces(flow, source, node, shortages(refillBatches.get(h), cylinderUnit), objective,
                    u -> refillMedium(h, Math.min(request, u * cylinderUnit))));
            requested += units;
        }
        List<Delivery> deliveries = new ArrayList<>();
        Map<Supplier, Integer> stationNodes = new HashMap<>();
        Map<Supplier, Integer> supplyArcs = new LinkedHashMap<>();
        Map<CollectionPost, Integer> postArcs = new LinkedHashMap<>();
        for (RefillRoute route : allocation.getRefillRoutes()) {
            Supplier station = route.getStation();
            if (!station.isMedicalGrade()) {
                continue;
            }
            int stationNode = stationNodes.computeIfAbsent(station, s -> {
                int node = flow.addNode();
                supplyArcs.put(s, flow.addArc(source, node, s.getRefillCylinders() / cylinderUnit, 0));
                return node;
            });
            CollectionPost post = route.getPost();
            int from = stationNode;
            if (post != null) {
                from = flow.addNode();
                postArcs.put(post, flow.addArc(stationNode, from, post.getCapacityPerDay() / cylinderUnit, 0));
            }
            for (int i = 0; i < hospitals.size(); i++) {
                Hospital h = hospitals.get(i);
                var leg = route.legFrom(h);
                if (leg.hours() <= maxHours) {
                    long units = units(h.getCylinderRequest(), refillBatches.get(h), cylinderUnit);
                    long capacity = post == null ? units : Math.min(units, post.getQuotaPerHospitalPerDay() / cylinderUnit);
                    int arc = flow.addArc(from, stableEntry(flow, objective, h, route, refillBatches.get(h), cylinderUnit,
                                    capacity, weights.publishedRefillsChanged() * Oxygen.KG_PER_CYLINDER, entry[i]), capacity,
                            transportCost(objective, leg.km() * Oxygen.KG_PER_CYLINDER * cylinderUnit));
                    deliveries.add(new Delivery(arc, h, station, route));
                }
            }
        }
        flow.setSupply(source, requested);
        flow.setSupply(sink, -requested);
        return new Network(flow, deliveries, shortageArcs, costScale(objective), cylinderUnit, supplyArcs, postArcs,
                takePromiseArcs());
    }

    /**
     * Where a delivery arc from a supplier (or refill route) enters a hospital: its entry node, or, in a re-plan's warm
     * start, a node of its own from which what the published plan gave this pair goes on free and anything beyond it
     * costs the stability rule's weight twice. That is the rule's |delivered - published| per pair plus its weight
     * once per unit delivered, a constant apart (so no arc costs less than nothing): so the flow keeps published
     * quotas where the shortage allows, and the extra weight, a thousandth of a kg's shortage, decides only between
     * flows of equal shortage. The rule's 100 kg for a quota that changes at all is a fixed charge no flow expresses.
     *
     * @param capacity the delivery arc's
     * @param weightPerUnit the stability weight per kg of LOX, or per cylinder, in the score's units
     */
    private int stableEntry(FlowProblem flow, Objective objective, Hospital h, Object from, List<Long> sizes, long unit,
            long capacity, long weightPerUnit, int entry) {
        if (objective != Objective.MEDIUM_THEN_TRANSPORT || allocation.getPublishedPlans().isEmpty()) {
            return entry;
        }
        int node = flow.addNode();
        long promised = unitsOf(published.getOrDefault(h, Map.of()).getOrDefault(from, 0L), sizes, unit);
        long beyond = 2 * weightPerUnit * unit * KM_SCALE;
        if (promised > 0) {
            flow.addArc(node, entry, promised, 0);
            promiseArcs++;
        }
        flow.addArc(node, entry, capacity, beyond);
        promiseArcs++;
        return node;
    }

    /** The arcs {@link #stableEntry} added to the network just built, counted afresh for the next. */
    private int takePromiseArcs() {
        int arcs = promiseArcs;
        promiseArcs = 0;
        return arcs;
    }

    /** An amount in flow units: itself, or the fewest of the lots (in their order) that make it. */
    private static long unitsOf(long amount, List<Long> sizes, long unit) {
        if (unit == 1) {
            return amount;
        }
        long units = 0;
        for (long sum = 0; sum < amount && units < sizes.size(); units++) {
            sum += sizes.get((int) units);
        }
        return units;
    }

    /** A hospital's medium penalty for a LOX shortage in kg, as the score computes it. */
    long loxMedium(Hospital h, long shortKg) {
        return weights.loxShortage() * h.getPriorityPermille() * shortKg
                + weights.unfairLoxShortage() * Unfairness.of(shortKg, h.getLoxRequestKg());
    }

    /** A hospital's medium penalty for a refill shortage, as the score computes it: in kg of oxygen, 8 kg a cylinder. */
    long refillMedium(Hospital h, long shortCylinders) {
        return weights.cylinderShortage() * h.getPriorityPermille() * Oxygen.KG_PER_CYLINDER * shortCylinders
                + weights.unfairCylinderShortage() * Unfairness.of(
                        shortCylinders * Oxygen.KG_PER_CYLINDER, h.getCylinderRequest() * Oxygen.KG_PER_CYLINDER);
    }

    /** A request in flow units: kg or cylinders, or its number of lots when the flow counts whole lots. */
    private static long units(long request, List<Long> lots, long unit) {
        return unit == 1 ? request : lots.size();
    }

    /** Whole lots that fit an amount, every lot of the part split to fit counted whole (see AllocationBuilder.split). */
    private static long ceilDiv(long amount, long unit) {
        return -Math.floorDiv(-amount, unit);
    }

    /**
     * The shortages, in flow units, that a hospital's lots allow: every sum of a subset of them (whole units when the
     * flow counts whole lots).
     */
    private static TreeSet<Long> shortages(List<Long> lots, long unit) {
        TreeSet<Long> sums = new TreeSet<>(List.of(0L));
        if (unit > 1) {
            for (long u = 1; u <= lots.size(); u++) {
                sums.add(u);
            }
            return sums;
        }
        Map<Long, Long> counts = new TreeMap<>();
        lots.forEach(size -> counts.merge(size, 1L, Long::sum));
        counts.forEach((size, count) -> {
            List<Long> base = List.copyOf(sums);
            for (long k = 1; k <= count; k++) {
                for (long sum : base) {
                    sums.add(sum + k * size);
                }
            }
        });
        return sums;
    }

    /**
     * Parallel arcs from the source to the hospital, one per step between consecutive shortages the lots allow, each
     * costing the step's slope of the hospital's medium penalty, computed as the score computes it.
     */
    private static int[] shortagePieces(FlowProblem flow, int source, int hospital, TreeSet<Long> points,
            Objective objective, LongUnaryOperator medium) {
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
