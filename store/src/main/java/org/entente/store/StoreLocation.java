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
     * H2's setting that keeps the file small although every commit is written to it ({@link Store#commit}): space
     * no longer used is reused at once instead of after 45 s. With the default, the benchmark's file grew to 1.6 GB
     * at 20,000 articles (a new chunk per article, none reusable for 45 s); with it, 85 MB. The 45 s are meant for a
     * disk that reorders writes in a power cut; without an fsync per commit, H2 never promised that anyway (see
     * {@link Store#commit}): for that, PostgreSQL. Chunks reused at once also make H2's wrong free-space assertion
     * (checked only under {@code -ea}) fire more often than with the default; see {@link Store#commit}.
     *
     * <p>{@code MAX_COMPACT_TIME=0}: H2 does not compact the file when it closes the database (by default it moves
     * chunks for up to 200 ms and shrinks the file). Under H2 2.2.224 with {@code RETENTION_TIME=0}, a close with that
     * compaction lost the writes of the whole session before it now and then: the next open found the file as the
     * previous session had left it ({@code MigrateReopenLoopTest}: 9 of 28 rounds with {@link Store}'s keeper
     * connection, whose close came right after the ingest's last commit; with this setting 0 of 16, then 0 of 150;
     * see that test for the counts and file sizes). The cost: the file is no longer shrunk on close (not measured at
     * the benchmark's size); H2's background compaction while the database is open still reuses and rewrites sparse
     * chunks.
     */
    static final String H2_SETTINGS = ";RETENTION_TIME=0;MAX_COMPACT_TIME=0";

    /**
     * The embedded H2 database of a data directory, created on first use ({@link #H2_SETTINGS}). In H2's automatic
     * mixed mode: a second process (say {@code entente events} while an ingest runs) connects through the first
     * one instead of failing on the file lock.
     */
    public static StoreLocation h2(Path dataDir) {
        Path abs = dataDir.toAbsolutePath().normalize();
        return new StoreLocation("jdbc:h2:file:" + abs.resolve(H2_FILE) + ";AUTO_SERVER=TRUE" + H2_SETTINGS, null,
                null, abs);
    }

    /**
     * A database given by its JDBC URL (PostgreSQL, or H2 for tests). An H2 URL other than in-memory gets
     * {@link #H2_SETTINGS} unless it sets {@code RETENTION_TIME} itself.
     */
    public static StoreLocation jdbc(String url, String user, String password) {
        return new StoreLocation(withH2Settings(url), user, password, null);
    }

    private static String withH2Settings(String url) {
        if (!isH2File(url) || url.toUpperCase(java.util.Locale.ROOT).contains("RETENTION_TIME")) {
            return url;
        }
        return url + H2_SETTINGS;
    }

    /** Whether a JDBC URL names an H2 database kept in a file (not in memory). */
    static boolean isH2File(String url) {
        return url != null && url.regionMatches(true, 0, "jdbc:h2:", 0, 8) && !url.regionMatches(true, 8, "mem:", 0, 4);
    }

    /** The URL without credentials (nor H2's settings), for messages. */
    public String describe() {
        String u = dataDir != null ? url.replaceFirst(";.*$", "")
                : url.endsWith(H2_SETTINGS) ? url.substring(0, url.length() - H2_SETTINGS.length()) : url;
        return u.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
