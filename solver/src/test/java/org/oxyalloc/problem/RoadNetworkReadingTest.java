package org.oxyalloc.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoadNetworkReadingTest {

    private final ProblemReader reader = new ProblemReader(List.of("Transport ton-km", "Hospital split across suppliers"));

    private static ObjectNode network() {
        ObjectNode network = ProblemJson.mapper().createObjectNode();
        network.put("name", "test");
        ArrayNode nodes = network.putArray("nodes");
        nodes.addObject().put("id", "SERANG").put("lat", -6.11).put("lon", 106.16);
        nodes.addObject().put("id", "CILEGON").put("lat", -6.0).put("lon", 106.05);
        network.putArray("edges").addObject().put("from", "SERANG").put("to", "CILEGON").put("km", 17).put("kind", "toll");
        return network;
    }

    private static ArrayNode edges(ObjectNode network) {
        return network.withArray("edges");
    }

    @Test
    void anInlineNetworkIsRead() throws Exception {
        ObjectNode problem = ProblemReaderTest.example();
        problem.set("roadNetwork", network());
        ProblemReading reading = reader.read(problem.toString());
        assertThat(reading.errors()).isEmpty();
        assertThat(reading.problem().roadNetwork().edges()).hasSize(1);
    }

    @Test
    void everyBadElementIsNamed() throws Exception {
        ObjectNode network = network();
        network.withArray("nodes").addObject().put("id", "SERANG").put("lat", -6.2).put("lon", 106.2);
        edges(network).addObject().put("from", "SERANG").put("to", "NOWHERE").put("km", 5).put("kind", "local");
        edges(network).addObject().put("from", "CILEGON").put("to", "CILEGON").put("km", 1).put("kind", "local");
        edges(network).addObject().put("from", "SERANG").put("to", "CILEGON").put("km", 30).put("kind", "ferry");
        ObjectNode problem = ProblemReaderTest.example();
        problem.set("roadNetwork", network);

        assertThat(reader.read(problem.toString()).errors()).extracting(ProblemIssue::path, ProblemIssue::value)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("$.roadNetwork.nodes[2].id", "SERANG"),
                        org.assertj.core.groups.Tuple.tuple("$.roadNetwork.edges[1].to", "NOWHERE"),
                        org.assertj.core.groups.Tuple.tuple("$.roadNetwork.edges[2].to", "CILEGON"),
                        org.assertj.core.groups.Tuple.tuple("$.roadNetwork.edges[3].hours", null));
    }

    @Test
    void zeroOrNegativeLengthsAreSchemaErrors() throws Exception {
        ObjectNode network = network();
        ((ObjectNode) edges(network).get(0)).put("km", 0);
        ObjectNode problem = ProblemReaderTest.example();
        problem.set("roadNetwork", network);
        assertThat(reader.read(problem.toString()).errors()).singleElement()
                .satisfies(e -> assertThat(e.path()).isEqualTo("$.roadNetwork.edges[0].km"));
    }

    @Test
    void aNetworkFileIsReadRelativeToTheProblemAndItsErrorsNameTheFile(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("networks"));
        ObjectNode network = network();
        Files.writeString(dir.resolve("networks/banten.json"), network.toString());
        ObjectNode problem = ProblemReaderTest.example();
        problem.putObject("roadNetwork").put("file", "networks/banten.json");
        Path problemFile = dir.resolve("day.json");
        Files.writeString(problemFile, problem.toString());

        ProblemReading reading = reader.read(problemFile);
        assertThat(reading.errors()).isEmpty();
        assertThat(reading.problem().roadNetwork().refersToFile()).isFalse();
        assertThat(reading.problem().roadNetwork().nodes()).hasSize(2);

        ((ObjectNode) edges(network).get(0)).put("to", "MERAK");
        Files.writeString(dir.resolve("networks/banten.json"), network.toString());
        assertThat(reader.read(problemFile).errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("networks/banten.json: $.edges[0].to");
            assertThat(e.value()).isEqualTo("MERAK");
        });
    }

    @Test
    void aMissingNetworkFileOrAReferenceFromTextIsAnError(@TempDir Path dir) throws Exception {
        ObjectNode problem = ProblemReaderTest.example();
        problem.putObject("roadNetwork").put("file", "networks/none.json");
        Path problemFile = dir.resolve("day.json");
        Files.writeString(problemFile, problem.toString());
        assertThat(reader.read(problemFile).errors()).singleElement()
                .satisfies(e -> assertThat(e.path()).isEqualTo("$.roadNetwork.file"));
        assertThat(reader.read(problem.toString()).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("give the network inline"));
    }

    @Test
    void aServiceReadsTheNetworksItShipsAndNoOtherFile() throws Exception {
        ProblemReader service = new ProblemReader(List.of("Transport ton-km", "Hospital split across suppliers"),
                Path.of("../datasets"));
        String lampung = Files.readString(Path.of("../datasets/lampung-2021-07-26.json"));

        ProblemReading shipped = service.read(lampung);

        assertThat(shipped.errors()).isEmpty();
        assertThat(shipped.problem().roadNetwork().edges()).isNotEmpty();
        for (String elsewhere : List.of("../pom.xml", "../../etc/passwd", "/etc/hostname", "networks/../../solver/pom.xml")) {
            ObjectNode problem = ProblemReaderTest.example();
            problem.putObject("roadNetwork").put("file", elsewhere);
            assertThat(service.read(problem.toString()).errors()).as(elsewhere).singleElement().satisfies(e -> {
                assertThat(e.path()).isEqualTo("$.roadNetwork.file");
                assertThat(e.message()).doesNotContain("/work").doesNotContain(Path.of("..").toAbsolutePath().toString());
            });
        }
    }
}
