/**
 * The demo datasets: the problem files in the configured folder (datasets/*.json), listed, loaded as plans, and
 * stored unsolved on an empty database. Reads them with the solver module's problem reader, not the datasets module.
 * May depend on the solver module's {@code problem} and on {@code api.plan}, {@code api.web}.
 */
package org.oxyalloc.api.demo;
