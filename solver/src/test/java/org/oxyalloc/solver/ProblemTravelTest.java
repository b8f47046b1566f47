package org.oxyalloc.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.Problem.RoadEdge;
import org.oxyalloc.problem.Problem.RoadKind;
import org.oxyalloc.problem.Problem.RoadNode;
import org.oxyalloc.travel.GeoPoint;
import org.oxyalloc.travel.Leg;
import org.oxyalloc.travel.RoadMap;
import org.oxyalloc.travel.RoadTravel;
import org.oxyalloc.travel.StraightLineTravel;

class ProblemTravelTest {

    private static Problem.RoadNetwork network(List<RoadEdge> edges) {
        return new Problem.RoadNetwork(null, "test", null,
                List.of(new RoadNode("A", 0, 0), new RoadNode("B", 0, 1), new RoadNode("C", 1, 1)), edges);
    }

    @Test
    void anEdgeTakesItsHoursElseItsSpeedElseItsKindsSpeedAndItsWait() {
        RoadMap map = ProblemTravel.roadMap(network(List.of(
                new RoadEdge("A", "B", 30.6, RoadKind.FERRY, 2.5, null, 2.0, null, "Merak-Bakauheni"),
                new RoadEdge("B", "C", 100, RoadKind.TOLL, null, 80.0, null, null, null),
                new RoadEdge("A", "C", 60, RoadKind.TOLL, null, null, null, true, null),
                new RoadEdge("C", "B", 40, RoadKind.ARTERIAL, null, null, 0.5, null, null),
                new RoadEdge("B", "A", 25, RoadKind.LOCAL, null, null, null, false, null))));
        assertThat(map.name()).isEqualTo("test");
        assertThat(map.nodes()).containsExactly(new RoadMap.Node("A", new GeoPoint(0, 0)),
                new RoadMap.Node("B", new GeoPoint(0, 1)), new RoadMap.Node("C", new GeoPoint(1, 1)));
        assertThat(map.roads()).extracting(RoadMap.Road::hours).containsExactly(4.5, 1.25, 1.0, 1.5, 1.0);
        assertThat(map.roads()).extracting(RoadMap.Road::oneWay).containsExactly(false, false, true, false, false);
        assertThat(map.roads().get(0).km()).isEqualTo(30.6);
    }

    @Test
    void aProblemWithoutANetworkTravelsInAStraightLineWithItsSettings() {
        Problem problem = ProblemFactory.problem(List.of(), List.of(), List.of(), 12);
        assertThat(ProblemTravel.of(problem)).isEqualTo(ProblemTravel.straightLine(problem.effectiveSettings().travel()))
                .isEqualTo(new StraightLineTravel(1.3, 40));
    }

    @Test
    void aProblemWithAnInlineNetworkTravelsOnIt() {
        Problem base = ProblemFactory.problem(List.of(), List.of(), List.of(), 12);
        Problem onRoads = base.withRoadNetwork(network(List.of(new RoadEdge("A", "B", 120, RoadKind.TOLL, null, null, null, null, null))));
        RoadTravel travel = (RoadTravel) ProblemTravel.of(onRoads);
        Leg leg = travel.legs(List.of(new GeoPoint(0, 0)), List.of(new GeoPoint(0, 1)))[0][0];
        assertThat(leg.hours()).isCloseTo(2.0, within(1e-9));
        assertThat(leg.km()).isCloseTo(120, within(1e-9));
    }

    @Test
    void aNetworkFileThatWasNotReadIsRefused() {
        Problem base = ProblemFactory.problem(List.of(), List.of(), List.of(), 12);
        Problem unread = base.withRoadNetwork(new Problem.RoadNetwork("networks/x.json", null, null, null, null));
        assertThatThrownBy(() -> ProblemTravel.of(unread)).hasMessageContaining("networks/x.json");
    }

    @Test
    void placesConvertBothWays() {
        Problem.Location monas = new Problem.Location(-6.1754, 106.8272);
        assertThat(ProblemTravel.location(ProblemTravel.point(monas))).isEqualTo(monas);
        assertThat(ProblemTravel.km(monas, new Problem.Location(-6.015, 106.049))).isCloseTo(88.0, within(4.0));
    }
}
