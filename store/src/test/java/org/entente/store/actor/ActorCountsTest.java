package org.entente.store.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.entente.article.Article;
import org.entente.event.Actor;
import org.entente.event.ActorKind;
import org.entente.event.ArticleEvents;
import org.entente.event.Event;
import org.entente.event.EventType;
import org.entente.event.Place;
import org.entente.event.Status;
import org.entente.store.Store;
import org.entente.store.bench.SyntheticCorpus;
import org.entente.store.bench.SyntheticExtractor;
import org.entente.store.ingest.Ingestor;
import org.entente.store.testing.ActorEventCounts;
import org.entente.store.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stored event count of each actor (V7, {@link ActorCounts}) after ingest, re-ingest, the aliases file and V7's
 * backfill, on H2 and PostgreSQL; and the actor list it orders, the same on both. After merging in every arrival
 * order: {@code MergeOrderTest} (its outcome includes the counts).
 */
class ActorCountsTest {

    static final Actor KENYA = new Actor("Kenya", "KEN", ActorKind.COUNTRY);
    static final Actor DEFENCE = new Actor("Ministry of Defence Industry", "AZE", ActorKind.GOV);
    static final Actor DEFENSE = new Actor("Ministry of Defense Industry", "AZE", ActorKind.GOV);
    static final Actor TURKEY = new Actor("Turkey", "TUR", ActorKind.COUNTRY);

    @TempDir
    Path dir;

    private static Event event(String date, String evidence, Actor... actors) {
        return new Event(EventType.MEET, Status.DONE, List.of(actors), null, null, List.of(), date,
                new Place("Baku", "AZE"), List.of("defence"), evidence, 0.7);
    }

    private static void store(Store store, AliasFile aliases, String id, String published, Event... events) {
        Article a = new Article(id, "https://news.example/" + id, LocalDate.parse(published), "Text of " + id + ".");
        try (Ingestor in = new Ingestor(store, aliases)) {
            in.ingest(a, id, new ArticleEvents(id, List.of(events)));
        }
    }

    private static void ingest(Store store, SyntheticCorpus corpus, List<Integer> order) {
        SyntheticExtractor extractor = new SyntheticExtractor();
        try (Ingestor in = new Ingestor(store, AliasFile.empty())) {
            for (int i : order) {
                in.ingest(corpus.article(i), "synthetic:" + i, extractor.extract(corpus.article(i)));
            }
        }
    }

    private static List<Integer> inOrder(int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        return order;
    }

