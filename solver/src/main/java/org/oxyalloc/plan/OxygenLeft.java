package org.oxyalloc.plan;

import java.util.Comparator;
import java.util.List;

/**
 * How many hours of oxygen a hospital has left: what it holds now (LOX in its tank, full cylinders) over its use, the
 * figure by which the ministry listed hospitals in July 2021, under 12, 24 and 48 hours; and the same once today's
 * plan has delivered.
 *
 * @param under the least of {@link #THRESHOLDS} above {@code hoursNow}
 */
public record OxygenLeft(String hospitalId, String name, String regency, double hoursNow, double hoursAfterPlan,
        int under) {

    /** The ministry's thresholds, in hours, the tightest first. */
    public static final List<Integer> THRESHOLDS = List.of(12, 24, 48);

    /** The plan's hospitals with less than the widest threshold left now, the fewest hours first. */
    public static List<OxygenLeft> of(Plan plan) {
        int widest = THRESHOLDS.get(THRESHOLDS.size() - 1);
        return plan.hospitals().stream()
                .filter(h -> h.coverageDaysBefore() != null && hours(h.coverageDaysBefore()) < widest)
                .map(h -> {
                    double now = hours(h.coverageDaysBefore());
                    int under = THRESHOLDS.stream().filter(t -> now < t).findFirst().orElseThrow();
                    return new OxygenLeft(h.id(), h.name(), h.regency(), now, hours(h.coverageDaysAfter()), under);
                })
                .sorted(Comparator.comparingDouble(OxygenLeft::hoursNow).thenComparing(OxygenLeft::hospitalId))
                .toList();
    }

    /** Days of use in hours, to a tenth (the plan's coverage is to a hundredth of a day, 0.24 h). */
    public static double hours(double days) {
        return Math.round(days * 240) / 10.0;
    }
}
