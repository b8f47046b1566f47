/**
 * Quotas from published plans: a hospital's own (JSON with the why, or CSV; a hospital user sees only its own), and a
 * whole plan as CSV. May depend on the solver module's {@code plan} and on {@code api.plan}, {@code api.user},
 * {@code api.web}.
 */
package org.oxyalloc.api.quota;
