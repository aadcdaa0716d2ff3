package org.entente.store.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.entente.event.Event;
import org.entente.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The benchmark at a small size, so that it keeps working; and the corpus's promises. */
class StoreBenchmarkTest {

    @TempDir
    Path dir;
    private TestDatabase db;

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void corpusIsDeterministicWithAboutThirtyPercentCooperation() {
        SyntheticCorpus a = new SyntheticCorpus(7, 4000);
        SyntheticCorpus b = new SyntheticCorpus(7, 4000);
        int coop = 0;
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.article(i), b.article(i));
            List<Event> events = a.events(i);
            assertEquals(events, new SyntheticExtractor().extract(a.article(i)).events());
            if (!events.isEmpty()) {
                coop++;
                assertTrue(a.article(i).text().contains(events.get(0).evidence()), "the evidence is in the text");
            }
        }
        assertTrue(coop > 1000 && coop < 1400, "about 30%: " + coop);
        assertEquals(List.of(), new SyntheticExtractor().extract(new org.entente.article.Article("x", null, null, "t"))
                .events(), "not a synthetic article: nothing");
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void runsAtTwoThousandArticles(TestDatabase.Backend backend) {
        db = TestDatabase.create(backend, dir);
        SyntheticCorpus corpus = new SyntheticCorpus(1, 2000);
        StoreBenchmark.Result r = StoreBenchmark.run(db.store(), corpus, 3, null);
        System.out.println("[bench-store " + backend + " 2,000]\n" + r.describe());
        assertEquals(2000, r.counts().articles());
        assertEquals(r.events(), r.counts().events(), "every report stored");
        assertTrue(r.counts().merged() > 0, "retold stories merge");
        assertTrue(r.databaseBytes() > 0);
        assertTrue(r.peakHeapBytes() > 0);
        assertEquals(14, r.latencies().size());
        for (Latency l : r.latencies()) {
            assertTrue(l.medianMs() <= l.p95Ms() && l.p95Ms() <= l.p99Ms(), l.toString());
            assertTrue(l.rows() > 0, "every query finds something: " + l);
        }
    }
}
