package org.oxyalloc.benchmark;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A PNG chart of one instance: the gap of the best feasible plan so far to the bound over time, one step line per
 * strategy or solver. The gap runs on a log scale (from thousandths of a percent to thousands); a log scale has no 0,
 * so gaps at or below {@link #FLOOR_PERCENT} (0 included) are drawn on that floor, labelled as such.
 */
final class GapChart {

    static final double FLOOR_PERCENT = 0.001;
    static final int WIDTH = 900;
    static final int HEIGHT = 500;

    record Point(double seconds, double gapPercent) {
    }

    /** A strategy's or solver's gaps in time order; empty when it found no feasible plan. */
    record Series(String name, List<Point> points) {
    }

    private GapChart() {
    }

    /** Writes {@code <directory>/<instance as a file name>.png} and returns it. */
    static Path write(Path directory, String instance, List<Series> series) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        double highest = 1;
        for (Series line : series) {
            XYSeries steps = new XYSeries(line.name(), false, true);
            for (Point point : line.points()) {
                steps.add(point.seconds(), Math.max(FLOOR_PERCENT, point.gapPercent()));
                highest = Math.max(highest, point.gapPercent());
            }
            data.addSeries(steps);
        }
        NumberAxis time = new NumberAxis("solving time (s)");
        LogAxis gap = new LogAxis("gap to the bound (%, log scale)");
        gap.setRange(FLOOR_PERCENT / 2, highest * 3);
        gap.setTickUnit(new NumberTickUnit(1), false, true); // one tick a power of ten
        gap.setNumberFormatOverride(new FloorFormat());
        XYStepRenderer renderer = new XYStepRenderer();
        // The first series is drawn on top; each later one is wider, so that lines at the same gap stay visible.
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(2f + 2f * i));
        }
        XYPlot plot = new XYPlot(data, time, gap, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(instance, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle("Gap of the best feasible plan so far to the bound; "
                + "a gap of 0 is drawn on the bottom line (\u2264 " + FLOOR_PERCENT + " %)"));
        Files.createDirectories(directory);
        Path file = directory.resolve(fileName(instance));
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
        return file;
    }

    /** "banten-2021-07-21.json" gives "banten-2021-07-21.png", "100 hospitals x 10 suppliers" "100-hospitals-x-10-suppliers.png". */
    static String fileName(String instance) {
        String stem = instance.toLowerCase(Locale.ROOT).replaceFirst("\\.json$", "").replaceAll("[^a-z0-9.]+", "-");
        return stem.replaceAll("^-|-$", "") + ".png";
    }

    /** Percent tick labels, with the floor labelled for what it holds. */
    private static final class FloorFormat extends NumberFormat {

        private final DecimalFormat plain = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return number <= FLOOR_PERCENT * 1.0001 ? toAppendTo.append("\u2264 ").append(plain.format(FLOOR_PERCENT))
                    : plain.format(number, toAppendTo, pos);
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return plain.parse(source, parsePosition);
        }
    }
}
