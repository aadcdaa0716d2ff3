package org.entente.store.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * What a test that failed on an H2 database reports to tell the causes of a table it created missing apart:
     * whether the store's connection is embedded in this JVM or handed to an {@code AUTO_SERVER} (a remote session),
     * the tables and Flyway history that connection sees (missing history rows too: H2 lost the writes; history rows
     * present: the connection sees another database than Flyway did), then the data directory's files with their
     * sizes, the lock file and the end of H2's trace file. Never throws: each part says what failed instead.
     */
    public static String diagnose(Store store) {
        StringBuilder out = new StringBuilder("\n--- H2 diagnosis of " + store.location().describe() + " ---\n");
        try (Connection c = store.connect()) {
            Object session = c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
            out.append("store connection session: ").append(session.getClass().getName())
                    .append(session instanceof org.h2.engine.SessionRemote ? " (REMOTE: through an AUTO_SERVER)" : "")
                    .append('\n');
            out.append("tables: ").append(strings(c, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME")).append('\n');
            out.append("flyway history: ").append(strings(c, "SELECT \"version\" || ':' || \"success\" "
                    + "FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"")).append('\n');
            out.append("sessions: ").append(strings(c, "SELECT SESSION_ID || ' ' || COALESCE(CLIENT_ADDR, '') "
                    + "FROM INFORMATION_SCHEMA.SESSIONS")).append('\n');
        } catch (Exception e) {
            out.append("cannot ask the store's connection: ").append(e).append('\n');
        }
        Path dir = store.location().dataDir();
        if (dir != null) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    out.append("file ").append(f).append(' ').append(Files.size(f)).append(" bytes, modified ")
                            .append(Files.getLastModifiedTime(f)).append('\n');
                    String name = f.getFileName().toString();
                    if (name.endsWith(".lock.db")) {
                        out.append(Files.readString(f, StandardCharsets.ISO_8859_1)).append('\n');
                    } else if (name.endsWith(".trace.db")) {
                        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                        out.append(String.join("\n", lines.subList(Math.max(0, lines.size() - 200), lines.size())))
                                .append('\n');
                    }
                }
            } catch (IOException | RuntimeException e) {
                out.append("cannot list ").append(dir).append(": ").append(e).append('\n');
            }
        }
        return out.append("--- end of H2 diagnosis ---").toString();
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
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
