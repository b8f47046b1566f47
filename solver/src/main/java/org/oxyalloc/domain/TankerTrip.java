package org.oxyalloc.domain;

import java.util.Collection;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/**
 * The n-th trip a tanker may make today, a value of a LOX lot: the lots that take it are its load, their hospitals
 * its stops. It leaves its supplier loaded, visits its stops in the shortest order ({@link TripRoute}) and returns;
 * a tanker's trips run in the order of their numbers. A trip no lot takes is not made.
 */
public class TankerTrip {

    @PlanningId
    private final String id;
    private final Tanker tanker;
    private final int number;
    /** Already on the road (a re-plan's): it takes no load but the one it left with. */
    private boolean dispatched;

    public TankerTrip(Tanker tanker, int number) {
        this.id = tanker.getId() + "#" + number;
        this.tanker = tanker;
        this.number = number;
    }

    /** The route through these stops, in the shortest order. */
    public TripRoute route(Collection<Hospital> stops) {
        return TripRoute.through(this, stops);
    }

    public String getId() {
        return id;
    }

    public Tanker getTanker() {
        return tanker;
    }

    public Supplier getSupplier() {
        return tanker.getSupplier();
    }

    public int getNumber() {
        return number;
    }

    public boolean isDispatched() {
        return dispatched;
    }

    public void markDispatched() {
        this.dispatched = true;
    }

    @Override
    public String toString() {
        return id;
    }
}
