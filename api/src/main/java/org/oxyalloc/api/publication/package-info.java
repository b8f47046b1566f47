/**
 * Publishing a solved plan as the day's plan for its region, and superseding an earlier one with a recorded reason,
 * through the API or the plan's page. May depend on {@code api.page}, {@code api.plan}, {@code api.audit},
 * {@code api.user} and {@code api.web}.
 */
package org.oxyalloc.api.publication;
