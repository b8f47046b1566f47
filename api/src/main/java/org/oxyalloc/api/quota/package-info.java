/**
 * Quotas from published plans: a hospital's own (JSON with the why, or CSV, and the hospital's page; a hospital user sees
 * only its own), a whole plan as CSV, and a supplier's dispatch sheet (CSV, XLSX, a printable page). May depend on the
 * solver module's {@code plan} and on {@code api.page}, {@code api.plan}, {@code api.user}, {@code api.web}.
 */
package org.oxyalloc.api.quota;
