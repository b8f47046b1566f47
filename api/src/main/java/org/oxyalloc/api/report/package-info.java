/**
 * What hospitals report each morning (stock, occupancy, cylinders, their own need), checked against the hospital as
 * the region's stored problems have it, and used when a day is copied into the next.
 */
package org.oxyalloc.api.report;
