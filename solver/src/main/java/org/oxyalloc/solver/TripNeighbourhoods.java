package org.oxyalloc.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.oxyalloc.domain.Hospital;
import org.oxyalloc.domain.PlanningRules;
import org.oxyalloc.domain.Supplier;
import org.oxyalloc.domain.Tanker;
import org.oxyalloc.domain.TankerTrip;
import org.oxyalloc.travel.GeoPoint;
import org.oxyalloc.travel.Leg;
import org.oxyalloc.travel.TravelModel;

/**
 * What tanker trips can do: which hospitals are near enough to share one (with the legs between them), how many
 * trips each tanker may make, and which trips may serve each hospital.
 */
final class TripNeighbourhoods {

    /**
     * Hospitals that may share a trip with a given one: its nearest in a straight line, and those that count it among
     * theirs. Trips between farther hospitals go through the depot, which is never better than two trips.
     */
    static final int NEAREST = 10;

    private TripNeighbourhoods() {
    }

    /**
     * Gives each hospital the legs to its neighbours: one travel query per hospital, so a road network costs one
     * shortest-path search each, never a full matrix.
     *
     * @param places every hospital's place, by index
     */
    static void connect(List<Hospital> hospitals, List<GeoPoint> places, TravelModel travel) {
        int n = hospitals.size();
        Map<Hospital, List<Hospital>> near = new HashMap<>();
        for (int i = 0; i < n; i++) {
            near.put(hospitals.get(i), new ArrayList<>(nearest(hospitals, places, i)));
        }
        for (Hospital hospital : hospitals) {
            for (Hospital other : List.copyOf(near.get(hospital))) {
                List<Hospital> theirs = near.get(other);
                if (!theirs.contains(hospital)) {
                    theirs.add(hospital);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            Hospital hospital = hospitals.get(i);
            List<Hospital> neighbours = near.get(hospital);
            Leg[][] legs = travel.legs(List.of(places.get(hospital.getIndex())),
                    neighbours.stream().map(h -> places.get(h.getIndex())).toList());
            hospital.setNearby(neighbours.toArray(Hospital[]::new), legs[0]);
        }
    }

    /** The {@link #NEAREST} hospitals nearest in a straight line: a bounded heap, not a sort of them all. */
    private static List<Hospital> nearest(List<Hospital> hospitals, List<GeoPoint> places, int i) {
        GeoPoint from = places.get(hospitals.get(i).getIndex());
        double cosLat = Math.cos(Math.toRadians(from.lat()));
        PriorityQueue<double[]> farthestFirst = new PriorityQueue<>((a, b) -> Double.compare(b[0], a[0]));
        for (int j = 0; j < hospitals.size(); j++) {
            if (j == i) {
                continue;
            }
            GeoPoint to = places.get(hospitals.get(j).getIndex());
            double dLat = to.lat() - from.lat();
            double dLon = (to.lon() - from.lon()) * cosLat;
            double squared = dLat * dLat + dLon * dLon;
            if (farthestFirst.size() < NEAREST || squared < farthestFirst.peek()[0]) {
                farthestFirst.add(new double[] {squared, j});
                if (farthestFirst.size() > NEAREST) {
                    farthestFirst.poll();
                }
            }
        }
        return farthestFirst.stream().sorted(Comparator.comparingDouble((double[] e) -> e[0]).thenComparingDouble(e -> e[1]))
                .map(e -> hospitals.get((int) e[1])).toList();
    }

    /**
     * Each tanker's trips: as many as its working day holds of its shortest trip (loading, one drop, the round trip to
     * the nearest hospital it may serve), at most {@code maxTripsPerTanker}; none if not even that fits.
     */
    static List<TankerTrip> trips(List<Supplier> suppliers, List<Hospital> hospitals, int maxTripsPerTanker) {
        List<TankerTrip> trips = new ArrayList<>();
        for (Supplier supplier : suppliers) {
            if (!supplier.deliversLox()) {
                continue;
            }
            double nearestHours = hospitals.stream().mapToDouble(h -> h.legFrom(supplier).hours()).min().orElse(0);
            long shortestDriving = Math.round(2 * nearestHours * 60);
            for (Tanker tanker : supplier.getTankers()) {
                long shortestWorking = shortestDriving + tanker.handlingMinutes(1);
                long count = maxTripsPerTanker;
                if (shortestWorking > 0) {
                    count = Math.min(count, tanker.getWorkingMinutes() / shortestWorking);
                }
                if (shortestDriving > 0) {
                    count = Math.min(count, tanker.getDrivingMinutes() / shortestDriving);
                }
                for (int number = 1; number <= count; number++) {
                    trips.add(new TankerTrip(tanker, number));
                }
            }
        }
        return trips;
    }

    /**
     * Offers each hospital the trips that may serve it: of medical-grade suppliers open to it within the travel limit,
     * on tankers whose day holds a round trip to it. Nearest supplier first, the order the construction tries them.
     */
    static void offer(List<TankerTrip> trips, List<Hospital> hospitals, PlanningRules rules) {
        Map<Supplier, List<TankerTrip>> bySupplier = new LinkedHashMap<>();
        trips.forEach(trip -> bySupplier.computeIfAbsent(trip.getSupplier(), s -> new ArrayList<>()).add(trip));
        for (Hospital hospital : hospitals) {
            List<TankerTrip> offered = new ArrayList<>();
            bySupplier.keySet().stream().filter(supplier -> mayServe(supplier, hospital, rules))
                    .sorted(Comparator.comparingDouble(supplier -> hospital.legFrom(supplier).hours()))
                    .forEach(supplier -> bySupplier.get(supplier).stream()
                            .filter(trip -> fitsADay(trip.getTanker(), hospital)).forEach(offered::add));
            hospital.setTripsInReach(offered);
        }
    }

    /** Whether the trip is among the hospital's values: the test {@link #offer} applies, without the list. */
    static boolean offers(TankerTrip trip, Hospital hospital, PlanningRules rules) {
        return mayServe(trip.getSupplier(), hospital, rules) && fitsADay(trip.getTanker(), hospital);
    }

    static boolean mayServe(Supplier supplier, Hospital hospital, PlanningRules rules) {
        return supplier.deliversLox() && supplier.isMedicalGrade() && supplier.mayServe(hospital)
                && hospital.legFrom(supplier).hours() <= rules.maxTravelHours();
    }

    private static boolean fitsADay(Tanker tanker, Hospital hospital) {
        long roundTrip = Math.round(2 * hospital.legFrom(tanker.getSupplier()).hours() * 60);
        return roundTrip <= tanker.getDrivingMinutes() && roundTrip + tanker.handlingMinutes(1) <= tanker.getWorkingMinutes();
    }
}
