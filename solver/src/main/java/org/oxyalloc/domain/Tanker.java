package org.oxyalloc.domain;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/**
 * One LOX tanker of a supplier: what one load holds, and the hours of its day. Its trips run one after another, so
 * their driving must fit its driving hours and their driving, loading and unloading its working day.
 */
public class Tanker {

    @PlanningId
    private final String id;
    private final String name;
    private final Supplier supplier;
    private final long capacityKg;
    private final long drivingMinutes;
    private final long workingMinutes;
    private final long loadingMinutes;
    private final long unloadingMinutesPerStop;

    /** @param id unique in the day: the supplier's id and the tanker's own */
    public Tanker(String id, String name, Supplier supplier, long capacityKg, long drivingMinutes, long workingMinutes,
            long loadingMinutes, long unloadingMinutesPerStop) {
        this.id = id;
        this.name = name;
        this.supplier = supplier;
        this.capacityKg = capacityKg;
        this.drivingMinutes = drivingMinutes;
        this.workingMinutes = workingMinutes;
        this.loadingMinutes = loadingMinutes;
        this.unloadingMinutesPerStop = unloadingMinutesPerStop;
    }

    /** Minutes of a trip besides driving: loading once, unloading at each stop. */
    public long handlingMinutes(int stops) {
        return loadingMinutes + stops * unloadingMinutesPerStop;
    }

    public String getId() {
        return id;
    }

    /** The tanker's own id, as the supplier knows it (e.g. its plate). */
    public String getName() {
        return name;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public long getCapacityKg() {
        return capacityKg;
    }

    public long getDrivingMinutes() {
        return drivingMinutes;
    }

    public long getWorkingMinutes() {
        return workingMinutes;
    }

    public long getLoadingMinutes() {
        return loadingMinutes;
    }

    public long getUnloadingMinutesPerStop() {
        return unloadingMinutesPerStop;
    }

    @Override
    public String toString() {
        return id;
    }
}
