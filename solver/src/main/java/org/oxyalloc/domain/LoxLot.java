package org.oxyalloc.domain;

import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import org.oxyalloc.travel.Leg;

/**
 * A fixed-size part of one hospital's LOX request; the solver picks the tanker trip that brings it, or none
 * (then it is shortage). Quantities are split into lots because the solver moves values, not amounts. Its values are
 * only the trips that may serve its hospital (medical grade, open to its groups, within the travel limit), so the
 * search never wastes a move on a trip that could not.
 */
@PlanningEntity
public class LoxLot {

    @PlanningId
    private long id;
    private Hospital hospital;
    private long kg;
    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = TRIPS_IN_REACH)
    private TankerTrip trip;
    /** On a trip already dispatched or delivered: what has happened is not planned again. */
    @PlanningPin
    private boolean dispatched;

    static final String TRIPS_IN_REACH = "tripsInReach";

    public LoxLot() {
        // For the solver's cloning.
    }

    public LoxLot(long id, Hospital hospital, long kg) {
        this(id, hospital, kg, null);
    }

    public LoxLot(long id, Hospital hospital, long kg, TankerTrip trip) {
        this.id = id;
        this.hospital = hospital;
        this.kg = kg;
        this.trip = trip;
    }

    @ValueRangeProvider(id = TRIPS_IN_REACH)
    public List<TankerTrip> getTripsInReach() {
        return hospital.getTripsInReach();
    }

    /** Only for an assigned lot: the direct leg from its supplier. */
    public Leg leg() {
        return hospital.legFrom(getSupplier());
    }

    public long getId() {
        return id;
    }

    public Hospital getHospital() {
        return hospital;
    }

    public long getKg() {
        return kg;
    }

    /** The supplier of its trip; null when it is short. */
    public Supplier getSupplier() {
        return trip == null ? null : trip.getSupplier();
    }

    public TankerTrip getTrip() {
        return trip;
    }

    public void setTrip(TankerTrip trip) {
        this.trip = trip;
    }

    public boolean isDispatched() {
        return dispatched;
    }

    /** Puts the lot on a trip that has already left: the search never moves it. */
    public void dispatchOn(TankerTrip dispatchedTrip) {
        this.trip = dispatchedTrip;
        this.dispatched = true;
    }

    @Override
    public String toString() {
        return hospital + "#" + id + "(" + kg + " kg)->" + trip;
    }
}
