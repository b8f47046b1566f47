package org.oxyalloc.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;

import org.oxyalloc.domain.Hospital;
import org.oxyalloc.domain.LoxLot;
import org.oxyalloc.domain.Oxygen;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.domain.PublishedPlan;
import org.oxyalloc.domain.PublishedQuota;
import org.oxyalloc.domain.PublishedRefills;
import org.oxyalloc.domain.RefillBatch;
import org.oxyalloc.domain.RefillRoute;
import org.oxyalloc.domain.Supplier;
import org.oxyalloc.domain.Tanker;
import org.oxyalloc.domain.TankerTrip;
import org.oxyalloc.problem.Problem;

/**
 * A re-plan starts from the plan it re-plans: that plan's quotas become facts that the stability rules weigh every
 * change against, and its trips and refills are replayed onto the new day's lots and batches where they still can be
 * (the trip's tanker still in service and the hospital still in its reach), so that the search begins where the
 * hospitals were told it would be. Dispatched trips are pinned: what has left the plant is not planned again.
 */
final class Replanning {

    private Replanning() {
    }

    static void startFrom(Problem.Baseline baseline, OxygenAllocation solution) {
        Map<String, Supplier> suppliers = new HashMap<>();
        solution.getSuppliers().forEach(s -> suppliers.put(s.getId(), s));
        Map<String, Hospital> hospitals = new HashMap<>();
        solution.getHospitals().forEach(h -> hospitals.put(h.getId(), h));
        Map<String, TankerTrip> trips = new HashMap<>();
        solution.getTankerTrips().forEach(t -> trips.put(t.getId(), t));
        Map<String, Tanker> tankers = new HashMap<>();
        solution.getTankers().forEach(t -> tankers.put(t.getId(), t));
        Map<Hospital, List<LoxLot>> lots = new HashMap<>();
        solution.getLoxLots().stream().filter(l -> l.getTrip() == null)
                .forEach(l -> lots.computeIfAbsent(l.getHospital(), h -> new ArrayList<>()).add(l));
        Map<Hospital, Map<Supplier, Long>> quotas = new LinkedHashMap<>();
        for (Problem.BaselineTrip planned : baseline.tankerTripsOrEmpty()) {
            Supplier supplier = suppliers.get(planned.supplierId());
            // A tanker's id in the model is its supplier's and its own: see AllocationBuilder.
            String tankerId = planned.supplierId() + "/" + planned.tankerId();
            TankerTrip trip = trips.get(tankerId + "#" + planned.number());
            if (trip == null && planned.isDispatched()) {
                // A trip on the road is kept even where the day as changed offers its tanker fewer trips.
                trip = new TankerTrip(tankers.get(tankerId), planned.number());
                solution.getTankerTrips().add(trip);
                trips.put(trip.getId(), trip);
            }
            for (Problem.BaselineStop stop : planned.stops()) {
                Hospital hospital = hospitals.get(stop.hospitalId());
                long kg = Oxygen.tonsToKg(stop.tons());
                quotas.computeIfAbsent(hospital, h -> new LinkedHashMap<>()).merge(supplier, kg, Long::sum);
                if (trip != null && planned.isDispatched() && !hospital.getTripsInReach().contains(trip)) {
                    // It left for this hospital whatever its reach today: the lots it carries must be able to hold it.
                    List<TankerTrip> reach = new ArrayList<>(hospital.getTripsInReach());
                    reach.add(trip);
                    hospital.setTripsInReach(reach);
                }
                if (trip != null && hospital.getTripsInReach().contains(trip)) {
                    for (LoxLot lot : take(lots.getOrDefault(hospital, new ArrayList<>()), kg, LoxLot::getKg)) {
                        if (planned.isDispatched()) {
                            lot.dispatchOn(trip);
                            trip.markDispatched();
                        } else {
                            lot.setTrip(trip);
                        }
                    }
                }
            }
        }
        List<PublishedQuota> published = new ArrayList<>();
        quotas.forEach((hospital, bySupplier) -> bySupplier.forEach((supplier, kg) ->
                published.add(new PublishedQuota(hospital, supplier, kg))));
        solution.setPublished(new PublishedPlan(baseline.planId(), baseline.reason()), published,
                refills(baseline, solution, suppliers, hospitals));
    }

    /**
     * Takes from the open lots (or batches) of a hospital what makes the amount, the largest that still fits first, so
     * that a quota split over two suppliers is replayed to the kg where the sizes allow (0.1 + 0.05 t, and 0.1 t), not
     * 0.2 and 0.05 t; what no size fits is left for the flow and the search.
     */
    static <T> List<T> take(List<T> open, long amount, ToLongFunction<T> size) {
        open.sort(Comparator.comparingLong(size).reversed());
        List<T> taken = new ArrayList<>();
        long left = amount;
        for (Iterator<T> each = open.iterator(); each.hasNext() && left > 0; ) {
            T item = each.next();
            if (size.applyAsLong(item) <= left) {
                taken.add(item);
                left -= size.applyAsLong(item);
                each.remove();
            }
        }
        return taken;
    }

    private static List<PublishedRefills> refills(Problem.Baseline baseline, OxygenAllocation solution,
            Map<String, Supplier> suppliers, Map<String, Hospital> hospitals) {
        Map<Hospital, List<RefillBatch>> batches = new HashMap<>();
        solution.getRefillBatches().stream().filter(b -> b.getRoute() == null)
                .forEach(b -> batches.computeIfAbsent(b.getHospital(), h -> new ArrayList<>()).add(b));
        Map<Hospital, Map<RefillRoute, Integer>> byRoute = new LinkedHashMap<>();
        for (Problem.BaselineRefill planned : baseline.refillsOrEmpty()) {
            Hospital hospital = hospitals.get(planned.hospitalId());
            Supplier station = suppliers.get(planned.stationId());
            // A station without refill capacity today has no direct route: its refills still count as published.
            RefillRoute route = solution.getRefillRoutes().stream().filter(r -> r.getStation() == station
                    && Objects.equals(r.getPost() == null ? null : r.getPost().getId(), planned.postId())).findFirst()
                    .orElse(null);
            if (route == null) {
                continue;
            }
            byRoute.computeIfAbsent(hospital, h -> new LinkedHashMap<>()).merge(route, planned.cylinders(), Integer::sum);
            if (hospital.getRoutesInReach().contains(route)) {
                take(batches.getOrDefault(hospital, new ArrayList<>()), planned.cylinders(), RefillBatch::getCylinders)
                        .forEach(batch -> batch.setRoute(route));
            }
        }
        List<PublishedRefills> published = new ArrayList<>();
        byRoute.forEach((hospital, routes) -> routes.forEach((route, cylinders) ->
                published.add(new PublishedRefills(hospital, route, cylinders))));
        return published;
    }
}
