package org.entente.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the knowledge base lives: a JDBC URL with optional credentials.
 *
 * <p>Two kinds are supported: an embedded H2 file database in a data directory (the default, nothing to set
 * up) and PostgreSQL ({@code jdbc:postgresql://host/db}, credentials here or in the URL).
 *
 * @param url      JDBC URL
 * @param user     user name, or null when the URL carries it (or none is needed)
 * @param password password, or null
 * @param dataDir  the H2 data directory to create before connecting, or null for a server database
 */
public record StoreLocation(String url, String user, String password, Path dataDir) {

    /** The H2 database file name inside the data directory (H2 appends {@code .mv.db}). */
    public static final String H2_FILE = "entente";

    public StoreLocation {
        Objects.requireNonNull(url, "url");
    }

    /**
     * The embedded H2 database of a data directory, created on first use. In H2's automatic mixed mode: a second
     * process (say {@code entente events} while an ingest runs) connects through the first one instead of
     * failing on the file lock.
     */
    public static StoreLocation h2(Path dataDir) {
        Path abs = dataDir.toAbsolutePath().normalize();
        return new StoreLocation("jdbc:h2:file:" + abs.resolve(H2_FILE) + ";AUTO_SERVER=TRUE", null, null, abs);
    }

    /** A database given by its JDBC URL (PostgreSQL, or H2 for tests). */
    public static StoreLocation jdbc(String url, String user, String password) {
        return new StoreLocation(url, user, password, null);
    }

    /** The URL without credentials (nor H2's settings), for messages. */
    public String describe() {
        String u = dataDir != null ? url.replaceFirst(";.*$", "") : url;
        return u.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
