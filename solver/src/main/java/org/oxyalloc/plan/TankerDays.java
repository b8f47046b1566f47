package org.oxyalloc.plan;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.oxyalloc.domain.Hospital;
import org.oxyalloc.domain.LoxLot;
import org.oxyalloc.domain.Oxygen;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.domain.Supplier;
import org.oxyalloc.domain.Tanker;
import org.oxyalloc.domain.TankerTrip;
import org.oxyalloc.domain.Tour;
import org.oxyalloc.travel.Leg;

/**
 * Each tanker's day as a driver and a plant read it: its trips (those the lots take) in order of their numbers, one
 * after another from the start of the working day; each trip loaded, driven through its stops in the shortest order,
 * unloaded at each, and back. Also what a supplier's tankers use, and how many trips stop at each hospital.
 */
final class TankerDays {

    private final Map<Tanker, Plan.TankerDay> days = new LinkedHashMap<>();
    private final Map<Tanker, long[]> minutes = new HashMap<>();
    private final Map<Hospital, Map<Supplier, Integer>> tripsTo = new HashMap<>();

    private TankerDays() {
    }

    static TankerDays of(OxygenAllocation solved, String dayStartsAt) {
        Map<TankerTrip, Map<Hospital, Long>> loads = new HashMap<>();
        for (LoxLot lot : solved.getLoxLots()) {
            if (lot.getTrip() != null) {
                loads.computeIfAbsent(lot.getTrip(), t -> new LinkedHashMap<>()).merge(lot.getHospital(), lot.getKg(), Long::sum);
            }
        }
        Map<Tanker, TreeMap<Integer, TankerTrip>> byTanker = new LinkedHashMap<>();
        solved.getTankers().forEach(t -> byTanker.put(t, new TreeMap<>()));
        loads.keySet().forEach(trip -> byTanker.get(trip.getTanker()).put(trip.getNumber(), trip));
        int dayStart = LocalTime.parse(dayStartsAt).toSecondOfDay() / 60;
        TankerDays result = new TankerDays();
        byTanker.forEach((tanker, trips) -> {
            List<Plan.TankerTrip> planned = new ArrayList<>();
            long clock = 0;
            long driving = 0;
            int number = 0;
            for (TankerTrip trip : trips.values()) {
                Map<Hospital, Long> load = loads.get(trip);
                Tour tour = Tour.shortest(tanker.getSupplier(), load.keySet());
                long departs = clock + tanker.getLoadingMinutes();
                List<Plan.Stop> stops = new ArrayList<>();
                double at = departs;
                List<Leg> legs = tour.legs(tanker.getSupplier());
                for (int i = 0; i < tour.stops().size(); i++) {
                    Hospital stop = tour.stops().get(i);
                    at += legs.get(i).hours() * 60;
                    long arrives = Math.round(at);
                    at += tanker.getUnloadingMinutesPerStop();
                    stops.add(new Plan.Stop(stop.getId(), stop.getName(), time(dayStart, arrives),
                            time(dayStart, Math.round(at)), Oxygen.kgToTons(load.get(stop))));
                    result.tripsTo.computeIfAbsent(stop, h -> new HashMap<>()).merge(tanker.getSupplier(), 1, Integer::sum);
                }
                long returns = clock + tour.drivingMinutes() + tanker.handlingMinutes(tour.stops().size());
                long loadKg = load.values().stream().mapToLong(Long::longValue).sum();
                planned.add(new Plan.TankerTrip(++number, time(dayStart, clock), time(dayStart, departs),
                        time(dayStart, returns), Oxygen.kgToTons(loadKg), tour.km(), hours(tour.drivingMinutes()), stops));
                driving += tour.drivingMinutes();
                clock = returns;
            }
            result.minutes.put(tanker, new long[] {driving, clock});
            result.days.put(tanker, new Plan.TankerDay(tanker.getName(), Oxygen.kgToTons(tanker.getCapacityKg()), planned,
                    hours(driving), hours(tanker.getDrivingMinutes()), hours(clock), hours(tanker.getWorkingMinutes())));
        });
        return result;
    }

    /** The supplier's tankers' days, in the order the problem lists them. */
    List<Plan.TankerDay> of(Supplier supplier) {
        return supplier.getTankers().stream().map(days::get).toList();
    }

    long trips(Supplier supplier) {
        return supplier.getTankers().stream().mapToLong(t -> days.get(t).trips().size()).sum();
    }

    long drivingMinutes(Supplier supplier) {
        return supplier.getTankers().stream().mapToLong(t -> minutes.get(t)[0]).sum();
    }

    /** Whether some tanker of the supplier has the driving and working time left for one more trip to the hospital. */
    boolean hasHoursFor(Supplier supplier, Hospital hospital) {
        long roundTrip = Math.round(2 * hospital.legFrom(supplier).hours() * 60);
        return supplier.getTankers().stream().anyMatch(t -> t.getDrivingMinutes() - minutes.get(t)[0] >= roundTrip
                && t.getWorkingMinutes() - minutes.get(t)[1] >= roundTrip + t.handlingMinutes(1));
    }

    /** The most driving minutes one of the supplier's tankers has left. */
    long mostDrivingLeft(Supplier supplier) {
        return supplier.getTankers().stream().mapToLong(t -> t.getDrivingMinutes() - minutes.get(t)[0]).max().orElse(0);
    }

    /** The most minutes of its working day one of the supplier's tankers has left. */
    long mostWorkingLeft(Supplier supplier) {
        return supplier.getTankers().stream().mapToLong(t -> t.getWorkingMinutes() - minutes.get(t)[1]).max().orElse(0);
    }

    /** The trips of the supplier's tankers that stop at the hospital. */
    int tripsTo(Hospital hospital, Supplier supplier) {
        return tripsTo.getOrDefault(hospital, Map.of()).getOrDefault(supplier, 0);
    }

    private static double hours(long minutes) {
        return Math.round(minutes / 6.0) / 10.0;
    }

    /** hh:mm of the day, and "+1" past midnight. */
    static String time(int dayStartMinute, long minutesIntoDay) {
        long total = dayStartMinute + minutesIntoDay;
        long days = total / (24 * 60);
        long ofDay = total % (24 * 60);
        return String.format(Locale.ROOT, "%02d:%02d%s", ofDay / 60, ofDay % 60, days == 0 ? "" : " +" + days);
    }
}
