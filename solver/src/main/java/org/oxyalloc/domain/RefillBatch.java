package org.oxyalloc.domain;

import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import org.oxyalloc.travel.Leg;

/**
 * A batch of one hospital's cylinder refill request; the solver picks its refill route, or none (shortage). Its values
 * are only the routes its hospital may take (medical-grade station, the hospital's own trip within the travel limit).
 */
@PlanningEntity
public class RefillBatch {

    @PlanningId
    private long id;
    private Hospital hospital;
    private int cylinders;
    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = ROUTES_IN_REACH)
    private RefillRoute route;

    static final String ROUTES_IN_REACH = "routesInReach";

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

    @ValueRangeProvider(id = ROUTES_IN_REACH)
    public List<RefillRoute> getRoutesInReach() {
        return hospital.getRoutesInReach();
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
