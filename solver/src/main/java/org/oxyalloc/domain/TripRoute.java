package org.oxyalloc.domain;

import java.util.Collection;
import java.util.List;

/**
 * One tanker trip's route: from its supplier through its stops (in the order of its {@link Tour}) and back.
 *
 * @param stops in the order visited
 */
public record TripRoute(TankerTrip trip, List<Hospital> stops, long drivingMinutes, long km) {

    static TripRoute through(TankerTrip trip, Collection<Hospital> stops) {
        Tour tour = Tour.shortest(trip.getSupplier(), stops);
        return new TripRoute(trip, tour.stops(), tour.drivingMinutes(), tour.km());
    }

    public Tanker tanker() {
        return trip.getTanker();
    }

    /** Driving plus loading once and unloading at each stop. */
    public long workingMinutes() {
        return drivingMinutes + trip.getTanker().handlingMinutes(stops.size());
    }
}
