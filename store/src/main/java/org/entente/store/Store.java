package org.entente.store;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * An opened knowledge base: the schema is migrated on {@link #open}, so every component that takes a
 * {@code Store} ({@code Ingestor}, {@code EventQuery}, {@code ActorDirectory}, {@code ArticleArchive}) can
 * rely on the tables being there.
 *
 * <p>Connections come straight from the JDBC driver: the command line uses one writer connection and a few
 * short-lived readers, which does not need a pool.
 */
public final class Store {

    private final StoreLocation location;

    private Store(StoreLocation location) {
        this.location = location;
    }

    /**
     * Opens (creating on first use) and migrates the database.
     *
     * @throws StoreException with a one-line reason when it cannot be created, reached or migrated
     */
    public static Store open(StoreLocation location) {
        if (location.dataDir() != null) {
            try {
                Files.createDirectories(location.dataDir());
            } catch (IOException | SecurityException e) {
                throw new StoreException("cannot create the data directory " + location.dataDir() + ": "
                        + (e instanceof java.nio.file.FileAlreadyExistsException ? "a file is in the way"
                        : StoreException.firstLine(e)), e);
            }
        }
        Store store = new Store(location);
        Migrations.migrate(location);
        return store;
    }

    public StoreLocation location() {
        return location;
    }

    /** A new connection in auto-commit mode; the caller closes it. */
    public Connection connect() {
        Properties props = new Properties();
        if (location.user() != null) {
            props.setProperty("user", location.user());
        }
        if (location.password() != null) {
            props.setProperty("password", location.password());
        }
        try {
            return DriverManager.getConnection(location.url(), props);
        } catch (SQLException e) {
            throw new StoreException("cannot connect to " + location.describe() + ": " + StoreException.firstLine(e), e);
        }
    }

    /** How many rows each table holds: what idempotency is measured by. */
    public Counts counts() {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            return new Counts(count(s, "articles"), count(s, "events"), count(s, "mentions"), count(s, "actors"),
                    count(s, "actor_aliases"), count(s, "people"),
                    count(s, "events WHERE merged_into IS NOT NULL"), count(s, "event_links"));
        } catch (SQLException e) {
            throw new StoreException("cannot count the stored rows: " + StoreException.firstLine(e), e);
        }
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Row counts of the main tables; {@code events} counts every report's row, {@code merged} those merged into
     * an earlier event (so {@code events - merged} events are shown), {@code links} plan-to-execution links.
     */
    public record Counts(long articles, long events, long mentions, long actors, long aliases, long people,
            long merged, long links) {
        /** The events the knowledge base shows: reports of one interaction count once. */
        public long distinctEvents() {
            return events - merged;
        }
    }
}
