package org.entente.store;

import java.io.IOException;
import java.nio.file.Files;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An opened knowledge base: the schema is migrated on {@link #open}, so every component that takes a
 * {@code Store} ({@code Ingestor}, {@code EventQuery}, {@code ActorDirectory}, {@code ArticleArchive}) can
 * rely on the tables being there.
 *
 * <p>Connections are borrowed from a pool ({@link ConnectionPool}) and given back by closing them; closing the
 * store closes the pool, and with it the embedded database.
 */
public final class Store implements AutoCloseable {

    private final StoreLocation location;
    private final HikariDataSource pool;

    private Store(StoreLocation location, HikariDataSource pool) {
        this.location = location;
        this.pool = pool;
    }

    /**
     * Opens (creating on first use) and migrates the database, with a pool of the default size (twice the cores,
     * at least 4).
     *
     * @throws StoreException with a one-line reason when it cannot be created, reached or migrated
     */
    public static Store open(StoreLocation location) {
        return open(location, ConnectionPool.defaultSize());
    }

    /**
     * Opens and migrates the database with at most {@code poolSize} connections at once (callers beyond wait
     * up to {@value ConnectionPool#WAIT_MILLIS} ms).
     *
     * @throws StoreException with a one-line reason when it cannot be created, reached or migrated
     */
    public static Store open(StoreLocation location, int poolSize) {
        if (location.dataDir() != null) {
            try {
                Files.createDirectories(location.dataDir());
            } catch (IOException | SecurityException e) {
                throw new StoreException("cannot create the data directory " + location.dataDir() + ": "
                        + (e instanceof java.nio.file.FileAlreadyExistsException ? "a file is in the way"
                        : StoreException.firstLine(e)), e);
            }
        }
        Migrations.migrate(location);
        return new Store(location, ConnectionPool.of(location, poolSize));
    }

    public StoreLocation location() {
        return location;
    }

    /** The most connections in use at once. */
    public int poolSize() {
        return pool.getMaximumPoolSize();
    }

    /** A connection in auto-commit mode from the pool; the caller closes it, which gives it back. */
    public Connection connect() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw new StoreException("cannot connect to " + location.describe() + ": " + StoreException.firstLine(e), e);
        }
    }

    /** Closes the pool's connections (waiting for those in use to be given back); the store is unusable after. */
    @Override
    public void close() {
        pool.close();
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
