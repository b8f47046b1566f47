package org.oxyalloc.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.oxyalloc.engine.AllocationEngine;

/** The re-plan benchmark on one small generated day: a row per disruption, both shortages, and the summary. */
class ReplanBenchmarkTest {

    @Test
    void eachDisruptionIsRePlannedAndSolvedFromScratchAtEqualTime() {
        StringWriter text = new StringWriter();
        new ReplanBenchmark(new AllocationEngine(), Duration.ofSeconds(1))
                .run(List.of(Instance.generated(3, 20, 1)), 1, new PrintWriter(text));

        List<String> rows = text.toString().lines().filter(line -> line.startsWith("| 20 hospitals")).toList();
        assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row.split("\\|")).hasSize(10));
        assertThat(rows.get(0)).contains("busiest supplier -30 %");
        assertThat(rows.get(2)).contains("one hospital's need doubles");
        // A re-plan leaves no more shortage than planning afresh, here where both reach the least possible.
        assertThat(rows).allSatisfy(row -> {
            String[] cells = row.split("\\|");
            if (!cells[3].isBlank() && !cells[3].contains("nothing")) {
                assertThat(Double.parseDouble(cells[3].strip())).isLessThanOrEqualTo(Double.parseDouble(cells[4].strip()) + 0.05);
            }
        });
        assertThat(text.toString()).contains("Over the ");
    }
}
