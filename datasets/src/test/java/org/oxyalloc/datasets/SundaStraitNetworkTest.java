package org.oxyalloc.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oxyalloc.domain.LoxLot;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.Problem.Location;
import org.oxyalloc.problem.Problem.RoadEdge;
import org.oxyalloc.problem.Problem.Settings;
import org.oxyalloc.problem.Problem.Supplier;
import org.oxyalloc.solver.PreparedProblem;
import org.oxyalloc.solver.ProblemTravel;
import org.oxyalloc.travel.GeoPoint;
import org.oxyalloc.travel.Leg;
import org.oxyalloc.travel.RoadTravel;
import org.oxyalloc.travel.StraightLineTravel;

class SundaStraitNetworkTest {

    /** A place further than this from every node would reach the network by a straight-line leg of over an hour. */
    private static final double MAX_SNAP_KM = 40;
    /** The estimated node coordinates are good to 1-2 km: a published length may be that much under the straight line. */
    private static final double COORDINATE_ERROR_KM = 2.0;

    private static Sources sources;
    private static SundaStraitNetwork network;
    private static RoadTravel travel;
    private static StraightLineTravel straightLine;

    @BeforeAll
    static void build() throws IOException {
        sources = Sources.read(Path.of("sources"));
        network = SundaStraitNetwork.build(sources);
        travel = network.travel(Settings.DEFAULTS.travel());
        straightLine = ProblemTravel.straightLine(Settings.DEFAULTS.travel());
    }

    private static Problem committed(String file) throws IOException {
        return ProblemInvariants.read(Path.of(file));
    }

    private static Leg leg(Location from, Location to) {
        return travel.legs(List.of(ProblemTravel.point(from)), List.of(ProblemTravel.point(to)))[0][0];
    }

    private static Location node(String id) {
        return network.node(id).location();
    }

