/**
 * Plans: submit (JSON or suppliers.csv and hospitals.csv), follow (status, server-sent events), explain a hospital,
 * stop; the SolverManager queue that saves the best plan as it improves, the plan table in plain SQL, status changes
 * and the engine as beans; the pages of a day's plans, a plan and a hospital's why. May depend on the solver module and
 * on {@code api.audit}, {@code api.page}, {@code api.user}, {@code api.web}.
 */
package org.oxyalloc.api.plan;
