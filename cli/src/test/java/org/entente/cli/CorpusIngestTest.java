package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.entente.accuracy.SharedCorpus;
import org.entente.store.Store;
import org.entente.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * End to end with the real extractor: the dev corpus ingested twice (two workers) gives the same knowledge
 * base, and the second run extracts nothing. CoreNLP is loaded once per JVM and shared with the other tests.
 */
class CorpusIngestTest {

    @TempDir
    Path dir;

    private TestDatabase db;

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    private String[] args(String corpus) {
        List<String> a = new ArrayList<>(List.of("ingest", "--no-progress", "--workers", "2", corpus));
        a.addAll(new StoreCommandRunner(db).where());
        return a.toArray(String[]::new);
    }

    private static String[] run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void the_dev_corpus_twice_gives_the_same_knowledge_base(TestDatabase.Backend backend) throws SQLException {
        db = TestDatabase.create(backend, dir);
        String corpus = SharedCorpus.file("dev", "articles.jsonl").toString();
        String[] first = run(args(corpus));
        assertEquals("0", first[0], first[2]);
        assertTrue(first[1].startsWith("41 articles read: 41 stored with "), first[1]);
        Store.Counts counts = db.store().counts();
        assertEquals(41, counts.articles());
        assertTrue(counts.events() >= 40, "the extractor finds events in the dev corpus: " + counts);
        assertEquals(counts.events(), counts.mentions());
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT SUM(event_count) FROM articles")) {
            r.next();
            assertEquals(counts.events(), r.getLong(1), "every event the extractor reported is stored");
        }

        String[] second = run(args(corpus));
        assertEquals("0", second[0], second[2]);
        assertTrue(second[1].startsWith("41 articles read: 0 stored with 0 events (0 not English), 41 already stored, "
                + "0 problems;"), second[1]);
        assertEquals(counts, db.store().counts());
    }
}
