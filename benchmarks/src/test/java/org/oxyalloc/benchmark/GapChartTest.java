package org.oxyalloc.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GapChartTest {

    @Test
    void writesOnePngPerInstanceWithZeroGapsAndAnEmptySeries(@TempDir Path dir) throws Exception {
        List<GapChart.Series> series = List.of(
                new GapChart.Series("construction only", List.of(new GapChart.Point(0.1, 1717.89), new GapChart.Point(2.0, 16.9))),
                new GapChart.Series("warm started", List.of(new GapChart.Point(0.2, 2.5), new GapChart.Point(0.4, 0),
                        new GapChart.Point(3.0, 0))),
                new GapChart.Series("no feasible plan", List.of()));

        Path file = GapChart.write(dir.resolve("plots"), "1000 hospitals x 100 suppliers", series);

        assertThat(file).isEqualTo(dir.resolve("plots/1000-hospitals-x-100-suppliers.png"));
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(GapChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(GapChart.HEIGHT);
    }

    @Test
    void fileNamesComeFromInstanceNames() {
        assertThat(GapChart.fileName("banten-2021-07-21.json")).isEqualTo("banten-2021-07-21.png");
        assertThat(GapChart.fileName("300 hospitals x 30 suppliers, fleet 0.15")).isEqualTo("300-hospitals-x-30-suppliers-fleet-0.15.png");
    }
}
