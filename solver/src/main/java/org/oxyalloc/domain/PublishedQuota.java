package org.oxyalloc.domain;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/**
 * What the plan being re-planned (usually the published one) gave a hospital from one supplier: the LOX it promised.
 * Hospitals send trucks and plan their wards on it, so a re-plan moves it only for a reason that weighs more.
 */
public record PublishedQuota(@PlanningId String id, Hospital hospital, Supplier supplier, long kg) {

    /** One per hospital and supplier, and so is its id. */
    public PublishedQuota(Hospital hospital, Supplier supplier, long kg) {
        this(hospital.getId() + "|" + supplier.getId(), hospital, supplier, kg);
    }
}
