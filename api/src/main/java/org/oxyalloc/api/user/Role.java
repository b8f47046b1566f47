package org.oxyalloc.api.user;

/** What a user may do; see docs/api.md for the table of roles and endpoints. */
public enum Role {
    /** Manages users; may do everything staff and analysts do. */
    ADMIN,
    /** Task-force staff: submit, solve and publish plans. */
    STAFF,
    /** Tunes weights, runs what-ifs and reads analyses; does not publish. */
    ANALYST,
    /** A hospital: reads its own quotas and deliveries, and confirms what it received. */
    HOSPITAL,
    /** A supplier (a plant, a distributor): reads its own dispatch sheets and records its own deliveries. */
    SUPPLIER
}
