package org.oxyalloc.domain;

/**
 * What the plan being re-planned gave a hospital on one refill route (a station directly or through a collection
 * post): the cylinders it told the hospital to bring there.
 */
public record PublishedRefills(Hospital hospital, RefillRoute route, int cylinders) {
}
