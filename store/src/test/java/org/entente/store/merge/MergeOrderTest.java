package org.entente.store.merge;

import static org.entente.store.merge.EventMergingTest.KENYA;
import static org.entente.store.merge.EventMergingTest.UGANDA;
import static org.entente.store.merge.EventMergingTest.UGANDA_TRADE;
import static org.entente.store.merge.EventMergingTest.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.entente.event.Actor;
import org.entente.event.ActorKind;
import org.entente.event.Event;
import org.entente.event.EventType;
import org.entente.event.Status;
import org.entente.store.Store;
import org.entente.store.event.StoredEvent;
import org.entente.store.query.EventFilter;
import org.entente.store.query.EventQuery;
import org.entente.store.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The merged events do not depend on the order the articles arrive in: every order of the same articles gives the
 * same events (as sets of reports) and the same plan links, including where one report matches two reports that
 * do not match each other.
 */
class MergeOrderTest {

    static final Actor UGANDA_HEALTH = new Actor("Ministry of Health", "UGA", ActorKind.GOV);

    @TempDir
    Path dir;

    /** One article: its id, publication day and events. */
    record Story(String id, String published, Event... events) {
    }

    /**
     * The events of a knowledge base as sets of report evidence, the links between them, the events' country,
     * pair, sphere and date facets (V5) and the actors' stored event counts (V7), order-free.
     */
    record Outcome(Set<String> events, Set<String> links, Set<String> facets, List<String> actorCounts) {
    }

    private Outcome ingest(TestDatabase.Backend backend, List<Story> order) throws Exception {
        try (TestDatabase db = TestDatabase.create(backend, Files.createTempDirectory(dir, "order"))) {
            Store s = db.store();
            for (Story st : order) {
                EventMergingTest.store(s, st.id(), st.published(), st.events());
            }
            List<StoredEvent> all = new EventQuery(s).find(EventFilter.none());
            Map<Long, String> names = new TreeMap<>();
            for (StoredEvent e : all) {
                names.put(e.id(), e.sources().stream().map(x -> x.articleId() + ": " + x.evidence())
                        .collect(Collectors.toCollection(TreeSet::new)).toString());
            }
            Set<String> links = new TreeSet<>();
            for (StoredEvent e : all) {
                e.links().stream().filter(l -> l.relation().equals("fulfils"))
                        .forEach(l -> links.add(names.get(l.eventId()) + " -> " + names.get(e.id())));
            }
            org.entente.store.testing.Facets.assertUpToDate(s);
            Set<String> facets = new TreeSet<>();
            try (java.sql.Connection c = s.connect(); java.sql.Statement st = c.createStatement();
                    java.sql.ResultSet r = st.executeQuery("SELECT f.facet, f.event_id, a.name FROM event_facets f "
                            + "LEFT JOIN actors a ON f.facet = CONCAT('a:', CAST(a.id AS VARCHAR(20)))")) {
                while (r.next()) {
                    // not the actors: an event's parties are its head report's, the oldest row, which depends on
                    // arrival order ("Uganda" or its trade ministry) for the actor filter as for the event's page
                    if (r.getString(3) == null) {
                        facets.add(names.get(r.getLong(2)) + " " + r.getString(1));
                    }
                }
            }
            return new Outcome(new TreeSet<>(names.values()), links, facets,
                    org.entente.store.testing.ActorEventCounts.assertUpToDate(s));
        }
    }

