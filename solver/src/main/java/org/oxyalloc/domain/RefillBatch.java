package org.oxyalloc.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import org.oxyalloc.travel.Leg;

/** A batch of one hospital's cylinder refill request; the solver picks its refill route, or none (shortage). */
@PlanningEntity
public class RefillBatch {

    @PlanningId
    private long id;
    private Hospital hospital;
    private int cylinders;
    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = OxygenAllocation.REFILL_ROUTES)
    private RefillRoute route;

    public RefillBatch() {
        // For the solver's cloning.
    }

    public RefillBatch(long id, Hospital hospital, int cylinders) {
        this(id, hospital, cylinders, null);
    }

    public RefillBatch(long id, Hospital hospital, int cylinders, RefillRoute route) {
        this.id = id;
        this.hospital = hospital;
        this.cylinders = cylinders;
        this.route = route;
    }

    /** Only for an assigned batch. */
    public Leg leg() {
        return route.legFrom(hospital);
    }

    public long getId() {
        return id;
    }

    public Hospital getHospital() {
        return hospital;
    }

    public int getCylinders() {
        return cylinders;
    }

    public RefillRoute getRoute() {
        return route;
    }

    public void setRoute(RefillRoute route) {
        this.route = route;
    }

    @Override
    public String toString() {
        return hospital + "#" + id + "(" + cylinders + " cyl)->" + route;
    }
}
