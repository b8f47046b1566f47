package org.oxyalloc.travel;

import org.oxyalloc.problem.Problem.Location;

/** How far and how long a truck drives between two places; the straight-line estimate or a road network. */
public interface TravelModel {

    Leg between(Location from, Location to);

    /** One line for the plan, saying which travel model was used and with which parameters. */
    String describe();
}
