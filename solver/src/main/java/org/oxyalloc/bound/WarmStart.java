package org.oxyalloc.bound;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongBiFunction;
import java.util.function.ToLongFunction;

import org.oxyalloc.bound.Relaxation.Network;
import org.oxyalloc.domain.Hospital;
import org.oxyalloc.domain.LoxLot;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.domain.RefillBatch;
import org.oxyalloc.domain.RefillRoute;
import org.oxyalloc.domain.Supplier;
import org.oxyalloc.domain.TankerTrip;

/** Turns the relaxation's flows into assigned lots on tanker trips, and assigned batches. */
final class WarmStart {

    private WarmStart() {
    }

    /**
     * Assigns LOX lots from whichever flow leaves the cheaper LOX shortage once its deliveries are packed into tanker
     * trips ({@link TripPacking}) and the trips no tanker has the hours for are left out.
     *
     * @param candidates flows per arc of the LOX network, in whole lots
     * @param medium a hospital's medium penalty for a shortage in kg
     */
    static void assignLox(OxygenAllocation allocation, Network lox, List<long[]> candidates,
            ToLongBiFunction<Hospital, Long> medium) {
        List<LoxLot> open = allocation.getLoxLots().stream().filter(l -> l.getSupplier() == null).toList();
        // The repair may drop lots assigned before, too: every candidate starts from the same plan.
        Map<LoxLot, TankerTrip> before = trips(allocation);
        Map<LoxLot, TankerTrip> best = before;
        long bestCost = Long.MAX_VALUE;
        for (long[] flows : candidates) {
            before.forEach(LoxLot::setTrip);
            TripPacking.pack(allocation, deliveries(open, before, lox, flows));
            Map<Hospital, Long> shortKg = new HashMap<>();
            allocation.getLoxLots().stream().filter(l -> l.getSupplier() == null)
                    .forEach(l -> shortKg.merge(l.getHospital(), l.getKg(), Long::sum));
            long cost = shortKg.entrySet().stream().mapToLong(e -> medium.applyAsLong(e.getKey(), e.getValue())).sum();
            if (cost < bestCost) {
                bestCost = cost;
                best = trips(allocation);
            }
        }
        best.forEach(LoxLot::setTrip);
    }

    /** Every lot's trip, null included. */
    private static Map<LoxLot, TankerTrip> trips(OxygenAllocation allocation) {
        Map<LoxLot, TankerTrip> trips = new HashMap<>();
        allocation.getLoxLots().forEach(lot -> trips.put(lot, lot.getTrip()));
        return trips;
    }

    /**
     * One lot per unit of flow, in the order they were split (what fits the tank comes first), by supplier and
     * hospital, in the flow's order; less the lots already on that supplier's trips to that hospital (a re-plan's
     * replayed quotas), so that the flow's amounts are not delivered on top of them.
     */
    private static Map<Supplier, Map<Hospital, List<LoxLot>>> deliveries(List<LoxLot> open, Map<LoxLot, TankerTrip> before,
            Network lox, long[] flows) {
        Map<Hospital, Deque<LoxLot>> lots = new HashMap<>();
        open.forEach(l -> lots.computeIfAbsent(l.getHospital(), h -> new ArrayDeque<>()).add(l));
        Map<Supplier, Map<Hospital, Long>> assigned = new HashMap<>();
        before.forEach((lot, trip) -> {
            if (trip != null) {
                assigned.computeIfAbsent(trip.getSupplier(), s -> new HashMap<>()).merge(lot.getHospital(), 1L, Long::sum);
            }
        });
        Map<Supplier, Map<Hospital, List<LoxLot>>> deliveries = new LinkedHashMap<>();
        for (Relaxation.Delivery delivery : lox.deliveries()) {
            Deque<LoxLot> left = lots.getOrDefault(delivery.hospital(), new ArrayDeque<>());
            long already = assigned.getOrDefault(delivery.supplier(), Map.of()).getOrDefault(delivery.hospital(), 0L);
            for (long unit = already; unit < flows[delivery.arc()] && !left.isEmpty(); unit++) {
                deliveries.computeIfAbsent(delivery.supplier(), s -> new LinkedHashMap<>())
                        .computeIfAbsent(delivery.hospital(), h -> new ArrayList<>()).add(left.poll());
            }
        }
        return deliveries;
    }

