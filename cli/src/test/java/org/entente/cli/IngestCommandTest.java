package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.article.Article;
import org.entente.store.Store;
import org.entente.store.actor.ActorDirectory;
import org.entente.store.article.ArticleArchive;
import org.entente.store.testing.Samples;
import org.entente.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code entente ingest} with a stand-in extractor, on H2 and PostgreSQL. */
class IngestCommandTest {

    static final String FRENCH = "Le ministre de l'Economie a signé mardi à Lyon un protocole d'accord avec une "
            + "délégation marocaine. Les deux parties se sont engagées à renforcer leur coopération dans les domaines "
            + "de l'énergie, des transports et de la formation professionnelle au cours des trois prochaines années.";

    @TempDir
    Path dir;

    private TestDatabase db;
    private StoreCommandRunner cli;

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    private void open(TestDatabase.Backend backend) {
        db = TestDatabase.create(backend, dir);
        cli = new StoreCommandRunner(db);
    }

    /** The four samples: three in a JSON lines file, the Tbilisi one (no address) as a text file. */
    private Path input() throws IOException {
        StoreCommandRunner.write(dir.resolve("in/a.jsonl"), StoreCommandRunner.record(Samples.BANKS),
                StoreCommandRunner.record(Samples.FORUM), "", StoreCommandRunner.record(Samples.WEATHER));
        StoreCommandRunner.write(dir.resolve("in/sub/tbilisi-1.txt"), " date 2023-04-21", Samples.TBILISI_TEXT);
        return dir.resolve("in");
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void ingests_a_directory_and_a_second_run_changes_nothing(TestDatabase.Backend backend) throws IOException {
        open(backend);
        Path in = input();
        StoreCommandRunner.Run first = cli.run("ingest", in.toString());
        assertEquals(0, first.code(), first.err());
        assertEquals("", first.err());
        assertTrue(first.out().startsWith("4 articles read: 4 stored with 5 events (0 not English), 0 already stored, "
                + "0 problems;"), first.out());
        assertTrue(first.out().contains("4 articles, 5 events, 6 actors"), first.out());
        Store.Counts counts = db.store().counts();
        assertEquals(4, counts.articles());

        StoreCommandRunner.Run second = cli.run("ingest", in.toString());
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().startsWith("4 articles read: 0 stored with 0 events (0 not English), 4 already stored"),
                second.out());
        assertEquals(counts, db.store().counts());
        assertEquals(1, cli.extractorsMade, "the second run extracts nothing");
        assertEquals(Samples.BANKS_EVENTS, new ArticleArchive(db.store()).eventsOf(Samples.BANKS).orElseThrow());
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void two_workers_store_the_same(TestDatabase.Backend backend) throws IOException {
        open(backend);
        StoreCommandRunner.Run r = cli.run("ingest", input().toString(), "--workers", "2");
        assertEquals(0, r.code(), r.err());
        assertEquals(new Store.Counts(4, 5, 5, 6, db.store().counts().aliases(), 2, 0, 0), db.store().counts());
        assertEquals(1, cli.extractorsMade, "one extractor shared by the workers");
        for (Samples.Pair p : Samples.all()) {
            if (p.article() != Samples.TBILISI) {
                assertEquals(p.events(), new ArticleArchive(db.store()).eventsOf(p.article()).orElseThrow());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void bad_lines_and_failed_articles_are_reported_and_retried_next_time(TestDatabase.Backend backend)
            throws IOException {
        open(backend);
        Article failing = new Article("boom", "https://x.example/boom", LocalDate.of(2023, 1, 1),
                Samples.BANKS_TEXT + " EXPLODE");
        Article french = new Article("fr-1", "https://x.example/fr", LocalDate.of(2023, 1, 1), FRENCH);
        Path f = StoreCommandRunner.write(dir.resolve("mixed.jsonl"), StoreCommandRunner.record(Samples.BANKS),
                "{\"id\": \"broken\", \"text\": ", StoreCommandRunner.record(failing), StoreCommandRunner.record(french),
                "{\"id\": \"empty\", \"text\": \"  \"}");
        StoreCommandRunner.Run r = cli.run("ingest", f.toString(), dir.resolve("missing.jsonl").toString());
        assertEquals(1, r.code());
        List<String> err = r.errLines();
        assertTrue(err.stream().anyMatch(l -> l.startsWith("entente: " + f + ":2: not JSON")), r.err());
        assertTrue(err.stream().anyMatch(l -> l.startsWith("entente: " + f + ":3: extraction failed: ")
                && l.contains("boom")), r.err());
        assertTrue(err.contains("entente: " + f + ":4: not English (detected: fr)"), r.err());
        assertTrue(err.contains("entente: " + f + ":5: empty \"text\""), r.err());
        assertTrue(err.stream().anyMatch(l -> l.startsWith("entente: " + dir.resolve("missing.jsonl") + ": cannot read")),
                r.err());
        assertTrue(r.out().startsWith("3 articles read: 2 stored with 1 event (1 not English), 0 already stored, "
                + "4 problems;"), r.out());
        assertEquals(2, db.store().counts().articles(), "the agreement and the French article (no events)");
        assertFalse(r.err().contains("\tat "), "no stack trace");

        StoreCommandRunner.Run again = cli.run("ingest", f.toString());
        assertTrue(again.out().startsWith("3 articles read: 0 stored with 0 events (0 not English), 2 already stored, "
                + "3 problems;"), "the failed article is tried again, the rest skipped: " + again.out());
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void the_aliases_file_is_applied(TestDatabase.Backend backend) throws IOException {
        open(backend);
        Path aliases = StoreCommandRunner.write(dir.resolve("my-aliases.tsv"),
                "BDDK\tCapital Markets Board\tTUR", "no tab here");
        StoreCommandRunner.Run r = cli.run("ingest", input().toString(), "--aliases", aliases.toString());
        assertEquals(1, r.code(), "an invalid line of the aliases file is a problem");
        assertTrue(r.err().contains(aliases + ":2: expected 'alias<TAB>canonical name<TAB>country'"), r.err());
        assertTrue(r.err().contains(aliases + ": 1 alias added or actors merged"),
                "applied after the batch, once the canonical actor is stored: " + r.err());
        assertEquals("Capital Markets Board", new ActorDirectory(db.store()).show("BDDK").get(0).actor().name());
        StoreCommandRunner.Run again = cli.run("ingest", input().toString(), "--aliases", aliases.toString());
        assertFalse(again.err().contains("added or actors merged"), "nothing more to do: " + again.err());
    }

    @Test
    void the_data_directorys_aliases_file_is_used_by_default() throws IOException {
        open(TestDatabase.Backend.H2);
        Path data = db.location().dataDir();
        StoreCommandRunner.write(data.resolve("aliases.tsv"), "SPK\tCapital Markets Board\tTUR");
        StoreCommandRunner.Run r = cli.run("ingest", input().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("aliases.tsv: 1 alias added or actors merged"), r.err());
        assertEquals("Capital Markets Board", new ActorDirectory(db.store()).show("SPK").get(0).actor().name());
    }

    @Test
    void an_unopenable_database_is_one_line_and_exit_1() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        StoreCommandRunner cli = new StoreCommandRunner(TestDatabase.create(TestDatabase.Backend.H2, dir));
        StoreCommandRunner.Run r = cli.runRaw("ingest", "--data", file.toString(), input().toString());
        assertEquals(1, r.code());
        assertEquals(List.of("entente: cannot create the data directory " + file.toAbsolutePath()
                + ": a file is in the way"), r.errLines());
        StoreCommandRunner.Run pg = cli.runRaw("ingest", "--db", "jdbc:postgresql://127.0.0.1:1/none", input().toString());
        assertEquals(1, pg.code());
        assertEquals(List.of("entente: cannot open the database jdbc:postgresql://127.0.0.1:1/none: Connection refused"),
                pg.errLines());
        for (String command : List.of("events", "timeline X", "actors", "actors show X", "export --format csv")) {
            List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
            args.addAll(List.of("--data", file.toString()));
            StoreCommandRunner.Run q = cli.runRaw(args.toArray(String[]::new));
            assertEquals(1, q.code(), command);
            assertEquals(1, q.errLines().size(), command + ": " + q.err());
            assertTrue(q.err().startsWith("entente: cannot create the data directory"), command + ": " + q.err());
        }
    }

    @Test
    void progress_bar_on_request_and_usage_errors() throws IOException {
        open(TestDatabase.Backend.H2);
        StoreCommandRunner.Run r = cli.run("ingest", input().toString(), "--progress");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("ingest"), r.err());
        assertTrue(r.err().contains("4/4"), r.err());
        assertEquals(2, cli.run("ingest", input().toString(), "--workers", "0").code());
        assertEquals(2, cli.run("ingest", "--no-such-option").code());
    }
}
