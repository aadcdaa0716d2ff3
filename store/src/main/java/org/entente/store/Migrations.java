package org.entente.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings a database to the current schema with Flyway ({@code db/migration/V*__*.sql} on the class path).
 * The same scripts serve H2 and PostgreSQL, so both backends always have the same tables.
 */
final class Migrations {

    private Migrations() {
    }

    /** Applies the pending migrations; a database that cannot be reached or migrated is a {@link StoreException}. */
    static void migrate(StoreLocation location) {
        try {
            Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(location.url(), location.user(), location.password())
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .connectRetries(0)
                    .load()
                    .migrate();
        } catch (FlywayException | IllegalStateException e) {
            throw new StoreException("cannot open the database " + location.describe() + ": "
                    + StoreException.firstLine(rootOf(e)), e);
        }
    }

    /** Flyway wraps the driver's reason ("Connection refused", "Database may be already in use") in its own. */
    private static Throwable rootOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
