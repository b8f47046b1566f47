package org.oxyalloc.benchmark;

import java.util.Arrays;
import java.util.Locale;

/** Medians and ranges of repeated timings. */
final class Stats {

    private Stats() {
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** "median 12 ms (min 10, max 15)". */
    static String millis(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "median %6.0f ms  (min %.0f, max %.0f)", median(millis), sorted[0],
                sorted[sorted.length - 1]);
    }
}
