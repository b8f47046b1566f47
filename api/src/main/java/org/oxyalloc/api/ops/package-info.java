/**
 * Micrometer gauges for operations: plans solving, plans queued, and plans by status.
 * May depend on {@code api.plan}.
 */
package org.oxyalloc.api.ops;
