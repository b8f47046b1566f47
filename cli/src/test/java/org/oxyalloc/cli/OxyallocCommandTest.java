package org.oxyalloc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxyalloc.problem.ProblemJson;
import picocli.CommandLine;

class OxyallocCommandTest {

    private static final String EXAMPLE = "../docs/examples/example-problem.json";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = OxyallocCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void validateAcceptsTheExample() {
        assertThat(run("validate", EXAMPLE)).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("valid (3 hospitals, 3 suppliers");
    }

    @Test
    void validateReportsEveryErrorWithPathAndExits2(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(Path.of(EXAMPLE))
                .replace("\"beds\": 300", "\"beds\": -300").replace("\"lat\": -6.0, \"lon\": 106.02", "\"lat\": -96.0, \"lon\": 106.02"));
        assertThat(run("validate", bad.toString())).isEqualTo(ExitCode.INVALID_PROBLEM);
        assertThat(err.toString()).contains("$.hospitals[0].beds = -300").contains("$.hospitals[1].location.lat = -96.0")
                .contains("2 error(s)").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingFileExits4WithoutAStackTrace() {
        assertThat(run("validate", "no-such-problem.json")).isEqualTo(ExitCode.IO_ERROR);
        assertThat(err.toString()).contains("no-such-problem.json").doesNotContain("\tat ");
    }

    @Test
    void aWrongCommandLineExits3WithUsage() {
        assertThat(run("solve", EXAMPLE, "--time-limit", "soon")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("'soon'").contains("Usage:");
        assertThat(run("frobnicate")).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void solveWritesThePlanAndSummarisesIt(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.json");
        assertThat(run("solve", EXAMPLE, "--time-limit", "2s", "--out", plan.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("(feasible)").contains("score by constraint").contains("plan written to");
        JsonNode written = ProblemJson.mapper().readTree(plan.toFile());
        assertThat(written.get("feasible").asBoolean()).isTrue();
        assertThat(written.get("hospitals")).hasSize(3);
        assertThat(written.get("analysis").findValues("description")).isNotEmpty();
        assertThat(written.get("travelModel").asText()).contains("haversine");
    }

    @Test
    void constraintsListsEveryRule() {
        assertThat(run("constraints")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().lines()).hasSize(26);
        assertThat(out.toString()).contains("Tanker working day").contains("Stops per trip").contains("Unfair LOX shortage")
                .contains("Published quota changed");
    }

    @Test
    void anOsmExtractBecomesANetworkThatAProblemCanUse(@TempDir Path dir) throws Exception {
        Path network = dir.resolve("networks/banten.json");
        Files.createDirectories(network.getParent());
        assertThat(run("network", "from-osm", "../datasets/src/test/resources/merak-bakauheni.osm", "--name", "Merak test",
                "--out", network.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("6 nodes, 5 edges");
        Path problem = dir.resolve("day.json");
        Files.writeString(problem, Files.readString(Path.of(EXAMPLE)).replaceFirst("\\{", "{ \"roadNetwork\": {\"file\": \"networks/banten.json\"},"));
        assertThat(run("solve", problem.toString(), "--time-limit", "1s", "--out", dir.resolve("plan.json").toString()))
                .as(err::toString).isEqualTo(ExitCode.OK);
        assertThat(ProblemJson.mapper().readTree(dir.resolve("plan.json").toFile()).get("travelModel").asText())
                .contains("road network 'Merak test'");
    }

    @Test
    void generateAndBenchmarkRejectBadArgumentsAsUsageErrors(@TempDir Path dir) {
        assertThat(run("generate", "--hospitals", "0", "--suppliers", "3", "--out", dir.resolve("x.json").toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("hospitals must be 1..9999, was 0");
        assertThat(run("benchmark", "travel", "--nodes", "5")).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void benchmarksRunOnSmallInstances(@TempDir Path dir) {
        assertThat(run("benchmark", "bound", "--hospitals", "20", "--suppliers", "3", "--runs", "1")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("OR-Tools MinCostFlow").contains("JGraphT");
        assertThat(run("benchmark", "solve", "--sizes", "12", "--seeds", "1,2", "--checkpoints", "1", "--strategies",
                "WARM_STARTED", "--datasets", "", "--plots", dir.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("| 12 hospitals x 2 suppliers, seed 1 | warm started |")
                .contains("| 12 hospitals x 2 suppliers, seed 2 | warm started |")
                .contains("| 12 hospitals x 2 suppliers | warm started | 2 |");
        assertThat(dir.resolve("12-hospitals-x-2-suppliers-seed-1.png")).isNotEmptyFile();
        assertThat(run("benchmark", "travel", "--nodes", "400", "--suppliers", "3", "--hospitals", "5", "--runs", "1"))
                .isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("distance matrix");
    }

    @Test
    void benchmarkPeersComparesFeasiblePlansAndWritesTheSeries(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("peers.csv");
        assertThat(run("benchmark", "peers", "--sizes", "8", "--seeds", "1", "--limits", "1", "--datasets", "none", "--csv",
                csv.toString(), "--plots", dir.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("| 8 hospitals x 2 suppliers, fleet 0.15, seed 1 | timefold | 1 | 0 |")
                .contains("| 8 hospitals x 2 suppliers, fleet 0.15, seed 1 | cp-sat | 1 | 0 |")
                .contains("| 8 hospitals x 2 suppliers, fleet 0.15, seed 1 | scip | 1 | 0 |")
                .contains("| 8 hospitals x 2 suppliers, fleet 0.15 | scip | 1 |");
        assertThat(Files.readAllLines(csv)).hasSize(4).first().isEqualTo("instance,solver,seconds,hard,medium,soft,gapPercent");
        try (var charts = Files.list(dir)) {
            assertThat(charts.filter(f -> f.toString().endsWith(".png"))).hasSize(1);
        }
    }

    @Test
    void benchmarkReportWritesTimefoldsHtmlReport(@TempDir Path dir) throws Exception {
        assertThat(run("benchmark", "report", "--seconds", "1", "--warm-up", "0", "--sizes", "10", "--binding-fleet-sizes", "",
                "--datasets", "", "--configurations", "SHIPPED,CONSTRUCTION_ONLY", "--out", dir.toString()))
                .as(err::toString).isEqualTo(ExitCode.OK);
        Path report = Path.of(out.toString().lines().filter(line -> line.startsWith("report written to ")).findFirst()
                .orElseThrow().substring("report written to ".length()));
        assertThat(report).startsWith(dir).hasFileName("index.html");
        assertThat(Files.readString(report)).contains("generated-10-hospitals-2-suppliers")
                .contains("shipped (tabu search)").contains("construction heuristic only");
        assertThat(run("benchmark", "report", "--sizes", "", "--binding-fleet-sizes", "", "--datasets", ""))
                .isEqualTo(ExitCode.USAGE);
    }

    @Test
    void schemaPrintsThePublishedSchema() {
        assertThat(run("schema")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("\"title\" : \"oxyalloc problem\"");
    }
}
