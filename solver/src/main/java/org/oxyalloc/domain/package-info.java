/**
 * The Timefold planning model: the solution {@code OxygenAllocation}, the entities {@code LoxLot} (its value a
 * {@code TankerTrip}) and {@code RefillBatch}, the facts {@code Supplier}, {@code Tanker}, {@code TankerTrip},
 * {@code Hospital}, {@code CollectionPost} and {@code RefillRoute}; a trip's shortest {@code Tour} and its
 * {@code TripRoute}; unit conversions ({@code Oxygen}), and {@code Unfairness}, the shortage cost shared by the rules
 * and the bound. May depend on {@code travel} (legs) only.
 */
package org.oxyalloc.domain;
