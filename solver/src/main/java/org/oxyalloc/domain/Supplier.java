package org.oxyalloc.domain;

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
    private final int tankers;
    private final long tankerKg;
    private final long fleetMinutesPerDay;
    private final int refillCylinders;
    /** Empty: open to every hospital; otherwise only to hospitals in one of these groups. */
    private final Set<String> reservedForGroups;

    public Supplier(String id, String name, int index, long loxKg, boolean medicalGrade, int tankers, long tankerKg,
            double drivingHoursPerTanker, int refillCylinders, Set<String> reservedForGroups) {
        this.id = id;
        this.name = name;
        this.index = index;
        this.loxKg = loxKg;
        this.medicalGrade = medicalGrade;
        this.tankers = tankers;
        this.tankerKg = tankerKg;
        this.fleetMinutesPerDay = Math.round(tankers * drivingHoursPerTanker * 60);
        this.refillCylinders = refillCylinders;
        this.reservedForGroups = Set.copyOf(reservedForGroups);
    }

    /** Whether it has LOX and tankers to deliver it: only such suppliers are offered to LOX lots. */
    public boolean deliversLox() {
        return loxKg > 0 && tankers > 0 && tankerKg > 0;
    }

    public boolean mayServe(Hospital hospital) {
        return reservedForGroups.isEmpty() || hospital.getGroups().stream().anyMatch(reservedForGroups::contains);
    }

    /** Tanker round trips needed to deliver this quantity to one hospital: full tankers plus one partial. */
    public long tripsFor(long kg) {
        return kg <= 0 ? 0 : (kg + tankerKg - 1) / tankerKg;
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

    public int getTankers() {
        return tankers;
    }

    public long getTankerKg() {
        return tankerKg;
    }

    public long getFleetMinutesPerDay() {
        return fleetMinutesPerDay;
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
