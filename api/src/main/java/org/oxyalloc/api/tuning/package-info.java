/**
 * For analysts: the constraints with their default weights, what-if plans (an existing plan with other weights or
 * inputs) and comparisons of two plans. May depend on the solver module and on {@code api.plan}, {@code api.audit}.
 */
package org.oxyalloc.api.tuning;
