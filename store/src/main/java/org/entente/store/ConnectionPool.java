package org.entente.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

/**
 * The pooled connections of one opened {@link Store} (HikariCP).
 *
 * <p>Why a pool: the web server answers each request with a few queries, and opening a JDBC connection costs more
 * than most of them (a TCP handshake and authentication on PostgreSQL; on H2, reopening the file when the last
 * connection had closed it). Why this size: the queries are CPU-bound on the database side, so more connections
 * than about twice the cores only queue inside the database instead of in the pool; ingest needs one writer
 * connection per worker besides. No connections are kept idle (a command that ran its query releases the server),
 * and a request waits at most {@link #WAIT_MILLIS} for one before failing as a {@link StoreException}. An embedded
 * H2 file stays open all the same: the {@link Store} holds a connection of its own outside the pool until it closes.
 */
final class ConnectionPool {

    /** How long a caller waits for a free connection. */
    static final long WAIT_MILLIS = 10_000;

    private ConnectionPool() {
    }

    /** The default size: twice the cores, at least 4 (a writer, a reader and the web's concurrent requests). */
    static int defaultSize() {
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    /** A pool of at most {@code size} connections to the location; none is opened until asked for. */
    static HikariDataSource of(StoreLocation location, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("pool size must be at least 1: " + size);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.url());
        if (location.user() != null) {
            config.setUsername(location.user());
        }
        if (location.password() != null) {
            config.setPassword(location.password());
        }
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        // idle connections go after 10 s (Hikari's minimum), so a long-running server releases a database server's
        // connections between bursts (an embedded H2 file stays open: Store's keeper connection)
        config.setIdleTimeout(10_000);
        config.setConnectionTimeout(WAIT_MILLIS);
        // fail at first use, not when the pool is built: Store.open reports the reason through Flyway first
        config.setInitializationFailTimeout(-1);
        config.setPoolName("entente-" + Integer.toHexString(System.identityHashCode(config)));
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException | IllegalArgumentException e) {
            throw new StoreException("cannot open the database " + location.describe() + ": "
                    + StoreException.firstLine(e), e);
        }
    }
}
