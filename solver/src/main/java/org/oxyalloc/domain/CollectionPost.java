package org.oxyalloc.domain;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/** A collection post (posko): empties dropped here are shuttled to one filling station and back. */
public class CollectionPost {

    @PlanningId
    private final String id;
    private final String name;
    /** Position in the solution's post list; indexes the hospitals' legs to posts. */
    private final int index;
    private final Supplier station;
    /** Trucks running the shuttle; each adds the same share of the capacity and the quota. */
    private final int trucks;
    /** Cylinders the shuttle carries per day: trucks x whole trips per day x cylinders per trip. */
    private final int capacityPerDay;
    /** Cylinders one hospital may send per day: quota per trip x trips per day. */
    private final int quotaPerHospitalPerDay;

    public CollectionPost(String id, String name, int index, Supplier station, int trucks, int capacityPerDay,
            int quotaPerHospitalPerDay) {
        this.id = id;
        this.name = name;
        this.index = index;
        this.station = station;
        this.trucks = trucks;
        this.capacityPerDay = capacityPerDay;
        this.quotaPerHospitalPerDay = quotaPerHospitalPerDay;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getIndex() {
        return index;
    }

    public Supplier getStation() {
        return station;
    }

    public int getTrucks() {
        return trucks;
    }

    public int getCapacityPerDay() {
        return capacityPerDay;
    }

    public int getQuotaPerHospitalPerDay() {
        return quotaPerHospitalPerDay;
    }

    @Override
    public String toString() {
        return id;
    }
}