    private static Supplier supplier(Problem problem, String id) {
        return problem.suppliers().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static Problem.Hospital hospital(Problem problem, String id) {
        return problem.hospitals().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyCsvRowIsAnEdgeExceptTheTravellersDuplicates() {
        List<RoadEdge> published = network.network().edges().stream().filter(SundaStraitNetwork::isPublished).toList();
        assertThat(published).hasSize(sources.roadSkeleton().size() - SundaStraitNetwork.SKIPPED_ROWS.size());
        assertThat(network.network().edges()).allSatisfy(e -> assertThat(e.name()).matches("(published|estimated): .*"));
    }

    @Test
    void bakauheniToTheKotabaruExitIs78Point5KmAlongTheToll() {
        Leg leg = leg(node("tg-bakauheni-selatan"), node("tg-kotabaru"));

        assertThat(leg.km()).isCloseTo(78.5, within(0.01));
        assertThat(leg.hours()).isCloseTo(78.5 / 60, within(1.0 / 3600));
    }

    @Test
    void aTripFromCilegonToBandarLampungWaitsForAndCrossesTheFerry() throws IOException {
        Location cilegon = supplier(committed(BantenDataset.FILE), "PT-KRAKATAU-STEEL").location();
        Problem.Hospital uripSumoharjo = hospital(committed(LampungDataset.FILE), "1871405");
        assertThat(uripSumoharjo.regency()).isEqualTo("Kota Bandar Lampung");

        Leg road = leg(cilegon, uripSumoharjo.location());
        Leg straight = straightLine.between(ProblemTravel.point(cilegon), ProblemTravel.point(uripSumoharjo.location()));

        double strait = SundaStraitNetwork.FERRY_HOURS + SundaStraitNetwork.FERRY_WAIT_HOURS;
        assertThat(strait).isEqualTo(4.5);
        assertThat(road.hours()).isGreaterThanOrEqualTo(strait + 78.5 / 60);
        assertThat(road.km()).isGreaterThanOrEqualTo(30.6 + 78.5);
        assertThat(road.hours() - straight.hours()).as("the straight line ignores the strait").isGreaterThan(2.0);
    }

    @Test
    void everyNodeReachesEveryOther() {
        List<GeoPoint> nodes = ProblemTravel.points(network.nodes().stream().map(SundaStraitNetwork.Node::location).toList());
        Leg[][] legs = travel.legs(nodes, nodes);
        assertThat(Stream.of(legs).flatMap(Stream::of)).allMatch(Leg::isReachable);
    }

    @Test
    void estimatedCoordinatesAgreeWithThePublishedLengths() {
        assertThat(network.network().edges()).filteredOn(SundaStraitNetwork::isPublished).allSatisfy(e ->
                assertThat(ProblemTravel.km(node(e.from()), node(e.to())))
                        .as(e.from() + " - " + e.to()).isLessThanOrEqualTo(e.km() + COORDINATE_ERROR_KM));
    }

    @Test
    void everyPlaceOfTheDatasetsIsNearANode() throws IOException {
        for (String file : List.of(LampungDataset.FILE, JakartaMonasDataset.FILE, BantenDataset.FILE, KabBogorDataset.FILE)) {
            Problem problem = committed(file);
            Stream<Location> places = Stream.of(problem.suppliers().stream().map(Supplier::location),
                    problem.hospitals().stream().map(Problem.Hospital::location),
                    problem.effectiveCollectionPosts().stream().map(Problem.CollectionPost::location)).flatMap(s -> s);
            assertThat(places).as(file).allSatisfy(place ->
                    assertThat(ProblemTravel.km(place, ProblemTravel.location(travel.snap(ProblemTravel.point(place)))))
                            .isLessThanOrEqualTo(MAX_SNAP_KM));
        }
    }

    /** Linde in Cilegon, a Banten hospital near it, and RSUD Abdul Moeloek in Bandar Lampung, across the strait. */
    @Test
    void aLampungHospitalBeyondTheTravelLimitGetsNothingFromCilegon() throws IOException {
        Problem banten = committed(BantenDataset.FILE);
        Problem lampung = committed(LampungDataset.FILE);
        Supplier linde = supplier(banten, "PT-LINDE-CILEGON");
        Problem.Hospital bantenHospital = banten.hospitals().stream()
                .filter(h -> h.tankCapacityTonsOrZero() > 0 && h.regency().equals("Kota Cilegon")).findFirst().orElseThrow();
        Problem.Hospital moeloek = hospital(lampung, "1801017");
        AllocationEngine solver = new AllocationEngine();
        Problem problem = new Problem("Sunda Strait", lampung.date(), Dataset.settings(12.0), List.of(linde),
                List.of(bantenHospital, moeloek), null, lampung.roadNetwork(), null);

        PreparedProblem open = solver.prepare(problem);
        Leg acrossTheStrait = open.solution().getHospitals().get(1).legFrom(open.solution().getSuppliers().get(0));
        assertThat(acrossTheStrait.hours()).isGreaterThan(SundaStraitNetwork.FERRY_HOURS + SundaStraitNetwork.FERRY_WAIT_HOURS);
        assertThat(open.warnings()).noneMatch(w -> w.contains(moeloek.id()) && w.contains("no medical-grade LOX supplier"));
        // Within the travel limit, but no tanker of 12 driving hours makes the round trip across the strait.
        assertThat(2 * acrossTheStrait.hours()).isGreaterThan(12);
        assertThat(open.warnings()).anyMatch(w -> w.contains(moeloek.id()) && w.contains("has the hours for a round trip"));

        double limit = acrossTheStrait.hours() - 0.5;
        PreparedProblem limited = solver.prepare(new Problem(problem.region(), problem.date(), Dataset.settings(limit),
                problem.suppliers(), problem.hospitals(), null, problem.roadNetwork(), null));
        assertThat(limited.warnings()).anyMatch(w -> w.contains(moeloek.id()) && w.contains("no medical-grade LOX supplier"));

        OxygenAllocation solved = solver.solve(limited, Duration.ofSeconds(2), best -> { });

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(lotsOf(solved, moeloek.id())).isNotEmpty().allMatch(lot -> lot.getSupplier() == null);
        assertThat(lotsOf(solved, bantenHospital.id())).anyMatch(lot -> lot.getSupplier() != null);
    }

    private static List<LoxLot> lotsOf(OxygenAllocation solution, String hospitalId) {
        return solution.getLoxLots().stream().filter(lot -> lot.getHospital().getId().equals(hospitalId)).toList();
    }

    @Test
    void theOneFerryHasItsPublishedLengthCrossingTimeAndAWait() {
        assertThat(network.network().edges()).filteredOn(e -> e.kind() == Problem.RoadKind.FERRY).singleElement()
                .satisfies(ferry -> {
                    assertThat(ferry.km()).isEqualTo(30.6);
                    assertThat(ferry.hours()).isEqualTo(2.5);
                    assertThat(ferry.waitHours()).isEqualTo(SundaStraitNetwork.FERRY_WAIT_HOURS);
                });
    }
}
