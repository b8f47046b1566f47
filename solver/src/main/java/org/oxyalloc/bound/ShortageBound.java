package org.oxyalloc.bound;

/**
 * What no plan can beat, from the flow relaxation, which drops only the whole tanker trips (and the fleets' driving hours
 * unless {@code tankerHoursCounted}) and the preference for one supplier per hospital.
 *
 * @param medium the least medium penalty any plan can have: shortage by priority plus fairness
 * @param minimumShortageKg the least total shortage, LOX and cylinders (8 kg each), of any plan
 * @param soft the least soft penalty of a plan that reaches the medium bound: its transport at least; 0 (no bound) when
 *        the tanker fleets raise the medium bound
 * @param tankerHoursCounted whether the bound keeps the tanker fleets' driving hours as linear limits: false only when
 *        the flow needs more driving than a fleet has and the linear program found no optimum in time
 * @param solver the min-cost flow implementation used
 * @param millis how long the relaxation took
 */
public record ShortageBound(long medium, long minimumShortageKg, long soft, boolean tankerHoursCounted, String solver,
        long millis) {
}
