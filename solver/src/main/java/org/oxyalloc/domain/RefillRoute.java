package org.oxyalloc.domain;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import org.oxyalloc.travel.Leg;

/** Where a hospital's empty cylinders go for a refill: straight to a filling station, or through a collection post. */
public class RefillRoute {

    @PlanningId
    private final String id;
    private final Supplier station;
    /** Null for a direct trip to the station. */
    private final CollectionPost post;

    private RefillRoute(String id, Supplier station, CollectionPost post) {
        this.id = id;
        this.station = station;
        this.post = post;
    }

    public static RefillRoute direct(Supplier station) {
        return new RefillRoute(station.getId(), station, null);
    }

    public static RefillRoute via(CollectionPost post) {
        return new RefillRoute(post.getId() + ">" + post.getStation().getId(), post.getStation(), post);
    }

    /** The hospital's own trip: to the station, or only to the post (the shuttle does the rest). */
    public Leg legFrom(Hospital hospital) {
        return post == null ? hospital.legFrom(station) : hospital.legTo(post);
    }

    public String describe() {
        return post == null ? station.getName() : post.getName() + " -> " + station.getName();
    }

    public String getId() {
        return id;
    }

    public Supplier getStation() {
        return station;
    }

    public CollectionPost getPost() {
        return post;
    }

    @Override
    public String toString() {
        return id;
    }
}
