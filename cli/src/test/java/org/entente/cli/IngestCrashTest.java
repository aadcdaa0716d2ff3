package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.article.Article;
import org.entente.event.Event;
import org.entente.store.Store;
import org.entente.store.bench.SyntheticCorpus;
import org.entente.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kills a real {@code entente ingest} process with SIGKILL ({@link Process#destroyForcibly()} on Linux) once some
 * articles are committed, then checks that every stored article is whole (its event count, mentions, parties and
 * words all there), that nothing half-written is left, and that a second run completes the rest to exactly the
 * counts of a clean run. The child runs {@link SlowIngestMain}: the real command with a slow synthetic extractor.
 */
class IngestCrashTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ARTICLES = 160;
    private static final long SEED = 42;
    /** The child is killed once it has reported this many articles committed. */
    private static final int KILL_AFTER = 30;
    private static final java.util.regex.Pattern COMMITTED =
            java.util.regex.Pattern.compile("^" + java.util.regex.Pattern.quote(SlowIngestMain.COMMITTED) + "(\\d+)$",
                    java.util.regex.Pattern.MULTILINE);

    @TempDir
    Path dir;
    private final List<TestDatabase> dbs = new ArrayList<>();
    private Path log;

    @AfterEach
    void drop() {
        dbs.forEach(TestDatabase::close);
    }

    private TestDatabase db(TestDatabase.Backend backend, String name) throws Exception {
        TestDatabase db = TestDatabase.create(backend, Files.createDirectories(dir.resolve(name)));
        dbs.add(db);
        if (db.location().dataDir() == null) {
            db.store(); // PostgreSQL: the schema; an H2 file is created by the child, so that it owns it
        }
        return db;
    }

    private static List<String> where(TestDatabase db) {
        return db.location().dataDir() != null ? List.of("--data", db.location().dataDir().toString())
                : List.of("--db", db.location().url());
    }

    /**
     * Starts a child; on H2, again when it stopped at once on "Lock file recently modified" (H2 refuses a file
     * for a moment after another process closed or lost it).
     */
    private Process start(Path input, TestDatabase db) throws Exception {
        for (int attempt = 1; ; attempt++) {
            Process p = launch(input, db);
            if (db.location().dataDir() == null || attempt == 10 || p.waitFor(1500, TimeUnit.MILLISECONDS) == false
                    || !childLog().contains("Lock file recently modified")) {
                return p;
            }
            Thread.sleep(1000);
        }
    }

    private Process launch(Path input, TestDatabase db) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), SlowIngestMain.class.getName(), "ingest",
                input.toString(), "--no-progress"));
        cmd.addAll(where(db));
        log = dir.resolve("child-" + System.nanoTime() + ".log");
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** How many articles the last child has reported committed so far. */
    private int committed() throws java.io.IOException {
        java.util.regex.Matcher m = COMMITTED.matcher(Files.readString(log));
        int n = 0;
        while (m.find()) {
            n = Math.max(n, Integer.parseInt(m.group(1)));
        }
        return n;
    }

    /** What the last child printed, for failure messages. */
    private String childLog() {
        try {
            return "\n--- child output:\n" + Files.readString(log);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void killedMidRunLeavesWholeArticlesAndTheNextRunFinishes(TestDatabase.Backend backend) throws Exception {
        TestDatabase crashed = db(backend, "crashed");
        TestDatabase clean = db(backend, "clean");
        SyntheticCorpus corpus = new SyntheticCorpus(SEED, ARTICLES);
        Path input = dir.resolve("articles.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(input)) {
            for (int i = 0; i < ARTICLES; i++) {
                Article a = corpus.article(i);
                ObjectNode n = JSON.createObjectNode().put("id", a.id()).put("url", a.url())
                        .put("published", a.published().toString()).put("text", a.text());
                w.write(JSON.writeValueAsString(n));
                w.write('\n');
            }
        }

        Process child = start(input, crashed);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (child.isAlive() && committed() < KILL_AFTER && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(child.isAlive(), "the child finished or failed before it could be killed (" + committed()
                + " committed)" + childLog());
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue(), "killed by SIGKILL");

        // every article the child reported committed (its commit had returned) is there, on both backends: the
        // writer stores in input order, so they are the first ones; one more may have committed before its report
        int reported = committed();
        assertTrue(reported >= KILL_AFTER, reported + " reported");
        List<Integer> afterKill = direct(crashed, IngestCrashTest::storedIndexes);
        assertTrue(afterKill.size() < ARTICLES, "killed mid-run: " + afterKill.size() + " stored");
        assertTrue(afterKill.size() == reported || afterKill.size() == reported + 1,
                "stored after the kill: " + afterKill.size() + ", reported committed: " + reported + childLog());
        for (int i = 0; i < afterKill.size(); i++) {
            assertEquals(i, afterKill.get(i), "the articles stored are the first ones, in input order");
        }
        direct(crashed, s -> {
            assertWhole(s, corpus);
            return null;
        });

        Process resume = start(input, crashed);
        assertTrue(resume.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, resume.exitValue(), "the second run completes" + childLog());
        String resumed = childLog();
        direct(crashed, s -> {
            assertWhole(s, corpus);
            return null;
        });

        Process full = start(input, clean);
        assertTrue(full.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, full.exitValue());
        Store.Counts cleanCounts = direct(clean, Store::counts);
        assertEquals(ARTICLES, cleanCounts.articles());
        assertEquals(cleanCounts, direct(crashed, Store::counts), "resumed = clean run" + resumed);
    }

    /** The stored articles' indexes in the corpus, in order. */
    private static List<Integer> storedIndexes(Store store) throws SQLException {
        try (Connection c = store.connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT source_id FROM articles")) {
            List<Integer> indexes = new ArrayList<>();
            while (r.next()) {
                indexes.add(index(r.getString(1)));
            }
            indexes.sort(null);
            return indexes;
        }
    }

    /** The corpus index of a synthetic article id ({@code ...-17}). */
    private static int index(String sourceId) {
        return Integer.parseInt(sourceId.substring(sourceId.lastIndexOf('-') + 1));
    }

    /** What is read from a store. */
    @FunctionalInterface
    private interface Reading<T> {
        T read(Store store) throws Exception;
    }

    /**
     * Reads the database opened by this process alone, when no child runs: for H2 without its automatic mixed mode,
     * so that this process never becomes the server a later child connects through, and closed afterwards (its
     * pool would otherwise keep the file locked against the next child).
     */
    private static <T> T direct(TestDatabase db, Reading<T> reading) throws Exception {
        if (db.location().dataDir() == null) {
            return reading.read(db.store());
        }
        org.entente.store.StoreLocation alone = org.entente.store.StoreLocation.jdbc(
                db.location().url().replace(";AUTO_SERVER=TRUE", ""), null, null);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Store opened;
        while (true) {
            try {
                opened = Store.open(alone);
                break;
            } catch (org.entente.store.StoreException e) {
                // H2 refuses its file for a few seconds after its owner was killed (the dead process's watchdog
                // touched the lock file recently), then recovers it
                if (System.nanoTime() > deadline || !e.getMessage().contains("Lock file recently modified")) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
        try (Store s = opened) {
            return reading.read(s);
        }
    }

    /** Each stored article has exactly its generated events, each with its parties and a mention; no orphans. */
    private static void assertWhole(Store store, SyntheticCorpus corpus) throws SQLException {
        try (Connection c = store.connect(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT a.id, a.source_id, a.event_count, (SELECT COUNT(*) FROM "
                    + "mentions m WHERE m.article_id = a.id) FROM articles a")) {
                while (r.next()) {
                    int i = index(r.getString(2));
                    List<Event> expected = corpus.events(i);
                    assertEquals(expected.size(), r.getInt(3), r.getString(2));
                    assertEquals(expected.size(), r.getInt(4), "mentions of " + r.getString(2));
                    try (PreparedStatement p = c.prepareStatement("SELECT m.ord, (SELECT COUNT(*) FROM event_actors "
                            + "ea WHERE ea.event_id = m.event_id), (SELECT COUNT(*) FROM event_spheres sp WHERE "
                            + "sp.event_id = m.event_id), (SELECT COUNT(*) FROM event_words w WHERE w.event_id = "
                            + "m.event_id) FROM mentions m WHERE m.article_id = ? ORDER BY m.ord")) {
                        p.setLong(1, r.getLong(1));
                        try (ResultSet m = p.executeQuery()) {
                            while (m.next()) {
                                Event e = expected.get(m.getInt(1));
                                assertEquals(e.actors().size(), m.getInt(2), "parties");
                                assertEquals(e.spheres().size(), m.getInt(3), "spheres");
                                assertTrue(m.getInt(4) > 0, "words");
                            }
                        }
                    }
                }
            }
            for (String orphan : List.of(
                    "SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id)",
                    "SELECT COUNT(*) FROM event_actors ea WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE "
                            + "m.event_id = ea.event_id)")) {
                try (ResultSet r = s.executeQuery(orphan)) {
                    r.next();
                    assertEquals(0, r.getLong(1), orphan);
                }
            }
        }
    }
}
