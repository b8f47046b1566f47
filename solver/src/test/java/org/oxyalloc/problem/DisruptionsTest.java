package org.oxyalloc.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A disruption's changes to the example day: each kind applied, and every bad change refused where it is written. */
class DisruptionsTest {

    private final ProblemReader reader = new ProblemReader(List.of("Transport ton-km", "Hospital split across suppliers"));

    private Problem day() throws IOException {
        return reader.read(Files.readString(ProblemReaderTest.EXAMPLE)).problem();
    }

    private ProblemReading apply(Problem problem, String changes) throws IOException {
        return Disruptions.apply(problem, ProblemJson.mapper().readTree(changes), reader);
    }

    private ProblemReading apply(String changes) throws IOException {
        return apply(day(), changes);
    }

    @Test
    void eachKindChangesWhatItNames() throws IOException {
        ProblemReading changed = apply("""
                [{"kind": "supplier", "id": "LOX-NORTH", "set": {"loxTons": 7.5}},
                 {"kind": "tankersOutOfService", "id": "LOX-NORTH", "tankers": ["LOX-NORTH-T2"]},
                 {"kind": "hospital", "id": "RS-B", "set": {"loxStockTons": 0.2, "loxNeedTonsPerDay": 3}},
                 {"kind": "collectionPost", "id": "POSKO-SERANG", "set": {"trucks": 0}},
                 {"kind": "newHospital", "hospital": {"id": "RS-NEW", "name": "RS Darurat", "regency": "Kota Serang",
                   "location": {"lat": -6.12, "lon": 106.15}, "beds": 40, "occupiedBeds": 38, "cylindersNeededPerDay": 30,
                   "emptyCylinders": 30}}]""");

        assertThat(changed.errors()).isEmpty();
        Problem problem = changed.problem();
        Problem.Supplier north = problem.suppliers().get(0);
        assertThat(north.loxTons()).isEqualTo(7.5);
        assertThat(north.fleet()).isNull();
        assertThat(north.effectiveTankers()).extracting(Problem.Tanker::id).containsExactly("LOX-NORTH-T1");
        assertThat(problem.hospitals().get(1).loxStockTons()).isEqualTo(0.2);
        assertThat(problem.hospitals().get(1).loxNeedTonsPerDay()).isEqualTo(3.0);
        assertThat(problem.collectionPosts().get(0).trucks()).isZero();
        assertThat(changed.warnings()).extracting(ProblemIssue::path).contains("$.changes[3].set.trucks");
        assertThat(problem.hospitals()).extracting(Problem.Hospital::id).containsExactly("RS-A", "RS-B", "RS-C", "RS-NEW");
    }

    @Test
    void everyBadChangeIsRefusedAtItsPathAndNothingIsChanged() throws IOException {
        ProblemReading refused = apply("""
                [{"kind": "supplier", "id": "PUSRI", "set": {"loxTons": 7.5}},
                 {"kind": "explosion", "id": "LOX-NORTH"},
                 {"kind": "tankersOutOfService", "id": "LOX-NORTH", "tankers": ["T9"]},
                 {"kind": "hospital", "id": "RS-B", "set": {"id": "RS-Z"}},
                 {"kind": "roadClosed", "from": "a", "to": "b"}]""");

        assertThat(refused.isValid()).isFalse();
        assertThat(refused.errors()).extracting(ProblemIssue::path).containsExactly("$.changes[0].id", "$.changes[1].kind",
                "$.changes[2].tankers[0]", "$.changes[3].set.id", "$.changes[4]");
        assertThat(refused.errors().get(0).message()).startsWith("no supplier has this id; expected one of: LOX-NORTH, ");
        assertThat(refused.errors().get(0).message(Locale.forLanguageTag("id"))).startsWith("tidak ada pemasok dengan id ini");
        assertThat(refused.errors().get(2).message()).contains("LOX-NORTH-T1, LOX-NORTH-T2");
    }

