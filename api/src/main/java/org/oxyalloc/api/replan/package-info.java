/**
 * Re-planning when something breaks: a disruption's changes to a solved (usually published) day, solved as a new plan
 * that starts from the old one and moves its quotas only where that serves a shortage. May depend on the solver
 * module and on {@code api.plan}, {@code api.audit}, {@code api.web}.
 */
package org.oxyalloc.api.replan;