    private void sameInEveryOrder(TestDatabase.Backend backend, List<Story> stories) throws Exception {
        Outcome first = null;
        for (List<Story> order : permutations(stories)) {
            Outcome o = ingest(backend, order);
            if (first == null) {
                first = o;
            } else {
                assertEquals(first, o, "order " + order.stream().map(Story::id).toList());
            }
        }
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T head = rest.remove(i);
            for (List<T> p : permutations(rest)) {
                List<T> l = new ArrayList<>(List.of(head));
                l.addAll(p);
                out.add(l);
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void aSyntheticCorpusInOrderAndShuffled(TestDatabase.Backend backend) throws Exception {
        org.entente.store.bench.SyntheticCorpus corpus = new org.entente.store.bench.SyntheticCorpus(5, 600);
        org.entente.store.bench.SyntheticExtractor extractor = new org.entente.store.bench.SyntheticExtractor();
        List<Story> stories = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            var a = corpus.article(i);
            List<Event> events = extractor.extract(a).events();
            if (!events.isEmpty()) {
                stories.add(new Story(a.id(), a.published().toString(), events.toArray(new Event[0])));
            }
        }
        Outcome forwards = ingest(backend, stories);
        List<Story> shuffled = new ArrayList<>(stories);
        java.util.Collections.shuffle(shuffled, new java.util.Random(11));
        assertTrue(forwards.events().size() < stories.stream().mapToInt(st -> st.events().length).sum(),
                "some reports merge");
        assertEquals(forwards, ingest(backend, shuffled), "shuffled");
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void twoReportsMergeEitherWay(TestDatabase.Backend backend) throws Exception {
        sameInEveryOrder(backend, List.of(
                new Story("a", "2024-03-05", event(EventType.AGREE, Status.DONE, "2024-03-04",
                        "A: Kenya and Uganda signed a trade pact.", KENYA, UGANDA)),
                new Story("b", "2024-03-06", event(EventType.AGREE, Status.DONE, null,
                        "B: Uganda's trade ministry and Kenya signed a pact.", UGANDA_TRADE, KENYA))));
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void aMonthReportBetweenTwoDaysOfThatMonth(TestDatabase.Backend backend) throws Exception {
        // "in May" matches the talks of May 3 and of May 20, which are two events
        sameInEveryOrder(backend, List.of(
                new Story("early", "2024-05-04", event(EventType.MEET, Status.DONE, "2024-05-03",
                        "E: Kenya and Uganda held talks on May 3.", KENYA, UGANDA)),
                new Story("late", "2024-05-21", event(EventType.MEET, Status.DONE, "2024-05-20",
                        "L: Kenya and Uganda held talks on May 20.", KENYA, UGANDA)),
                new Story("month", "2024-06-02", event(EventType.MEET, Status.DONE, "2024-05",
                        "M: Kenya and Uganda held talks in May.", KENYA, UGANDA))));
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void aCountryBetweenTwoOfItsMinistries(TestDatabase.Backend backend) throws Exception {
        // "Uganda" stands in for either ministry, but the two ministries are two different bodies
        sameInEveryOrder(backend, List.of(
                new Story("country", "2024-03-05", event(EventType.AGREE, Status.DONE, "2024-03-04",
                        "C: Kenya and Uganda signed an agreement.", KENYA, UGANDA)),
                new Story("trade", "2024-03-06", event(EventType.AGREE, Status.DONE, "2024-03-04",
                        "T: Kenya and Uganda's trade ministry signed an agreement.", KENYA, UGANDA_TRADE)),
                new Story("health", "2024-03-07", event(EventType.AGREE, Status.DONE, "2024-03-04",
                        "H: Kenya and Uganda's health ministry signed an agreement.", KENYA, UGANDA_HEALTH))));
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void aPlanAndTwoReportsOfItsExecution(TestDatabase.Backend backend) throws Exception {
        sameInEveryOrder(backend, List.of(
                new Story("plan", "2024-02-01", event(EventType.MEET, Status.PLANNED, "2024-03",
                        "P: Kenya and Uganda will hold talks in March.", KENYA, UGANDA)),
                new Story("done1", "2024-03-11", event(EventType.MEET, Status.DONE, "2024-03-10",
                        "D1: Kenya and Uganda held talks on Sunday.", KENYA, UGANDA)),
                new Story("done2", "2024-03-12", event(EventType.MEET, Status.DONE, null,
                        "D2: Ugandan trade officials and Kenya held talks.", UGANDA_TRADE, KENYA))));
    }
}
