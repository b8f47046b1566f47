package org.oxyalloc.domain;

/**
 * What the plan being re-planned (usually the published one) gave a hospital from one supplier: the LOX it promised.
 * Hospitals send trucks and plan their wards on it, so a re-plan moves it only for a reason that weighs more.
 */
public record PublishedQuota(Hospital hospital, Supplier supplier, long kg) {
}
