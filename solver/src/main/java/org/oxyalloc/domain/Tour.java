package org.oxyalloc.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.oxyalloc.travel.Leg;

/**
 * The order in which a tanker from a supplier visits some hospitals and returns, driving the least time.
 * <p>
 * The order is exact (Held-Karp) up to {@link #EXACT_STOPS} stops, more than a trip may have; beyond, nearest
 * neighbour, only to score a plan that breaks the stops limit anyway. Driving is never counted below the round trip
 * to the farthest stop, which any route through it drives: that keeps the bound's fleet limits valid even on a road
 * network with one-way roads, where the legs' triangle inequality may fail on the way back.
 *
 * @param stops in the order visited
 */
public record Tour(List<Hospital> stops, long drivingMinutes, long km) {

    static final int EXACT_STOPS = 8;

    public static Tour shortest(Supplier supplier, Collection<Hospital> stopSet) {
        List<Hospital> stops = new ArrayList<>(stopSet);
        // Ties between equally short orders go the same way on every run.
        stops.sort(Comparator.comparingInt(Hospital::getIndex));
        List<Hospital> order = List.copyOf(stops.size() <= EXACT_STOPS ? shortestOrder(supplier, stops)
                : nearestNeighbour(supplier, stops));
        double hours = 0;
        double km = 0;
        for (Leg leg : new Tour(order, 0, 0).legs(supplier)) {
            hours += leg.hours();
            km += leg.km();
        }
        double longestRoundTrip = 0;
        for (Hospital stop : order) {
            longestRoundTrip = Math.max(longestRoundTrip, 2 * stop.legFrom(supplier).hours());
        }
        return new Tour(order, Math.round(Math.max(hours, longestRoundTrip) * 60), Math.round(km));
    }

    /** The legs driven, in order: out to the first stop, between stops, back from the last. */
    public List<Leg> legs(Supplier supplier) {
        List<Leg> legs = new ArrayList<>();
        for (int i = 0; i <= stops.size() && !stops.isEmpty(); i++) {
            legs.add(i == 0 ? stops.get(0).legFrom(supplier)
                    : i == stops.size() ? stops.get(i - 1).legFrom(supplier) : between(supplier, stops.get(i - 1), stops.get(i)));
        }
        return legs;
    }

    /**
     * The leg between two stops: the road between them when they are near each other, or through the supplier's
     * depot if that is quicker or they are not, which a tanker can always drive (and which is then no better than two
     * trips on one load).
     */
    static Leg between(Supplier supplier, Hospital from, Hospital to) {
        Leg back = from.legFrom(supplier);
        Leg out = to.legFrom(supplier);
        Leg viaDepot = new Leg(back.km() + out.km(), back.hours() + out.hours());
        Leg direct = from.legTo(to);
        return direct != null && direct.hours() <= viaDepot.hours() ? direct : viaDepot;
    }

    /** Held-Karp over subsets: the order of least driving time from the supplier through every stop and back. */
    private static List<Hospital> shortestOrder(Supplier supplier, List<Hospital> stops) {
        int n = stops.size();
        if (n <= 1) {
            return stops;
        }
        double[][] leg = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                leg[i][j] = i == j ? 0 : between(supplier, stops.get(i), stops.get(j)).hours();
            }
        }
        int full = 1 << n;
        double[][] best = new double[full][n];
        int[][] previous = new int[full][n];
        for (double[] row : best) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (int i = 0; i < n; i++) {
            best[1 << i][i] = stops.get(i).legFrom(supplier).hours();
            previous[1 << i][i] = -1;
        }
        for (int set = 1; set < full; set++) {
            for (int last = 0; last < n; last++) {
                if ((set & (1 << last)) == 0 || best[set][last] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                for (int next = 0; next < n; next++) {
                    if ((set & (1 << next)) != 0) {
                        continue;
                    }
                    int grown = set | (1 << next);
                    double hours = best[set][last] + leg[last][next];
                    if (hours < best[grown][next]) {
                        best[grown][next] = hours;
                        previous[grown][next] = last;
                    }
                }
            }
        }
        int last = 0;
        double shortest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double hours = best[full - 1][i] + stops.get(i).legFrom(supplier).hours();
            if (hours < shortest) {
                shortest = hours;
                last = i;
            }
        }
        Hospital[] order = new Hospital[n];
        for (int set = full - 1, at = last, k = n - 1; at >= 0; k--) {
            order[k] = stops.get(at);
            int before = previous[set][at];
            set &= ~(1 << at);
            at = before;
        }
        return List.of(order);
    }

    private static List<Hospital> nearestNeighbour(Supplier supplier, List<Hospital> stops) {
        List<Hospital> left = new ArrayList<>(stops);
        List<Hospital> order = new ArrayList<>();
        Hospital at = null;
        while (!left.isEmpty()) {
            Hospital from = at;
            Hospital next = left.stream().min(Comparator.comparingDouble(
                    h -> from == null ? h.legFrom(supplier).hours() : between(supplier, from, h).hours())).orElseThrow();
            order.add(next);
            left.remove(next);
            at = next;
        }
        return order;
    }
}
