/**
 * The append-only audit trail (who did what to which plan, and when) and its endpoint for administrators.
 * May depend on {@code api.user}, for the signed-in user's name.
 */
package org.oxyalloc.api.audit;