    @Test
    void aValueTheFormatRefusesIsReportedWhereTheChangeSetIt() throws IOException {
        Problem day = day();
        String before = ProblemJson.mapper().writeValueAsString(day);
        ProblemReading refused = apply(day, """
                [{"kind": "hospital", "id": "RS-A", "set": {"loxStockTons": -1, "bedz": 3}},
                 {"kind": "newHospital", "hospital": {"id": "RS-A", "name": "Twin", "regency": "X",
                   "location": {"lat": -6.1, "lon": 106.1}, "beds": 10, "occupiedBeds": 20}}]""");

        assertThat(refused.isValid()).isFalse();
        assertThat(refused.errors()).extracting(ProblemIssue::path).contains("$.changes[0].set.loxStockTons",
                "$.changes[0].set.bedz");
        assertThat(ProblemJson.mapper().writeValueAsString(day)).as("the day itself is unchanged").isEqualTo(before);
    }

    @Test
    void aSupplierThatEarlierChangesBrokeIsAnErrorNotACrash() throws IOException {
        ProblemReading refused = apply("""
                [{"kind": "supplier", "id": "LOX-NORTH", "set": {"bedz": 1}},
                 {"kind": "tankersOutOfService", "id": "LOX-NORTH", "tankers": ["LOX-NORTH-T1"]},
                 {"kind": "supplier", "id": "DONOR-PETRO", "set": {"fleet": {"tankers": 2000000000, "tankerTons": 5,
                   "drivingHoursPerTanker": 8}}},
                 {"kind": "tankersOutOfService", "id": "DONOR-PETRO", "tankers": [7]}]""");

        assertThat(refused.errors()).extracting(ProblemIssue::path).containsExactly("$.changes[1].id", "$.changes[3].id");
        assertThat(refused.errors().get(0).message()).contains("invalid field bedz");
        assertThat(refused.errors().get(1).message()).contains("invalid field fleet.tankers");
    }

    @Test
    void aStationStoppedTodayLeavesItsPostWithoutRefillsNotTheDayInvalid() throws IOException {
        ProblemReading changed = apply("[{\"kind\": \"supplier\", \"id\": \"LOX-NORTH\", \"set\": {\"refillCylinders\": 0}}]");

        assertThat(changed.isValid()).isTrue();
        assertThat(changed.warnings()).extracting(ProblemIssue::path).contains("$.collectionPosts[0].stationId");
    }

    @Test
    void aRoadClosedForTheDayLosesItsEdgeAndForSomeHoursWaitsThatLong() throws IOException {
        Problem.RoadNetwork network = new Problem.RoadNetwork(null, "test", null,
                List.of(new Problem.RoadNode("a", -6.0, 106.0), new Problem.RoadNode("b", -6.1, 106.1),
                        new Problem.RoadNode("c", -6.2, 106.2)),
                List.of(new Problem.RoadEdge("a", "b", 15, Problem.RoadKind.ARTERIAL, null, null, null, null, null),
                        new Problem.RoadEdge("b", "c", 15, Problem.RoadKind.FERRY, 2.0, null, 1.0, null, null)));
        Problem withRoads = day().withRoadNetwork(network);

        Problem closed = apply(withRoads, """
                [{"kind": "roadClosed", "from": "b", "to": "a"}, {"kind": "roadClosed", "from": "b", "to": "c", "hours": 3}]""")
                .problem();

        assertThat(closed.roadNetwork().edges()).singleElement().satisfies(edge -> {
            assertThat(edge.from()).isEqualTo("b");
            assertThat(edge.waitHours()).isEqualTo(4.0);
        });
        assertThat(apply(withRoads, "[{\"kind\": \"roadClosed\", \"from\": \"a\", \"to\": \"c\"}]").errors())
                .extracting(ProblemIssue::path).containsExactly("$.changes[0].to");
    }
}
