package org.oxyalloc.travel;

import java.util.List;

/** How far and how long a truck drives between places; the straight-line estimate or a road network. */
public interface TravelModel {

    /** {@code legs[i][j]} is the one-way leg from {@code from[i]} to {@code to[j]}; unreachable pairs are {@link Leg#UNREACHABLE}. */
    Leg[][] legs(List<GeoPoint> from, List<GeoPoint> to);

    /** One line for the plan, saying which travel model was used and with which parameters. */
    String describe();
}
