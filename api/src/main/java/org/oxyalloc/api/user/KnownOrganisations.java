package org.oxyalloc.api.user;

/**
 * Whether a hospital or supplier id is one the task force has planned for: an account bound to an id no stored
 * problem has would be a hospital that reads nothing, or a typo that binds to someone else's id later. Implemented
 * where the problems are stored.
 */
public interface KnownOrganisations {

    boolean hasHospital(String id);

    boolean hasSupplier(String id);
}
