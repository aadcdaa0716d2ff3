package org.entente.store.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.article.Article;
import org.entente.event.Actor;
import org.entente.event.ActorKind;
import org.entente.event.ArticleEvents;
import org.entente.event.Event;
import org.entente.event.EventType;
import org.entente.event.Place;
import org.entente.event.Status;
import org.entente.store.Store;
import org.entente.store.actor.AliasFile;
import org.entente.store.article.ArticleArchive;
import org.entente.store.event.StoredEvent;
import org.entente.store.export.EventExport;
import org.entente.store.export.ExportFormat;
import org.entente.store.ingest.Ingestor;
import org.entente.store.query.EventFilter;
import org.entente.store.query.EventQuery;
import org.entente.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Merging across articles, on hand-built reports (texts written for this test), on H2 and PostgreSQL. */
class EventMergingTest {

    static final Actor KENYA = new Actor("Kenya", "KEN", ActorKind.COUNTRY);
    static final Actor UGANDA = new Actor("Uganda", "UGA", ActorKind.COUNTRY);
    static final Actor UGANDA_TRADE = new Actor("Ministry of Trade", "UGA", ActorKind.GOV);
    static final Actor TANZANIA = new Actor("Tanzania", "TZA", ActorKind.COUNTRY);

    @TempDir
    Path dir;
    private TestDatabase db;

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    static Event event(EventType type, Status status, String date, String evidence, Actor... actors) {
        return new Event(type, status, List.of(actors), null, null, List.of(), date, new Place("Nairobi", "KEN"),
                List.of("trade"), evidence, 0.7);
    }

    static void store(Store store, String id, String published, Event... events) {
        Article a = new Article(id, "https://news.example/" + id, LocalDate.parse(published),
                "Text of " + id + ": " + events.length + " events.");
        try (Ingestor in = new Ingestor(store, AliasFile.empty())) {
            in.ingest(a, id, new ArticleEvents(id, List.of(events)));
        }
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void threeOutletsOneEventWithThreeSourcesAndReasons(TestDatabase.Backend backend) throws Exception {
        db = TestDatabase.create(backend, dir);
        Store s = db.store();
        store(s, "daily-1", "2024-03-05",
                event(EventType.AGREE, Status.DONE, "2024-03-04", "Kenya and Uganda signed a trade pact on Monday.",
                        KENYA, UGANDA),
                event(EventType.MEET, Status.DONE, "2024-03-04", "Their presidents met in Nairobi.", KENYA, UGANDA));
        store(s, "weekly-7", "2024-03-09",
                event(EventType.AGREE, Status.DONE, "2024-03", "Uganda's trade ministry and Kenya signed a pact.",
                        UGANDA_TRADE, KENYA));
        store(s, "wire-3", "2024-03-06",
                event(EventType.AGREE, Status.DONE, null, "Kenya and Uganda have signed a trade agreement.",
                        UGANDA, KENYA),
                event(EventType.AGREE, Status.DONE, null, "Kenya and Tanzania signed a customs accord.", KENYA,
                        TANZANIA));
        // an unrelated agreement of the same pair, a year later, stays apart
        store(s, "daily-90", "2025-03-05",
                event(EventType.AGREE, Status.DONE, "2025-03-04", "Kenya and Uganda signed a new energy deal.",
                        KENYA, UGANDA));

        List<StoredEvent> events = new EventQuery(s).find(EventFilter.none().withType(EventType.AGREE));
        assertEquals(3, events.size(), events.toString());
        StoredEvent pact = events.get(0);
        assertEquals(List.of("daily-1", "weekly-7", "wire-3"),
                pact.sources().stream().map(x -> x.articleId()).toList());
        assertNull(pact.sources().get(0).mergeReason());
        assertTrue(pact.sources().get(1).mergeReason().contains("same countries (UGA"), pact.sources().get(1).mergeReason());
        assertTrue(pact.sources().get(2).mergeReason().contains("same actors; one undated"),
                pact.sources().get(2).mergeReason());
        assertEquals("2024-03-04", pact.event().date(), "the first report's record");
        assertEquals(1, events.get(1).sources().size(), "KEN-TZA");
        assertEquals(1, events.get(2).sources().size(), "a year later");
        assertEquals(4, s.counts().distinctEvents(), "the pact, the MEET, KEN-TZA, the later deal");
        assertEquals(2, s.counts().merged());

        // provenance stays exact: each article's own events read back as reported
        ArticleArchive archive = new ArticleArchive(s);
        Article weekly = new Article("weekly-7", "https://news.example/weekly-7", LocalDate.parse("2024-03-09"), "x");
        assertEquals(List.of("2024-03"), archive.eventsOf(weekly).orElseThrow().events().stream()
                .map(Event::date).toList());

        // the text filter finds the event by a merged report's words; export shows one line with three sources
        assertEquals(1, new EventQuery(s).find(EventFilter.none().withText("trade ministry")).size());
        java.io.StringWriter out = new java.io.StringWriter();
        EventExport export = EventExport.of(ExportFormat.JSONL);
        export.write(out, pact);
        String first = out.toString().lines().findFirst().orElseThrow();
        assertTrue(first.contains("\"merged_because\""), first);
        assertEquals(3, first.split("\"article\"").length - 1);
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void aPlanLaterReportedDoneIsLinkedNotMerged(TestDatabase.Backend backend) {
        db = TestDatabase.create(backend, dir);
        Store s = db.store();
        store(s, "plan-1", "2024-01-10",
                event(EventType.MEET, Status.PLANNED, "2024-02", "Kenya and Uganda will hold talks in February.",
                        KENYA, UGANDA));
        store(s, "done-1", "2024-02-20",
                event(EventType.MEET, Status.DONE, "2024-02-19", "Kenya and Uganda held talks on Monday.", UGANDA,
                        KENYA));
        List<StoredEvent> events = new EventQuery(s).find(EventFilter.none());
        assertEquals(2, events.size());
        StoredEvent plan = events.stream().filter(e -> e.event().status() == Status.PLANNED).findFirst().orElseThrow();
        StoredEvent done = events.stream().filter(e -> e.event().status() == Status.DONE).findFirst().orElseThrow();
        assertEquals(1, plan.links().size());
        assertEquals("planned_as", plan.links().get(0).relation());
        assertEquals(done.id(), plan.links().get(0).eventId());
        assertEquals("fulfils", done.links().get(0).relation());
        assertNotNull(done.links().get(0).reason());
        assertEquals(1, s.counts().links());
    }
}
