package org.oxyalloc.api.persistence;

/** On the embedded H2 database (in PostgreSQL mode), shared with the other HTTP tests. */
class H2PersistenceTest extends PersistenceTest {
}
