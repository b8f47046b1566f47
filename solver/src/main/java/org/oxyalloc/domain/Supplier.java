package org.oxyalloc.domain;

import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/** A producer, distributor, filling station or donor: LOX to deliver by tanker, cylinders to refill. */
public class Supplier {

    @PlanningId
    private final String id;
    private final String name;
    /** Position in the solution's supplier list; indexes the hospitals' travel legs. */
    private final int index;
    private final long loxKg;
    private final boolean medicalGrade;
    private final int refillCylinders;
    /** Empty: open to every hospital; otherwise only to hospitals in one of these groups. */
    private final Set<String> reservedForGroups;
    /** Set once, when the day is built: a tanker refers to its supplier. */
    private List<Tanker> tankers = List.of();

    public Supplier(String id, String name, int index, long loxKg, boolean medicalGrade, int refillCylinders,
            Set<String> reservedForGroups) {
        this.id = id;
        this.name = name;
        this.index = index;
        this.loxKg = loxKg;
        this.medicalGrade = medicalGrade;
        this.refillCylinders = refillCylinders;
        this.reservedForGroups = Set.copyOf(reservedForGroups);
    }

    /** Whether it has LOX and tankers to deliver it: only such suppliers' trips are offered to LOX lots. */
    public boolean deliversLox() {
        return loxKg > 0 && !tankers.isEmpty();
    }

    /** The most one trip of its tankers carries. */
    public long largestTankerKg() {
        return tankers.stream().mapToLong(Tanker::getCapacityKg).max().orElse(0);
    }

    public long drivingMinutesPerDay() {
        return tankers.stream().mapToLong(Tanker::getDrivingMinutes).sum();
    }

    public long workingMinutesPerDay() {
        return tankers.stream().mapToLong(Tanker::getWorkingMinutes).sum();
    }

    public boolean mayServe(Hospital hospital) {
        return reservedForGroups.isEmpty() || hospital.getGroups().stream().anyMatch(reservedForGroups::contains);
    }

    /** Driving minutes of one round trip to a hospital and back. */
    public long roundTripMinutes(Hospital hospital) {
        return Math.round(2 * hospital.legFrom(this).hours() * 60);
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

    public long getLoxKg() {
        return loxKg;
    }

    public boolean isMedicalGrade() {
        return medicalGrade;
    }

    public List<Tanker> getTankers() {
        return tankers;
    }

    public void setTankers(List<Tanker> tankers) {
        this.tankers = List.copyOf(tankers);
    }

    public int getRefillCylinders() {
        return refillCylinders;
    }

    public Set<String> getReservedForGroups() {
        return reservedForGroups;
    }

    @Override
    public String toString() {
        return id;
    }
}
