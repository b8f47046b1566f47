package org.oxyalloc.bound;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.oxyalloc.domain.Hospital;
import org.oxyalloc.domain.LoxLot;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.domain.Supplier;
import org.oxyalloc.domain.Tanker;
import org.oxyalloc.domain.TankerTrip;
import org.oxyalloc.domain.Tour;

/**
 * Turns what each supplier delivers to each hospital into tanker days: each delivery cut into tanker loads, the part
 * loads of near hospitals merged into multi-stop trips by Clarke and Wright's savings, and the trips placed on the
 * supplier's tankers, those that deliver the most per hour first, each on the tanker it fits most tightly. A trip no
 * tanker has the hours or the room for is left out: its lots stay unassigned.
 */
final class TripPacking {

    /** One load: the lots one trip brings to its stops. */
    private static final class Load {
        final List<LoxLot> lots = new ArrayList<>();
        final List<Hospital> stops = new ArrayList<>();
        long kg;

        Hospital first() {
            return stops.get(0);
        }

        Hospital last() {
            return stops.get(stops.size() - 1);
        }
    }

    private record Saving(Load from, Load to, double hours) {
    }

    private TripPacking() {
    }

    /**
     * Assigns the given unassigned lots, grouped by supplier and hospital, to trips of the supplier's tankers. Trips
     * already taken by assigned lots are not used again.
     */
    static void pack(OxygenAllocation allocation, Map<Supplier, Map<Hospital, List<LoxLot>>> deliveries) {
        Set<TankerTrip> taken = new HashSet<>();
        allocation.getLoxLots().stream().filter(l -> l.getTrip() != null).forEach(l -> taken.add(l.getTrip()));
        Map<Tanker, List<TankerTrip>> freeTrips = new LinkedHashMap<>();
        allocation.getTankerTrips().stream().filter(t -> !taken.contains(t))
                .forEach(t -> freeTrips.computeIfAbsent(t.getTanker(), k -> new ArrayList<>()).add(t));
        int maxStops = allocation.getRules().maxStopsPerTrip();
        Map<Tanker, long[]> used = usedMinutes(allocation);
        deliveries.forEach((supplier, byHospital) -> {
            List<Load> loads = merge(supplier, loads(supplier, byHospital), maxStops);
            place(supplier, loads, freeTrips, used);
        });
    }

    /** Driving and working minutes of the trips already taken (a re-plan's replayed trips), per tanker. */
    private static Map<Tanker, long[]> usedMinutes(OxygenAllocation allocation) {
        Map<TankerTrip, Set<Hospital>> stops = new LinkedHashMap<>();
        allocation.getLoxLots().stream().filter(l -> l.getTrip() != null)
                .forEach(l -> stops.computeIfAbsent(l.getTrip(), t -> new LinkedHashSet<>()).add(l.getHospital()));
        Map<Tanker, long[]> used = new HashMap<>();
        stops.forEach((trip, hospitals) -> {
            long driving = Tour.shortest(trip.getSupplier(), List.copyOf(hospitals)).drivingMinutes();
            long[] minutes = used.computeIfAbsent(trip.getTanker(), t -> new long[2]);
            minutes[0] += driving;
            minutes[1] += driving + trip.getTanker().handlingMinutes(hospitals.size());
        });
        return used;
    }

    /** Each delivery in loads of the supplier's largest tanker: full ones, then what is left. */
    private static List<Load> loads(Supplier supplier, Map<Hospital, List<LoxLot>> byHospital) {
        long capacity = supplier.largestTankerKg();
        List<Load> loads = new ArrayList<>();
        byHospital.forEach((hospital, lots) -> {
            Load load = null;
            for (LoxLot lot : lots) {
                if (load == null || load.kg + lot.getKg() > capacity) {
                    load = new Load();
                    load.stops.add(hospital);
                    loads.add(load);
                }
                load.lots.add(lot);
                load.kg += lot.getKg();
            }
        });
        return loads;
    }

