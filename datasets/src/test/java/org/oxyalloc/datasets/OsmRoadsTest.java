package org.oxyalloc.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.Problem.RoadEdge;
import org.oxyalloc.problem.Problem.RoadKind;
import org.oxyalloc.solver.ProblemTravel;
import org.oxyalloc.travel.GeoPoint;
import org.oxyalloc.travel.Leg;
import org.oxyalloc.travel.RoadTravel;
import org.oxyalloc.travel.StraightLineTravel;

class OsmRoadsTest {

    private static Problem.RoadNetwork read() throws IOException {
        try (InputStream in = OsmRoadsTest.class.getResourceAsStream("/merak-bakauheni.osm")) {
            return OsmRoads.read(in, "Merak test");
        }
    }

    @Test
    void keepsTruckRoadsAndFerriesWithTheirTags() throws IOException {
        Problem.RoadNetwork network = read();
        assertThat(network.nodes()).extracting(Problem.RoadNode::id).containsExactly("n1", "n2", "n3", "n4", "n5", "n6");
        List<RoadEdge> edges = network.edges();
        assertThat(edges).hasSize(5);
        RoadEdge motorway = edges.get(0);
        assertThat(motorway.kind()).isEqualTo(RoadKind.TOLL);
        assertThat(motorway.speedKmh()).isEqualTo(80.0);
        assertThat(motorway.name()).isEqualTo("Tol Tangerang-Merak");
        assertThat(motorway.km()).isCloseTo(ProblemTravel.km(network.nodes().get(0).location(),
                network.nodes().get(1).location()), within(0.001));
        RoadEdge ferry = edges.get(2);
        assertThat(ferry.kind()).isEqualTo(RoadKind.FERRY);
        assertThat(ferry.hours()).isCloseTo(2.5, within(1e-9));
        // oneway=-1: drivable against the drawing direction only.
        RoadEdge link = edges.get(3);
        assertThat(link.from()).isEqualTo("n4");
        assertThat(link.to()).isEqualTo("n5");
        assertThat(link.oneWay()).isTrue();
        assertThat(edges.get(4).kind()).isEqualTo(RoadKind.LOCAL);
    }

    @Test
    void theConvertedNetworkRoutesAcrossTheFerry() throws IOException {
        RoadTravel travel = ProblemTravel.roads(read(), new StraightLineTravel(1.3, 40));
        Leg leg = travel.legs(List.of(new GeoPoint(-6.0150, 106.0490)), List.of(new GeoPoint(-5.8650, 105.7480)))[0][0];
        assertThat(leg.hours()).isGreaterThan(2.5);
        // Against the one-way link there is no way back from n5 to the ferry.
        Leg back = travel.legs(List.of(new GeoPoint(-5.8650, 105.7480)), List.of(new GeoPoint(-6.0150, 106.0490)))[0][0];
        assertThat(back.isReachable()).isFalse();
    }

    @Test
    void aFileThatIsNotOsmXmlIsAClearError() {
        assertThatThrownBy(() -> OsmRoads.read(new ByteArrayInputStream("{\"not\": \"xml\"}".getBytes()), "x"))
                .isInstanceOf(IOException.class).hasMessageContaining("not a readable OpenStreetMap XML file");
    }
}