    /**
     * Assigns refill batches from whichever plan leaves the cheaper refill shortage.
     *
     * @param plans batches and their routes, e.g. from {@link #refillsInBatches} and {@link #refillsInCylinders}
     * @param medium a hospital's medium penalty for a shortage in cylinders
     */
    static void assignRefills(OxygenAllocation allocation, List<Map<RefillBatch, RefillRoute>> plans,
            ToLongBiFunction<Hospital, Long> medium) {
        plans.stream().min(Comparator.comparingLong(plan -> shortageCost(allocation, plan, medium)))
                .ifPresent(plan -> plan.forEach(RefillBatch::setRoute));
    }

    /**
     * Open batches from a flow counted in whole batches, a batch per unit: every unit a batch, but capacities rounded
     * down to whole batches.
     */
    static Map<RefillBatch, RefillRoute> refillsInBatches(OxygenAllocation allocation, Network inBatches, long[] flows) {
        Map<RefillBatch, RefillRoute> plan = new HashMap<>();
        Map<Hospital, Deque<RefillBatch>> batches = byHospital(open(allocation));
        Map<Hospital, Map<RefillRoute, Long>> assigned = assigned(allocation, batch -> 1L);
        for (Relaxation.Delivery delivery : inBatches.deliveries()) {
            Deque<RefillBatch> left = batches.getOrDefault(delivery.hospital(), new ArrayDeque<>());
            long already = assigned.getOrDefault(delivery.hospital(), Map.of()).getOrDefault(delivery.route(), 0L);
            for (long unit = already; unit < flows[delivery.arc()] && !left.isEmpty(); unit++) {
                plan.put(left.poll(), delivery.route());
            }
        }
        return plan;
    }

    /**
     * Open batches from a flow counted in cylinders, packed into whole batches: capacities exact, but packing can leave
     * some batches out.
     */
    static Map<RefillBatch, RefillRoute> refillsInCylinders(OxygenAllocation allocation, Network inCylinders, long[] flows) {
        Map<RefillBatch, RefillRoute> plan = new HashMap<>();
        Map<Hospital, Map<RefillRoute, Long>> refills = new HashMap<>();
        Map<Hospital, Map<RefillRoute, Long>> assigned = assigned(allocation, batch -> (long) batch.getCylinders());
        for (Relaxation.Delivery delivery : inCylinders.deliveries()) {
            long already = assigned.getOrDefault(delivery.hospital(), Map.of()).getOrDefault(delivery.route(), 0L);
            if (flows[delivery.arc()] > already) {
                refills.computeIfAbsent(delivery.hospital(), h -> new LinkedHashMap<>())
                        .put(delivery.route(), flows[delivery.arc()] - already);
            }
        }
        RefillSlack slack = new RefillSlack(allocation);
        Map<Hospital, Map<RefillRoute, Long>> flowLeft = new HashMap<>();
        Map<Hospital, List<RefillBatch>> unpacked = new LinkedHashMap<>();
        byHospital(open(allocation)).forEach((hospital, left) -> {
            // In the flow's order, so that ties between routes go the same way on every run.
            flowLeft.put(hospital, new LinkedHashMap<>(refills.getOrDefault(hospital, Map.of())));
            unpacked.put(hospital, packBatches(left, flowLeft.get(hospital), plan, slack));
        });
        // Only once every batch that fits the flow is packed, so that no capacity the flow counted on is taken.
        unpacked.forEach((hospital, left) -> placeWhereRoomIs(left, flowLeft.get(hospital), plan, slack));
        return plan;
    }

    /** What the batches already on a route (a re-plan's replayed refills) take of it, per hospital: not planned again. */
    private static Map<Hospital, Map<RefillRoute, Long>> assigned(OxygenAllocation allocation,
            ToLongFunction<RefillBatch> units) {
        Map<Hospital, Map<RefillRoute, Long>> assigned = new HashMap<>();
        allocation.getRefillBatches().stream().filter(b -> b.getRoute() != null).forEach(b -> assigned
                .computeIfAbsent(b.getHospital(), h -> new HashMap<>()).merge(b.getRoute(), units.applyAsLong(b), Long::sum));
        return assigned;
    }

    private static List<RefillBatch> open(OxygenAllocation allocation) {
        return allocation.getRefillBatches().stream().filter(b -> b.getRoute() == null).toList();
    }