    /** The actor list as users see it (no row ids). */
    private static List<String> list(Store store) {
        return new ActorDirectory(store).list(null, 0).stream()
                .map(a -> a.name() + "|" + a.country() + "|" + a.kind() + "|" + a.events() + "|" + a.aliases())
                .toList();
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void countsFollowTheIngestAndReIngestChangesNone(TestDatabase.Backend backend) throws Exception {
        try (TestDatabase db = TestDatabase.create(backend, dir)) {
            Store s = db.store();
            SyntheticCorpus corpus = new SyntheticCorpus(7, 700);
            ingest(s, corpus, inOrder(corpus.size()));
            assertTrue(s.counts().merged() > 0, "some reports merged");
            List<String> counts = ActorEventCounts.assertUpToDate(s);
            assertTrue(counts.stream().anyMatch(c -> !c.endsWith("|0")), counts.toString());

            List<ActorSummary> listed = new ActorDirectory(s).list(null, 0);
            assertEquals(s.counts().actors(), listed.size());
            assertEquals(listed.stream().sorted(Comparator.comparingLong(ActorSummary::events).reversed()
                    .thenComparing(ActorSummary::name).thenComparingLong(ActorSummary::id)).toList(), listed,
                    "most active first, then by name");
            assertEquals(listed.subList(0, 5), new ActorDirectory(s).list(null, 5), "a limit takes the first");

            List<String> before = list(s);
            ingest(s, corpus, inOrder(corpus.size()));
            assertEquals(counts, ActorEventCounts.assertUpToDate(s), "re-ingest changes no count");
            assertEquals(before, list(s));
        }
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void anAliasMergeCountsAnEventThatNamedBothOnce(TestDatabase.Backend backend) throws Exception {
        try (TestDatabase db = TestDatabase.create(backend, dir)) {
            Store s = db.store();
            store(s, AliasFile.empty(), "a", "2024-03-05",
                    event("2024-03-04", "A: the Ministry of Defence Industry met Turkey.", DEFENCE, TURKEY));
            store(s, AliasFile.empty(), "b", "2024-04-05",
                    event("2024-04-04", "B: the Ministry of Defense Industry met Turkey.", DEFENSE, TURKEY),
                    event("2024-04-04", "B2: the two spellings met each other.", DEFENSE, DEFENCE));
            store(s, AliasFile.empty(), "c", "2024-05-05",
                    event("2024-05-04", "C: Kenya met Turkey.", KENYA, TURKEY));
            assertEquals(List.of("Kenya|KEN|1", "Ministry of Defence Industry|AZE|2",
                    "Ministry of Defense Industry|AZE|2", "Turkey|TUR|3"), ActorEventCounts.assertUpToDate(s));

            Path file = dir.resolve("aliases.tsv");
            Files.writeString(file, "Ministry of Defense Industry\tMinistry of Defence Industry\tAZE\n");
            AliasFile aliases = AliasFile.read(file);
            try (Ingestor in = new Ingestor(s, aliases)) {
                assertEquals(1, in.applyAliases());
            }
            assertEquals(List.of("Kenya|KEN|1", "Ministry of Defence Industry|AZE|3", "Turkey|TUR|3"),
                    ActorEventCounts.assertUpToDate(s), "three events, not 2 + 2");
            assertEquals("Ministry of Defence Industry|AZE|GOV|3|2", list(s).get(0), list(s).toString());

            // a new report under the alias goes to the canonical actor's count
            store(s, aliases, "d", "2024-06-05",
                    event("2024-06-04", "D: the Ministry of Defense Industry met Kenya.", DEFENSE, KENYA));
            assertEquals(List.of("Kenya|KEN|2", "Ministry of Defence Industry|AZE|4", "Turkey|TUR|3"),
                    ActorEventCounts.assertUpToDate(s));
            try (Ingestor in = new Ingestor(s, aliases)) {
                assertEquals(0, in.applyAliases(), "applying the file again changes nothing");
            }
            assertEquals(List.of("Kenya|KEN|2", "Ministry of Defence Industry|AZE|4", "Turkey|TUR|3"),
                    ActorEventCounts.assertUpToDate(s));
        }
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void v7CountsTheEventsOfADatabaseStoredBeforeIt(TestDatabase.Backend backend) throws Exception {
        try (TestDatabase db = TestDatabase.create(backend, dir)) {
            Store s = db.store();
            ingest(s, new SyntheticCorpus(9, 300), inOrder(300));
            List<String> counts = ActorEventCounts.assertUpToDate(s);
            List<String> listed = list(s);
            s.close();
            try (Connection c = java.sql.DriverManager.getConnection(db.location().url(), db.location().user(),
                    db.location().password()); Statement st = c.createStatement()) {
                st.execute("DROP INDEX actors_by_events");
                st.execute("ALTER TABLE actors DROP COLUMN event_count");
                st.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '7'");
            }
            try (Store reopened = Store.open(db.location())) {
                assertEquals(counts, ActorEventCounts.assertUpToDate(reopened), "V7 counts as the ingest would have");
                assertEquals(listed, list(reopened));
            }
        }
    }

    @Test
    void theSameListOnH2AndPostgreSQL() throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(13, 300);
        List<Integer> shuffled = inOrder(corpus.size());
        Collections.shuffle(shuffled, new Random(5));
        try (TestDatabase pg = TestDatabase.create(TestDatabase.Backend.POSTGRESQL, dir);
                TestDatabase h2 = TestDatabase.create(TestDatabase.Backend.H2, dir)) {
            ingest(h2.store(), corpus, shuffled);
            ingest(pg.store(), corpus, shuffled);
            assertEquals(list(h2.store()), list(pg.store()));
            assertEquals(ActorEventCounts.assertUpToDate(h2.store()), ActorEventCounts.assertUpToDate(pg.store()));
        }
    }
}
