package org.oxyalloc.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemReaderTest {

    static final Path EXAMPLE = Path.of("../docs/examples/example-problem.json");

    private final ProblemReader reader = new ProblemReader(List.of("Transport ton-km", "Hospital split across suppliers"));

    static ObjectNode example() throws IOException {
        return (ObjectNode) ProblemJson.mapper().readTree(Files.readString(EXAMPLE));
    }

    private ProblemReading read(ObjectNode tree) {
        return reader.read(tree.toString());
    }

    private static ObjectNode hospital(ObjectNode tree, int index) {
        return (ObjectNode) tree.withArray("hospitals").get(index);
    }

    @Test
    void theDocumentedExampleIsValid() throws IOException {
        ProblemReading reading = reader.read(Files.readString(EXAMPLE));
        assertThat(reading.errors()).isEmpty();
        assertThat(reading.problem().hospitals()).hasSize(3);
        assertThat(reading.problem().effectiveSettings().maxTravelHours()).isEqualTo(8.0);
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        ProblemReading reading = reader.read("{\n  \"region\": \"X\",\n  \"date\": \n}");
        assertThat(reading.isValid()).isFalse();
        assertThat(reading.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.path()).isEqualTo("line 4, column 1");
            assertThat(issue.message()).startsWith("malformed JSON");
        });
    }

    @Test
    void nonFiniteNumbersAreMalformed() {
        ProblemReading reading = reader.read("{\"region\": \"X\", \"suppliers\": [{\"loxTons\": NaN}]}");
        assertThat(reading.errors()).singleElement().satisfies(issue -> assertThat(issue.message()).contains("NaN"));
    }

    @Test
    void numbersBeyondTheirPhysicalRangeAreRefusedWithPathValueAndRange() throws IOException {
        ObjectNode tree = example();
        ((ObjectNode) tree.withArray("suppliers").get(0)).put("loxTons", 1e308);
        hospital(tree, 0).put("beds", 20_001);
        String text = tree.toString().replace("\"tankCapacityTons\":10,", "\"tankCapacityTons\":1e400,");

        ProblemReading reading = reader.read(text);

        assertThat(reading.isValid()).isFalse();
        assertThat(reading.errors()).extracting(ProblemIssue::path)
                .contains("$.suppliers[0].loxTons", "$.hospitals[0].beds", "$.hospitals[0].tankCapacityTons");
        assertThat(reading.errors()).filteredOn(e -> e.path().equals("$.suppliers[0].loxTons")).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("expected at most 100,000"));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAtItsByte(@TempDir Path folder) throws IOException {
        byte[] latin1 = "{\"region\": \"Bandar Lampung \u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        Path file = folder.resolve("latin1.json");
        Files.write(file, latin1);

        ProblemReading reading = reader.read(file);

        assertThat(reading.errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("byte offset " + (latin1.length - 3));
            assertThat(e.value()).isEqualTo("0xE9");
            assertThat(e.message()).contains("not UTF-8");
        });
        Path withBom = folder.resolve("bom.json");
        Files.write(withBom, ("\uFEFF" + Files.readString(EXAMPLE)).getBytes(StandardCharsets.UTF_8));
        assertThat(reader.read(withBom).errors()).isEmpty();
    }

    @Test
    void controlCharactersAndDirectionOverridesInNamesAreRefused() throws IOException {
        ObjectNode tree = example();
        hospital(tree, 0).put("name", "RSUD\u0000 Abdul Moeloek");
        hospital(tree, 1).put("regency", "Kota \u202Egnupmal");
        ((ObjectNode) tree.withArray("suppliers").get(0)).put("name", "PT Gas \uFFFD");

        ProblemReading reading = read(tree);

        assertThat(reading.errors()).extracting(ProblemIssue::path)
                .containsExactlyInAnyOrder("$.hospitals[0].name", "$.hospitals[1].regency", "$.suppliers[0].name");
        assertThat(reading.errors()).filteredOn(e -> e.path().equals("$.hospitals[1].regency")).singleElement()
                .satisfies(e -> {
                    assertThat(e.message()).contains("U+202E").contains("at character 6");
                    assertThat(e.value()).doesNotContain("\u202E");
                });
        hospital(tree, 0).put("name", "RSUD Abdul Moeloek (Provinsi Lampung) – kelas A, \u00e9t\u00e9");
        hospital(tree, 1).put("regency", "Kota Bandar Lampung");
        ((ObjectNode) tree.withArray("suppliers").get(0)).put("name", "PT Samator");
        assertThat(read(tree).errors()).isEmpty();
    }

    /** A task force reads the same errors in Bahasa Indonesia: the schema's, the checks', and the JSON types. */
    @Test
    void everyIssueIsSaidInBahasaIndonesiaToo() throws IOException {
        Locale indonesian = Locale.forLanguageTag("id");
        ObjectNode tree = example();
        hospital(tree, 0).put("beds", -3);
        hospital(tree, 1).put("bedz", 10);
        ((ObjectNode) tree.withArray("suppliers").get(0)).put("loxTons", "twelve");
        List<ProblemIssue> structural = read(tree).errors();
        tree = example();
        hospital(tree, 0).put("occupiedBeds", hospital(tree, 0).get("beds").asInt() + 1);
        List<ProblemIssue> semantic = read(tree).errors();

        assertThat(structural).extracting(e -> e.path() + ": " + e.message(indonesian)).contains(
                "$.hospitals[0].beds: seharusnya paling sedikit 0",
                "$.hospitals[1]: kolom 'bedz' tidak dikenal; seharusnya hanya kolom-kolom format ini (docs/problem-format.md)");
        assertThat(structural).filteredOn(e -> e.path().equals("$.suppliers[0].loxTons")).singleElement()
                .satisfies(e -> {
                    assertThat(e.message()).startsWith("string found, number");
                    assertThat(e.message(indonesian)).startsWith("ditemukan teks, seharusnya angka");
                });
        assertThat(semantic).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("$.hospitals[0].occupiedBeds");
            assertThat(e.message(indonesian)).startsWith("seharusnya paling banyak beds (");
            assertThat(e.message(Locale.ENGLISH)).isEqualTo(e.message()).startsWith("expected at most beds (");
        });
    }

    @Test
    void everyStructuralErrorIsReportedAtOnceWithPathAndValue() throws IOException {
        ObjectNode tree = example();
        hospital(tree, 0).put("beds", -3);
        hospital(tree, 1).withObject("location").put("lat", 95.5);
        hospital(tree, 2).put("bedz", 10);
        ((ObjectNode) tree.withArray("suppliers").get(0)).put("loxTons", "twelve");
        tree.remove("region");

        List<ProblemIssue> errors = read(tree).errors();

        assertThat(errors).extracting(ProblemIssue::path).contains("$.hospitals[0].beds",
                "$.hospitals[1].location.lat", "$.hospitals[2]", "$.suppliers[0].loxTons", "$");
        assertThat(errors).filteredOn(e -> e.path().equals("$.hospitals[0].beds"))
                .singleElement().satisfies(e -> {
                    assertThat(e.value()).isEqualTo("-3");
                    assertThat(e.message()).isEqualTo("expected at least 0");
                });
        assertThat(errors).filteredOn(e -> e.path().equals("$.hospitals[1].location.lat"))
                .singleElement().satisfies(e -> assertThat(e.value()).isEqualTo("95.5"));
        assertThat(errors).anySatisfy(e -> assertThat(e.message()).contains("bedz"));
        assertThat(errors).anySatisfy(e -> assertThat(e.message()).contains("region"));
    }

    @Test
    void emptyListsAreErrors() throws IOException {
        ObjectNode tree = example();
        tree.putArray("suppliers");
        tree.putArray("hospitals");
        assertThat(read(tree).errors()).extracting(ProblemIssue::path).contains("$.suppliers", "$.hospitals");
    }

    @Test
    void semanticErrorsAreReportedAtOnce() throws IOException {
        ObjectNode tree = example();
        hospital(tree, 1).put("id", "RS-A");
        hospital(tree, 0).put("loxStockTons", 12.5);
        hospital(tree, 0).put("occupiedBeds", 301);
        hospital(tree, 2).put("loxNeedTonsPerDay", 1.0);
        ((ObjectNode) tree.withArray("collectionPosts").get(0)).put("stationId", "NOWHERE");
        tree.withObject("settings").withObject("constraintWeights").put("Transport tonkm", 3);
        tree.withObject("settings").put("timeLimit", "0s");

        ProblemReading reading = read(tree);

        assertThat(reading.isValid()).isFalse();
        assertThat(reading.errors()).extracting(ProblemIssue::path, ProblemIssue::value).contains(
                org.assertj.core.groups.Tuple.tuple("$.hospitals[1].id", "RS-A"),
                org.assertj.core.groups.Tuple.tuple("$.hospitals[0].loxStockTons", "12.5"),
                org.assertj.core.groups.Tuple.tuple("$.hospitals[0].occupiedBeds", "301"),
                org.assertj.core.groups.Tuple.tuple("$.hospitals[2].loxNeedTonsPerDay", "1.0"),
                org.assertj.core.groups.Tuple.tuple("$.collectionPosts[0].stationId", "NOWHERE"),
                org.assertj.core.groups.Tuple.tuple("$.settings.constraintWeights[\"Transport tonkm\"]", "Transport tonkm"),
                org.assertj.core.groups.Tuple.tuple("$.settings.timeLimit", "0s"));
        assertThat(reading.errors()).filteredOn(e -> e.path().contains("constraintWeights")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("Transport ton-km"));
        assertThat(reading.errors()).filteredOn(e -> e.path().equals("$.hospitals[0].loxStockTons")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("tankCapacityTons (10.0)"));
    }

    @Test
    void negativeWeightIsAStructuralError() throws IOException {
        ObjectNode tree = example();
        tree.withObject("settings").withObject("constraintWeights").put("Transport ton-km", -1);
        assertThat(read(tree).errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("$.settings.constraintWeights.Transport ton-km");
            assertThat(e.value()).isEqualTo("-1");
        });
    }

    @Test
    void semanticChecksWaitForAValidStructure() throws IOException {
        ObjectNode tree = example();
        ArrayNode suppliers = tree.withArray("suppliers");
        ((ObjectNode) suppliers.get(2)).put("id", "LOX-NORTH");
        hospital(tree, 0).put("beds", -1);
        // The duplicated id is found once the structural error is fixed: values are compared only when well-formed.
        assertThat(read(tree).errors()).extracting(ProblemIssue::path).containsExactly("$.hospitals[0].beds");
        hospital(tree, 0).put("beds", 300);
        assertThat(read(tree).errors()).extracting(ProblemIssue::path).containsExactly("$.suppliers[2].id");
    }

    @Test
    void reservedSupplyNobodyCanReceiveAndLoxWithoutTankersAreWarnings() throws IOException {
        ObjectNode tree = example();
        ObjectNode donor = (ObjectNode) tree.withArray("suppliers").get(1);
        donor.putArray("reservedForGroups").add("Nobody's association");
        donor.remove("fleet");
        ProblemReading reading = read(tree);
        assertThat(reading.isValid()).isTrue();
        assertThat(reading.warnings()).extracting(ProblemIssue::path)
                .containsExactlyInAnyOrder("$.suppliers[1].fleet", "$.suppliers[1].reservedForGroups[0]");
    }

    @Test
    void impossibleDateIsReportedWithItsPath() throws IOException {
        ObjectNode tree = example();
        tree.put("date", "2021-02-30");
        assertThat(read(tree).errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("$.date");
            assertThat(e.value()).isEqualTo("2021-02-30");
            assertThat(e.message()).contains("yyyy-mm-dd").doesNotContain("java.").doesNotContain("Exception");
        });
    }

    @Test
    void parserMessagesNameNoParserInternals() {
        String longNumber = "{\"region\": " + "1".repeat(1200) + "}";
        for (String text : List.of("{\"region\": NaN}", longNumber, "[1, 2")) {
            assertThat(reader.read(text).errors()).singleElement().satisfies(e -> assertThat(e.message())
                    .startsWith("malformed JSON").doesNotContain("`").doesNotContain("Feature")
                    .doesNotContain("Constraints").doesNotContain("REDACTED"));
        }
    }

    @Test
    void defaultsAreAppliedInOnePlace() {
        Problem.Settings settings = Problem.Settings.DEFAULTS;
        assertThat(settings.coverageDays()).isEqualTo(1.0);
        assertThat(settings.maxTravelHours()).isEqualTo(12.0);
        assertThat(settings.loxLotTons()).isEqualTo(0.1);
        assertThat(settings.refillBatchCylinders()).isEqualTo(5);
        assertThat(settings.timeLimit()).isEqualTo("30s");
        assertThat(settings.travel().detourFactor()).isEqualTo(1.3);
        assertThat(settings.priority().icuWeight()).isEqualTo(2.0);
        assertThat(settings.needEstimation().criticalLitresPerMinute()).isEqualTo(30.0);
    }
}
