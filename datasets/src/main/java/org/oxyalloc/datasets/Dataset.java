package org.oxyalloc.datasets;

import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.Problem.Settings;

/** One built problem file: its name, its content and its README section. */
record Dataset(String fileName, Problem problem, String readme) {

    /** The datasets' settings: a 20 s solve and the stated travel limit; everything else at its default. */
    static Settings settings(double maxTravelHours) {
        return new Settings(null, maxTravelHours, null, null, "20s", null, null, null, null, null);
    }
}
