/**
 * The Timefold planning model: the solution {@code OxygenAllocation}, the entities {@code LoxLot} and
 * {@code RefillBatch}, the facts {@code Supplier}, {@code Hospital}, {@code CollectionPost} and {@code RefillRoute},
 * unit conversions ({@code Oxygen}), and {@code Unfairness}, the shortage cost shared by the rules and the bound.
 * May depend on {@code travel} (legs) only.
 */
package org.oxyalloc.domain;
