package org.oxyalloc.domain;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import org.oxyalloc.travel.Leg;

/**
 * A hospital as the model sees it: what it asks for today, how urgent its shortage is, and how far it is
 * from every supplier and collection post.
 */
public class Hospital {

    @PlanningId
    private final String id;
    private final String name;
    /** Position in the solution's hospital list. */
    private final int index;
    private final Set<String> groups;
    /** Weight of one kg of shortage, in thousandths: 1000 x (1 + BOR and ICU terms). */
    private final long priorityPermille;
    private final long loxStockKg;
    private final long tankCapacityKg;
    /** LOX to deliver today to reach the coverage target: need x coverage days - stock. */
    private final long loxRequestKg;
    private final int emptyCylinders;
    /** Cylinders to refill today to reach the coverage target: need x coverage days - full cylinders. */
    private final int cylinderRequest;
    private final Leg[] legsFromSuppliers;
    private final Leg[] legsToPosts;
    /** Set once, when the day is built: the hospitals near enough to share a tanker trip, and the legs to them. */
    private List<Hospital> nearby = List.of();
    private Leg[] legsToNearby = new Leg[0];
    /** Set once, when the day is built: the tanker trips that may bring it LOX (its lots' values). */
    private List<TankerTrip> tripsInReach = List.of();
    private Set<Supplier> suppliersInReach = Set.of();
    /** Set once, when the day is built: the refill routes it may take (its batches' values). */
    private List<RefillRoute> routesInReach = List.of();

    public Hospital(String id, String name, int index, Set<String> groups, long priorityPermille, long loxStockKg,
            long tankCapacityKg, long loxRequestKg, int emptyCylinders, int cylinderRequest,
            Leg[] legsFromSuppliers, Leg[] legsToPosts) {
        this.id = id;
        this.name = name;
        this.index = index;
        this.groups = Set.copyOf(groups);
        this.priorityPermille = priorityPermille;
        this.loxStockKg = loxStockKg;
        this.tankCapacityKg = tankCapacityKg;
        this.loxRequestKg = loxRequestKg;
        this.emptyCylinders = emptyCylinders;
        this.cylinderRequest = cylinderRequest;
        this.legsFromSuppliers = legsFromSuppliers;
        this.legsToPosts = legsToPosts;
    }

    public Leg legFrom(Supplier supplier) {
        return legsFromSuppliers[supplier.getIndex()];
    }

    public Leg legTo(CollectionPost post) {
        return legsToPosts[post.getIndex()];
    }

    /** The leg to a hospital near enough to share a trip, else null. */
    public Leg legTo(Hospital other) {
        for (int i = 0; i < legsToNearby.length; i++) {
            if (nearby.get(i) == other) {
                return legsToNearby[i];
            }
        }
        return null;
    }

    public void setNearby(Hospital[] nearby, Leg[] legs) {
        this.nearby = List.of(nearby);
        this.legsToNearby = legs.clone();
    }

    public List<Hospital> getNearby() {
        return nearby;
    }

    public List<TankerTrip> getTripsInReach() {
        return tripsInReach;
    }

    public void setTripsInReach(List<TankerTrip> tripsInReach) {
        this.tripsInReach = List.copyOf(tripsInReach);
        this.suppliersInReach = tripsInReach.stream().map(TankerTrip::getSupplier).collect(Collectors.toUnmodifiableSet());
    }

    /** The suppliers of its trips in reach. */
    public Set<Supplier> getSuppliersInReach() {
        return suppliersInReach;
    }

    public List<RefillRoute> getRoutesInReach() {
        return routesInReach;
    }

    public void setRoutesInReach(List<RefillRoute> routesInReach) {
        this.routesInReach = List.copyOf(routesInReach);
    }

    public int getIndex() {
        return index;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<String> getGroups() {
        return groups;
    }

    public long getPriorityPermille() {
        return priorityPermille;
    }

    public long getLoxStockKg() {
        return loxStockKg;
    }

    public long getTankCapacityKg() {
        return tankCapacityKg;
    }

    public long getLoxRequestKg() {
        return loxRequestKg;
    }

    public int getEmptyCylinders() {
        return emptyCylinders;
    }

    public int getCylinderRequest() {
        return cylinderRequest;
    }

    @Override
    public String toString() {
        return id;
    }
}