    private static Map<Hospital, Deque<RefillBatch>> byHospital(List<RefillBatch> batches) {
        Map<Hospital, Deque<RefillBatch>> byHospital = new LinkedHashMap<>();
        batches.forEach(b -> byHospital.computeIfAbsent(b.getHospital(), h -> new ArrayDeque<>()).add(b));
        return byHospital;
    }

    /**
     * Each batch, in the order they were split, to the route with the most cylinders of the flow left that it fits.
     *
     * @return the batches that fit no route's flow
     */
    private static List<RefillBatch> packBatches(Deque<RefillBatch> batches, Map<RefillRoute, Long> left,
            Map<RefillBatch, RefillRoute> assigned, RefillSlack slack) {
        List<RefillBatch> unpacked = new ArrayList<>();
        for (RefillBatch batch : batches) {
            left.entrySet().stream().filter(route -> route.getValue() >= batch.getCylinders())
                    .max(Map.Entry.comparingByValue())
                    .ifPresentOrElse(route -> assign(batch, route, assigned, slack), () -> unpacked.add(batch));
        }
        return unpacked;
    }

    /** A batch that fits no route's flow goes to the route with the most flow left where every capacity has room. */
    private static void placeWhereRoomIs(List<RefillBatch> batches, Map<RefillRoute, Long> left,
            Map<RefillBatch, RefillRoute> assigned, RefillSlack slack) {
        for (RefillBatch batch : batches) {
            left.entrySet().stream().filter(route -> route.getValue() > 0 && slack.fits(batch, route.getKey()))
                    .max(Map.Entry.comparingByValue()).ifPresent(route -> assign(batch, route, assigned, slack));
        }
    }

    private static void assign(RefillBatch batch, Map.Entry<RefillRoute, Long> route, Map<RefillBatch, RefillRoute> assigned,
            RefillSlack slack) {
        assigned.put(batch, route.getKey());
        slack.take(batch, route.getKey());
        route.setValue(Math.max(0, route.getValue() - batch.getCylinders()));
    }

    /** What every refill capacity has left: stations, post shuttles, post quotas per hospital, empty cylinders. */
    private static final class RefillSlack {

        private final Map<Object, Long> left = new HashMap<>();

        RefillSlack(OxygenAllocation allocation) {
            allocation.getRefillRoutes().forEach(route -> {
                left.put(route.getStation(), (long) route.getStation().getRefillCylinders());
                if (route.getPost() != null) {
                    left.put(route.getPost(), (long) route.getPost().getCapacityPerDay());
                }
            });
            allocation.getHospitals().forEach(h -> left.put(h, (long) h.getEmptyCylinders()));
            allocation.getRefillBatches().stream().filter(b -> b.getRoute() != null).forEach(b -> take(b, b.getRoute()));
        }

        private List<Object> capacities(RefillBatch batch, RefillRoute route) {
            return route.getPost() == null ? List.of(route.getStation(), batch.getHospital())
                    : List.of(route.getStation(), batch.getHospital(), route.getPost(),
                            List.of(route.getPost(), batch.getHospital()));
        }

        boolean fits(RefillBatch batch, RefillRoute route) {
            return capacities(batch, route).stream().allMatch(c -> remaining(c, route) >= batch.getCylinders());
        }

        void take(RefillBatch batch, RefillRoute route) {
            capacities(batch, route).forEach(c -> left.put(c, remaining(c, route) - batch.getCylinders()));
        }

        /** A post's quota for one hospital is counted from its full value the first time. */
        private long remaining(Object capacity, RefillRoute route) {
            return left.computeIfAbsent(capacity, c -> (long) route.getPost().getQuotaPerHospitalPerDay());
        }
    }

    /** The medium penalty of the refill shortage if these batches are assigned (and those already assigned stay). */
    private static long shortageCost(OxygenAllocation allocation, Map<RefillBatch, RefillRoute> assigned,
            ToLongBiFunction<Hospital, Long> medium) {
        Map<Hospital, Long> shortCylinders = new HashMap<>();
        for (RefillBatch batch : allocation.getRefillBatches()) {
            if (batch.getRoute() == null && !assigned.containsKey(batch)) {
                shortCylinders.merge(batch.getHospital(), (long) batch.getCylinders(), Long::sum);
            }
        }
        return shortCylinders.entrySet().stream().mapToLong(e -> medium.applyAsLong(e.getKey(), e.getValue())).sum();
    }
}
