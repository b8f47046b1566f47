package org.oxyalloc.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.oxyalloc.travel.RoadGraphTest.LOCAL_KMH;
import static org.oxyalloc.travel.RoadGraphTest.TOLL_KMH;
import static org.oxyalloc.travel.RoadGraphTest.edge;
import static org.oxyalloc.travel.RoadGraphTest.network;
import static org.oxyalloc.travel.RoadGraphTest.node;

import java.util.List;

import org.junit.jupiter.api.Test;

class RoadTravelTest {

    private final StraightLineTravel access = new StraightLineTravel(1.3, 40);

    @Test
    void addsTheAccessLegsToTheRouteBetweenSnappedNodes() {
        RoadTravel travel = RoadTravel.of(network(List.of(node("A", 0, 0), node("B", 0, 1)),
                List.of(edge("A", "B", 120, TOLL_KMH))), access);
        GeoPoint nearA = new GeoPoint(0.05, 0);
        GeoPoint nearB = new GeoPoint(0, 1.02);
        Leg leg = travel.legs(List.of(nearA), List.of(nearB))[0][0];
        Leg in = access.between(nearA, new GeoPoint(0, 0));
        Leg out = access.between(new GeoPoint(0, 1), nearB);
        assertThat(leg.km()).isCloseTo(in.km() + 120 + out.km(), within(1e-6));
        assertThat(leg.hours()).isCloseTo(in.hours() + 2.0 + out.hours(), within(1e-6));
        assertThat(travel.snap(nearB)).isEqualTo(new GeoPoint(0, 1));
        assertThat(travel.describe()).contains("road network 'test'").contains("2 nodes, 1 edges");
    }

    @Test
    void placesOnDisconnectedPartsAreUnreachable() {
        RoadTravel travel = RoadTravel.of(network(List.of(node("A", 0, 0), node("B", 0, 0.1), node("X", 3, 3), node("Y", 3, 3.1)),
                List.of(edge("A", "B", 12, LOCAL_KMH), edge("X", "Y", 12, LOCAL_KMH))), access);
        Leg[][] legs = travel.legs(List.of(new GeoPoint(0, 0)), List.of(new GeoPoint(0, 0.1), new GeoPoint(3, 3.1)));
        assertThat(legs[0][0].isReachable()).isTrue();
        assertThat(legs[0][1]).isEqualTo(Leg.UNREACHABLE);
    }
}
