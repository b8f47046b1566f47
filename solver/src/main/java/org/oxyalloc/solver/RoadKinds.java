package org.oxyalloc.solver;

import org.oxyalloc.problem.Problem;

/** Travel time of a road edge, with the truck speeds assumed for each kind of road when no time or speed is given. */
final class RoadKinds {

    /** Loaded LOX tanker speeds in km/h; assumptions, documented in docs/road-network.md. */
    static final double TOLL_KMH = 60;
    static final double ARTERIAL_KMH = 40;
    static final double LOCAL_KMH = 25;

    private RoadKinds() {
    }

    /** Hours to drive (or cross, waiting included) a validated edge; a ferry always gives its hours. */
    static double hours(Problem.RoadEdge edge) {
        double wait = edge.waitHours() == null ? 0.0 : edge.waitHours();
        if (edge.hours() != null) {
            return edge.hours() + wait;
        }
        double speed = edge.speedKmh() != null ? edge.speedKmh() : switch (edge.kind()) {
            case TOLL -> TOLL_KMH;
            case ARTERIAL -> ARTERIAL_KMH;
            case LOCAL, FERRY -> LOCAL_KMH;
        };
        return edge.km() / speed + wait;
    }
}
