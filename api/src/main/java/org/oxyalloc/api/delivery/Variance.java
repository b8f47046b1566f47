package org.oxyalloc.api.delivery;

/** Why a delivery differs from the plan; the page and the API name them the same. */
public enum Variance {
    /** The tanker was loaded with less than planned, or the station refilled fewer. */
    SHORT_LOAD,
    /** It arrived late (the amount may be as planned). */
    TANKER_LATE,
    /** The hospital's tank could not take it all. */
    TANK_FULL,
    /** The hospital refused it, e.g. oxygen not of medical grade. */
    REJECTED,
    /** Anything else, said in the note. */
    OTHER
}
