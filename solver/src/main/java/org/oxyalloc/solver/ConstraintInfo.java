package org.oxyalloc.solver;

/**
 * A constraint as analysts tune it.
 *
 * @param level hard, medium or soft: the score level its weight counts on
 * @param defaultWeight its weight on that level when the problem does not override it
 */
public record ConstraintInfo(String name, String description, String group, String level, long defaultWeight) {
}