    /**
     * Clarke and Wright: join the ends of two trips where driving from one to the other saves the most against
     * returning to the depot between them, while the load fits a tanker and the stops the limit.
     */
    private static List<Load> merge(Supplier supplier, List<Load> loads, int maxStops) {
        long capacity = supplier.largestTankerKg();
        Map<Hospital, Load> partial = new HashMap<>();
        loads.stream().filter(l -> l.kg < capacity).forEach(l -> partial.put(l.first(), l));
        List<Saving> savings = new ArrayList<>();
        for (Load load : partial.values()) {
            Hospital h = load.first();
            for (Hospital near : h.getNearby()) {
                Load other = partial.get(near);
                if (other != null && other != load && h.legTo(near) != null) {
                    double saved = h.legFrom(supplier).hours() + near.legFrom(supplier).hours() - h.legTo(near).hours();
                    if (saved > 0) {
                        savings.add(new Saving(load, other, saved));
                    }
                }
            }
        }
        savings.sort(Comparator.comparingDouble(Saving::hours).reversed()
                .thenComparingInt(s -> s.from().first().getIndex()).thenComparingInt(s -> s.to().first().getIndex()));
        Map<Load, Load> routeOf = new HashMap<>();
        partial.values().forEach(l -> routeOf.put(l, l));
        Set<Load> merged = new HashSet<>();
        for (Saving saving : savings) {
            Load a = routeOf.get(saving.from());
            Load b = routeOf.get(saving.to());
            Hospital from = saving.from().first();
            Hospital to = saving.to().first();
            if (a == b || a.last() != from || b.first() != to || a.kg + b.kg > capacity
                    || a.stops.size() + b.stops.size() > maxStops) {
                continue;
            }
            a.stops.addAll(b.stops);
            a.lots.addAll(b.lots);
            a.kg += b.kg;
            b.stops.forEach(stop -> routeOf.put(partial.get(stop), a));
            routeOf.put(b, a);
            merged.add(b);
        }
        return loads.stream().filter(load -> !merged.contains(load)).toList();
    }

    /** Most kg per working hour first; each on the tanker with room whose day it fills most tightly. */
    private static void place(Supplier supplier, List<Load> loads, Map<Tanker, List<TankerTrip>> freeTrips,
            Map<Tanker, long[]> used) {
        Map<Load, Tour> tours = new HashMap<>();
        loads.forEach(l -> tours.put(l, Tour.shortest(supplier, l.stops)));
        List<Load> best = new ArrayList<>(loads);
        // Handling is the same on every tanker of a supplier: the first one's stands for all.
        Tanker any = supplier.getTankers().get(0);
        best.sort(Comparator.comparingDouble((Load l) -> (double) l.kg
                / Math.max(1, tours.get(l).drivingMinutes() + any.handlingMinutes(l.stops.size()))).reversed());
        for (Load load : best) {
            Tour route = tours.get(load);
            Tanker chosen = null;
            long leastLeft = Long.MAX_VALUE;
            for (Tanker tanker : supplier.getTankers()) {
                List<TankerTrip> free = freeTrips.getOrDefault(tanker, List.of());
                long[] minutes = used.computeIfAbsent(tanker, t -> new long[2]);
                long working = route.drivingMinutes() + tanker.handlingMinutes(load.stops.size());
                long left = tanker.getWorkingMinutes() - minutes[1] - working;
                if (!free.isEmpty() && load.kg <= tanker.getCapacityKg()
                        && minutes[0] + route.drivingMinutes() <= tanker.getDrivingMinutes() && left >= 0 && left < leastLeft) {
                    chosen = tanker;
                    leastLeft = left;
                }
            }
            if (chosen != null) {
                TankerTrip trip = freeTrips.get(chosen).remove(0);
                long[] minutes = used.get(chosen);
                minutes[0] += route.drivingMinutes();
                minutes[1] += route.drivingMinutes() + chosen.handlingMinutes(load.stops.size());
                load.lots.forEach(lot -> lot.setTrip(trip));
            }
        }
    }
}
