package org.oxyalloc.api.persistence;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On a real PostgreSQL server, in a fresh schema per run (dropped at the end). The server is at
 * OXYALLOC_TEST_POSTGRES_URL, by default jdbc:postgresql://127.0.0.1:5432/test as user postgres; CI starts it.
 */
class PostgresPersistenceTest extends PersistenceTest {

    private static final String URL = System.getenv().getOrDefault("OXYALLOC_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getenv().getOrDefault("OXYALLOC_TEST_POSTGRES_USER", "postgres");
    private static final String SCHEMA = "oxyalloc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> URL + "?currentSchema=" + SCHEMA);
        properties.add("spring.datasource.username", () -> USER);
        properties.add("spring.datasource.password", () -> "");
        properties.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchema() {
        JdbcClient.create(new DriverManagerDataSource(URL, USER, "")).sql("drop schema " + SCHEMA + " cascade").update();
    }
}
