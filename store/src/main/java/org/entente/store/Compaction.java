package org.entente.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rewrites the embedded H2 database of a data directory into a file of its live data only.
 *
 * <p>Why it is needed: the store closes H2 without compacting ({@link StoreLocation#H2_SETTINGS}, where the data
 * loss that compaction on close caused is told), so a base written by many small transactions keeps the space its
 * old versions took: the web load test's base of 100,000 events was 2.3 GB, 162 MB once compacted, searches as fast.
 *
 * <p>How it stays safe: the database must not be open anywhere else (H2 is opened without its automatic server
 * mode, so another process holding it makes this fail instead of sharing it); the rows of every table are counted
 * before and after; H2's {@code SHUTDOWN COMPACT} writes the new file beside the old one and moves it over it, and
 * the old file is kept under {@value #BACKUP_SUFFIX} (a hard link when the file system has them, so no copy) until
 * the counts are found equal, and put back when they are not.
 */
public final class Compaction {

    /** Appended to the database file's name for the copy kept while compacting. */
    public static final String BACKUP_SUFFIX = ".before-compact";

    /** H2's error code for a database file another process holds. */
    private static final int DATABASE_ALREADY_OPEN = 90020;

    /**
     * What a compaction did.
     *
     * @param bytesBefore the database file's size before
     * @param bytesAfter  its size after
     * @param rows        rows per table, the same before and after
     * @param took        how long it took
     */
    public record Result(long bytesBefore, long bytesAfter, Map<String, Long> rows, Duration took) {
    }

    private Compaction() {
    }

    /** The file of the embedded database of a data directory. */
    public static Path databaseFile(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve(StoreLocation.H2_FILE + ".mv.db");
    }

    /**
     * Compacts the embedded database of a data directory.
     *
     * @throws StoreException when there is no database there, it is in use, or the compacted file does not hold the
     *                        same rows (the old file is then back in place)
     */
    public static Result compact(Path dataDir) {
        long t0 = System.nanoTime();
        Path file = databaseFile(dataDir);
        if (!Files.isRegularFile(file)) {
            throw new StoreException("no embedded database in " + dataDir + " (no " + file.getFileName() + ")");
        }
        String url = "jdbc:h2:file:" + file.getParent().resolve(StoreLocation.H2_FILE) + ";IFEXISTS=TRUE"
                + StoreLocation.H2_SETTINGS;
        Path backup = file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
        try {
            long before = Files.size(file);
            Map<String, Long> rowsBefore;
            try (Connection c = exclusive(url, dataDir)) {
                rowsBefore = rows(c);
                keep(file, backup);
                try (Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN COMPACT");
                }
            }
            Map<String, Long> rowsAfter;
            try (Connection c = exclusive(url, dataDir)) {
                rowsAfter = rows(c);
            }
            if (!rowsAfter.equals(rowsBefore)) {
                Files.move(backup, file, StandardCopyOption.REPLACE_EXISTING);
                throw new StoreException("compaction of " + file + " changed the tables' rows (" + rowsBefore + " before, "
                        + rowsAfter + " after); the file as it was is back in place");
            }
            Files.delete(backup);
            return new Result(before, Files.size(file), rowsAfter, Duration.ofNanos(System.nanoTime() - t0));
        } catch (IOException e) {
            throw new StoreException("cannot compact " + file + ": " + e.getMessage() + kept(backup), e);
        } catch (SQLException e) {
            throw new StoreException("cannot compact " + file + ": " + StoreException.firstLine(e) + kept(backup), e);
        }
    }

    /** Where the file as it was is, when a failure left it there. */
    private static String kept(Path backup) {
        return Files.exists(backup) ? "; the file as it was before is kept as " + backup : "";
    }

    /** A connection that fails, saying why, when another process has the database open. */
    private static Connection exclusive(String url, Path dataDir) throws SQLException {
        try {
            return DriverManager.getConnection(url);
        } catch (SQLException e) {
            if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                throw new StoreException("the database in " + dataDir + " is in use by another process (an ingest, a "
                        + "server?); stop it, then compact", e);
            }
            throw e;
        }
    }

    /** The old file under a second name: a hard link (H2 moves the new file over the name, not into the file). */
    private static void keep(Path file, Path backup) throws IOException {
        Files.deleteIfExists(backup);
        try {
            Files.createLink(backup, file);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(file, backup);
        }
    }

    /** Rows of every table of the application's schema, by table name. */
    private static Map<String, Long> rows(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT table_name FROM "
                + "information_schema.tables WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE'")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        Map<String, Long> out = new TreeMap<>();
        for (String t : tables) {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT COUNT(*) FROM \"" + t.replace("\"", "\"\"") + "\"")) {
                r.next();
                out.put(t, r.getLong(1));
            }
        }
        return out;
    }
}
