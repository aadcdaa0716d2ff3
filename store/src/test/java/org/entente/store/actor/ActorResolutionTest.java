package org.entente.store.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.article.Article;
import org.entente.event.Actor;
import org.entente.event.ActorKind;
import org.entente.event.ArticleEvents;
import org.entente.event.Event;
import org.entente.event.EventType;
import org.entente.event.Status;
import org.entente.store.Store;
import org.entente.store.event.StoredEvent;
import org.entente.store.ingest.Ingestor;
import org.entente.store.query.EventFilter;
import org.entente.store.query.EventQuery;
import org.entente.store.testing.Samples;
import org.entente.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One canonical actor per name and country across articles; acronyms; the aliases file. H2 and PostgreSQL. */
class ActorResolutionTest {

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
        db = TestDatabase.create(backend, dir);
        return db.store();
    }

    private static ActorProfile only(List<ActorProfile> profiles) {
        assertEquals(1, profiles.size(), () -> profiles.toString());
        return profiles.get(0);
    }

    private static ActorProfile.Alias alias(ActorProfile p, String alias) {
        return p.aliases().stream().filter(a -> a.alias().equals(alias)).findFirst()
                .orElseThrow(() -> new AssertionError("no alias " + alias + " in " + p));
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void one_actor_per_name_and_country_with_the_reason_of_each_alias(TestDatabase.Backend backend) {
        Store store = open(backend);
        Samples.ingestAll(store);
        ActorDirectory actors = new ActorDirectory(store);

        ActorProfile cba = only(actors.show("Central Bank of Azerbaijan"));
        assertEquals("Central Bank of Azerbaijan", cba.actor().name());
        assertEquals("AZE", cba.actor().country());
        assertEquals(3, cba.actor().events(), "the agreement, the Tbilisi meeting (as CBA) and the forum meeting");
        assertEquals(AliasReason.NAME, alias(cba, "Central Bank of Azerbaijan").reason());
        ActorProfile.Alias acronym = alias(cba, "CBA");
        assertEquals(AliasReason.ACRONYM, acronym.reason());
        assertEquals("banks-1", acronym.articleSourceId());
        assertTrue(acronym.detail().contains("declared in brackets next to Central Bank of Azerbaijan"), acronym.detail());
        ActorProfile.Alias shouted = alias(cba, "THE CENTRAL BANK OF AZERBAIJAN");
        assertEquals(AliasReason.SAME_NAME, shouted.reason());
        assertEquals("forum-1", shouted.articleSourceId());
        assertEquals(cba.actor().id(), only(actors.show("cba")).actor().id(), "the acronym finds it too");

        List<ActorProfile> ministries = actors.show("Ministry of Energy");
        assertEquals(2, ministries.size(), "same name, two countries, two actors");
        assertEquals(List.of("AZE", "KEN"), ministries.stream().map(p -> p.actor().country()).sorted().toList());

        assertEquals(6, actors.list(null, 0).size());
        assertEquals(List.of("Central Bank of Azerbaijan", "National Bank of Georgia"),
                actors.list("bank", 0).stream().map(ActorSummary::name).toList());
        assertEquals(1, actors.list(null, 1).size());
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void an_acronym_that_already_names_another_body_is_not_taken(TestDatabase.Backend backend) {
        Store store = open(backend);
        Actor other = new Actor("CBA", "AZE", ActorKind.BUS); // some company called CBA, stored first
        Article first = new Article("c-1", "https://x.example/1", LocalDate.of(2023, 1, 1), "CBA met Kenya.");
        try (Ingestor ingestor = new Ingestor(store, AliasFile.empty())) {
            ingestor.ingest(first, "t", new ArticleEvents("c-1", List.of(meet(other, Samples.KENYA))));
            ingestor.ingest(Samples.BANKS, "t", Samples.BANKS_EVENTS);
        }
        ActorProfile bank = only(new ActorDirectory(store).show("Central Bank of Azerbaijan"));
        assertTrue(bank.aliases().stream().noneMatch(a -> a.alias().equals("CBA")), bank.toString());
        assertEquals(ActorKind.BUS, only(new ActorDirectory(store).show("CBA")).actor().kind());
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void the_aliases_file_merges_stored_actors_and_resolves_new_names(TestDatabase.Backend backend) throws IOException {
        Store store = open(backend);
        Samples.ingestAll(store);
        Path file = dir.resolve("aliases.tsv");
        Files.writeString(file, String.join("\n",
                "# alias\tcanonical name\tcountry",
                "National Bank of Georgia\tNBG\tGEO",
                "SPK\tCapital Markets Board\ttur",
                "not a rule",
                "X\tY\tGEORGIA",
                ""));
        AliasFile aliases = AliasFile.read(file);
        assertEquals(List.of(file + ":4: expected 'alias<TAB>canonical name<TAB>country'",
                file + ":5: country 'GEORGIA' is not an ISO-3 code"), aliases.problems());
        long actorsBefore = store.counts().actors();

        try (Ingestor ingestor = new Ingestor(store, aliases)) {
            assertEquals(2, ingestor.applyAliases(), "one actor renamed by merging, one alias added");
            Article later = new Article("spk-1", "https://x.example/spk", LocalDate.of(2023, 7, 1), "SPK met NBG.");
            ingestor.ingest(later, "t", new ArticleEvents("spk-1", List.of(meet(
                    new Actor("SPK", "TUR", ActorKind.GOV), new Actor("NBG", "GEO", ActorKind.GOV)))));
        }
        ActorDirectory actors = new ActorDirectory(store);
        ActorProfile nbg = only(actors.show("NBG"));
        assertEquals("NBG", nbg.actor().name());
        assertEquals(2, nbg.actor().events(), "the Tbilisi meeting moved over, and the new one");
        ActorProfile.Alias fromFile = alias(nbg, "National Bank of Georgia");
        assertEquals(AliasReason.ALIASES_FILE, fromFile.reason());
        assertEquals(file + ":2", fromFile.detail());
        ActorProfile cmb = only(actors.show("SPK"));
        assertEquals("Capital Markets Board", cmb.actor().name());
        assertEquals(2, cmb.actor().events());
        assertEquals(AliasReason.ALIASES_FILE, alias(cmb, "SPK").reason());
        assertEquals(actorsBefore, store.counts().actors(), "NBG replaced the bank's row; SPK is no new actor");
        org.entente.store.testing.Facets.assertUpToDate(store);
        assertEquals(2, new EventQuery(store).find(EventFilter.none().withActor("NBG")).size(),
                "the moved event is found by its new actor's facet");
        assertEquals(2, new EventQuery(store).count(EventFilter.none().withActor("National Bank of Georgia")));

        List<StoredEvent> tbilisi = new EventQuery(store).find(EventFilter.none().withText("payment systems"));
        assertEquals("NBG", tbilisi.get(0).event().actors().get(1).name());
        assertEquals("NBG", tbilisi.get(0).event().people().get(0).forActor(), "people act for the canonical name");

        Store.Counts counts = store.counts();
        try (Ingestor again = new Ingestor(store, aliases)) {
            assertEquals(0, again.applyAliases(), "applying the file again changes nothing");
        }
        assertEquals(counts, store.counts());
    }

    private static Event meet(Actor a, Actor b) {
        return new Event(EventType.MEET, Status.DONE, List.of(a, b), null, null, List.of(), "2023-07", null,
                List.of(), "They met.", 0.5);
    }
}
