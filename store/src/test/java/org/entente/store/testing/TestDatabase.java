package org.entente.store.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.entente.store.Store;
import org.entente.store.StoreLocation;

/**
 * A fresh, empty knowledge base on one backend, for one test: an H2 file database in a temporary directory, or
 * a new schema of the PostgreSQL named by {@code ENTENTE_TEST_PG} (or {@code -Dentente.test.pg}), dropped
 * afterwards.
 *
 * <p>Store tests are parameterised over {@link #backends()}. Without the variable the PostgreSQL variant is
 * <em>skipped</em> (a JUnit assumption, counted and named in the report), never silently passed.
 */
public final class TestDatabase implements AutoCloseable {

    /** The variable that names the test PostgreSQL, e.g. {@code jdbc:postgresql://localhost:5432/entente_test?user=entente&password=entente}. */
    public static final String PG_VARIABLE = "ENTENTE_TEST_PG";

    /** The backends every store test runs on. */
    public enum Backend { H2, POSTGRESQL }

    private static volatile boolean warned;

    private final StoreLocation location;
    private final String pgServer;
    private final String schema;
    private Store store;

    private TestDatabase(StoreLocation location, String pgServer, String schema) {
        this.location = location;
        this.pgServer = pgServer;
        this.schema = schema;
    }

    /** Both backends, for {@code @MethodSource}. */
    public static Stream<Backend> backends() {
        return Stream.of(Backend.H2, Backend.POSTGRESQL);
    }

    /** The PostgreSQL URL configured for tests, or null. */
    public static String pgUrl() {
        String p = System.getProperty("entente.test.pg");
        if (p != null && !p.isBlank() && !p.startsWith("${")) {
            return p.strip();
        }
        String e = System.getenv(PG_VARIABLE);
        return e == null || e.isBlank() ? null : e.strip();
    }

    /**
     * A new empty database on {@code backend} (not yet opened: {@link #store()} opens and migrates it);
     * skips the test when the backend is PostgreSQL and none is configured.
     *
     * @param dir a temporary directory of the test (H2's data directory lives there)
     */
    public static TestDatabase create(Backend backend, Path dir) {
        if (backend == Backend.H2) {
            return new TestDatabase(StoreLocation.h2(dir.resolve("entente-data")), null, null);
        }
        String url = pgUrl();
        if (url == null && !warned) {
            warned = true;
            System.err.println("[store tests] " + PG_VARIABLE + " is not set: the PostgreSQL variants are SKIPPED");
        }
        assumeTrue(url != null, "PostgreSQL variant skipped: set " + PG_VARIABLE
                + "=jdbc:postgresql://HOST:5432/DB?user=U&password=P to run it");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(PG_VARIABLE + " is set but PostgreSQL is not usable: " + e.getMessage(), e);
        }
        String withSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestDatabase(StoreLocation.jdbc(withSchema, null, null), url, schema);
    }

    /** Where the database is, for {@code --db}/{@code --data} in command-line tests. */
    public StoreLocation location() {
        return location;
    }

    /** The opened (migrated) store; opened once. */
    public Store store() {
        if (store == null) {
            store = Store.open(location);
        }
        return store;
    }

    /** A plain connection, for assertions on the tables themselves. */
    public Connection connect() {
        return store().connect();
    }

    /** Closes the store's pool, then drops a PostgreSQL schema. */
    @Override
    public void close() {
        if (store != null) {
            store.close();
            store = null;
        }
        if (pgServer == null) {
            // H2 closes a file database in the background once its last connection goes, and may still be
            // writing its file when the test's directory is deleted: close it here and wait for it
            try (Connection c = DriverManager.getConnection(location.url()); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot shut the test database down: " + e.getMessage(), e);
            }
        }
        if (pgServer != null) {
            try (Connection c = DriverManager.getConnection(pgServer); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop test schema " + schema + ": " + e.getMessage(), e);
            }
        }
    }
}
