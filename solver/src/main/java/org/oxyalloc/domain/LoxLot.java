package org.oxyalloc.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import org.oxyalloc.travel.Leg;

/**
 * A fixed-size part of one hospital's LOX request; the solver picks the supplier that delivers it, or none
 * (then it is shortage). Quantities are split into lots because the solver moves values, not amounts.
 */
@PlanningEntity
public class LoxLot {

    @PlanningId
    private long id;
    private Hospital hospital;
    private long kg;
    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = OxygenAllocation.LOX_SUPPLIERS)
    private Supplier supplier;

    public LoxLot() {
        // For the solver's cloning.
    }

    public LoxLot(long id, Hospital hospital, long kg) {
        this(id, hospital, kg, null);
    }

    public LoxLot(long id, Hospital hospital, long kg, Supplier supplier) {
        this.id = id;
        this.hospital = hospital;
        this.kg = kg;
        this.supplier = supplier;
    }

    /** Only for an assigned lot. */
    public Leg leg() {
        return hospital.legFrom(supplier);
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

    public Supplier getSupplier() {
        return supplier;
    }

    public void setSupplier(Supplier supplier) {
        this.supplier = supplier;
    }

    @Override
    public String toString() {
        return hospital + "#" + id + "(" + kg + " kg)->" + supplier;
    }
}
