package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.entente.article.Article;
import org.entente.event.ArticleEvents;
import org.entente.event.Event;
import org.entente.store.actor.AliasFile;
import org.entente.store.article.ArticleArchive;
import org.entente.store.ingest.Ingestor;
import org.entente.store.testing.Samples;
import org.entente.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/** Migrations, the round trip of the spec's records, idempotent and all-or-nothing ingest; on H2 and PostgreSQL. */
class StoreTest {

    @TempDir
    Path dir;

    private TestDatabase db;

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    private Store open(TestDatabase.Backend backend) {
        return open(backend, dir);
    }

    private Store open(TestDatabase.Backend backend, Path where) {
        db = TestDatabase.create(backend, where);
        return db.store();
    }

    /** The versions of store/src/main/resources/db/migration. */
    static final List<String> MIGRATIONS = List.of("1", "2", "3", "4", "5", "6", "7");

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void migrations_create_every_table_once(TestDatabase.Backend backend) throws SQLException {
        Store store = open(backend);
        assertEquals(new Store.Counts(0, 0, 0, 0, 0, 0, 0, 0), store.counts());
        try (Connection c = store.connect(); Statement s = c.createStatement()) {
            for (String table : List.of("articles", "events", "event_actors", "event_people", "event_spheres",
                    "mentions", "actors", "actor_aliases", "people", "event_links", "event_words", "event_facets",
                    "submission_jobs")) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    assertTrue(r.next(), table);
                }
            }
            try (ResultSet r = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                    + "WHERE \"success\" = TRUE AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
                List<String> versions = new java.util.ArrayList<>();
                while (r.next()) {
                    versions.add(r.getString(1));
                }
                assertEquals(MIGRATIONS, versions, "every migration applied once, in order, and nothing else");
            }
        }
        Store again = Store.open(db.location());
        assertEquals(new Store.Counts(0, 0, 0, 0, 0, 0, 0, 0), again.counts(), "reopening migrates nothing twice");
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void stored_events_read_back_exactly_as_reported(TestDatabase.Backend backend) {
        Store store = open(backend);
        Samples.ingestAll(store);
        ArticleArchive archive = new ArticleArchive(store);
        for (Samples.Pair p : Samples.all()) {
            assertEquals(p.events(), archive.eventsOf(p.article()).orElseThrow(), p.article().id());
        }
        assertTrue(archive.eventsOf(new Article("x", null, null, "never stored")).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void re_ingest_changes_nothing(TestDatabase.Backend backend) {
        Store store = open(backend);
        Samples.ingestAll(store);
        Store.Counts first = store.counts();
        assertEquals(new Store.Counts(4, 5, 5, 6, first.aliases(), 2, 0, 0), first);
        try (Ingestor ingestor = new Ingestor(store, AliasFile.empty())) {
            for (Samples.Pair p : Samples.all()) {
                assertTrue(ingestor.isStored(p.article()));
                assertEquals(Ingestor.Outcome.ALREADY_STORED, ingestor.ingest(p.article(), "again", p.events()));
            }
            // the same address with other text, and the same text without an address under another id
            Article sameUrl = new Article("other-id", Samples.BANKS.url(), null, "A corrected text.");
            assertEquals(Ingestor.Outcome.ALREADY_STORED, ingestor.ingest(sameUrl, "x", Samples.BANKS_EVENTS));
            Article sameText = new Article("copy", null, null, Samples.TBILISI_TEXT);
            assertEquals(Ingestor.Outcome.ALREADY_STORED, ingestor.ingest(sameText, "x", Samples.TBILISI_EVENTS));
            Article newText = new Article("copy-2", null, null, Samples.TBILISI_TEXT + " Updated.");
            assertFalse(ingestor.isStored(newText));
        }
        assertEquals(first, store.counts());
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void concurrent_writers_over_the_same_articles_store_each_once(TestDatabase.Backend backend) throws Exception {
        Store store = open(backend);
        Samples.ingestAll(store);
        Store.Counts expected = store.counts();
        db.close();
        db = null;
        Store fresh = open(backend, dir.resolve("again"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int w = 0; w < 4; w++) {
                done.add(pool.submit(() -> Samples.ingestAll(fresh)));
            }
            for (var f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(expected, fresh.counts(), "same rows as one writer: no duplicate article, actor or alias");
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void an_article_that_fails_half_way_leaves_nothing_and_the_next_one_is_stored(TestDatabase.Backend backend) {
        Store store = open(backend);
        Event good = Samples.BANKS_AGREE;
        // the second event cannot be stored (its evidence is longer than the column): the first must go too
        Event bad = new Event(good.type(), good.status(), List.of(Samples.NBG, Samples.KENYA), null, null, List.of(),
                null, null, List.of(), "x".repeat(250_000), 0.5);
        try (Ingestor ingestor = new Ingestor(store, AliasFile.empty())) {
            StoreException e = assertThrows(StoreException.class, () -> ingestor.ingest(Samples.BANKS, "f:1",
                    new ArticleEvents(Samples.BANKS.id(), List.of(good, bad))));
            assertTrue(e.getMessage().startsWith("cannot store article banks-1: "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertEquals(new Store.Counts(0, 0, 0, 0, 0, 0, 0, 0), store.counts(), "nothing of the article is left");
            assertFalse(ingestor.isStored(Samples.BANKS));
            assertEquals(Ingestor.Outcome.STORED, ingestor.ingest(Samples.BANKS, "f:1", Samples.BANKS_EVENTS));
        }
        assertEquals(1, store.counts().articles());
        assertEquals(1, store.counts().events());
    }
}
