package org.entente.store.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.event.EventType;
import org.entente.event.Status;
import org.entente.store.Store;
import org.entente.store.actor.AliasFile;
import org.entente.store.bench.SyntheticCorpus;
import org.entente.store.bench.SyntheticExtractor;
import org.entente.store.ingest.Ingestor;
import org.entente.store.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ways {@link PagePlan} finds events (facets, sets, candidates, date scan) give the same events in the same
 * order, for filters of every kind, whole and paged, with the same counts.
 */
class PagePlanTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void everyPlanGivesTheSamePages(TestDatabase.Backend backend) throws Exception {
        try (TestDatabase db = TestDatabase.create(backend, dir)) {
            Store s = db.store();
            SyntheticCorpus corpus = new SyntheticCorpus(3, 1500);
            SyntheticExtractor extractor = new SyntheticExtractor();
            try (Ingestor in = new Ingestor(s, AliasFile.empty())) {
                for (int i = 0; i < corpus.size(); i++) {
                    in.ingest(corpus.article(i), "synthetic:" + i, extractor.extract(corpus.article(i)));
                }
            }
            Map<String, EventFilter> filters = new LinkedHashMap<>();
            EventFilter none = EventFilter.none();
            filters.put("actor", none.withActor("Central Bank"));
            filters.put("actor, one country", none.withActor("Kyrgyzstan"));
            filters.put("actor and type", none.withActor("Ministry").withType(EventType.AGREE));
            filters.put("actor and country", none.withActor("Bank").withCountry("AZE"));
            filters.put("unknown actor", none.withActor("Nobody Such"));
            filters.put("common word", none.withText("railways"));
            filters.put("two words", none.withText("memorandum railways"));
            filters.put("phrase", none.withText("signed a"));
            filters.put("word and status", none.withText("energy").withStatus(Status.PLANNED));
            filters.put("word, country, dates", none.withText("cooperation").withCountry("AZE")
                    .withFrom(LocalDate.of(2019, 1, 1)));
            filters.put("word and sphere", none.withText("understanding").withSphere("energy"));
            filters.put("absent word", none.withText("zyxwvut"));
            filters.put("no filter", none);
            filters.put("country", none.withCountry("AZE"));
            filters.put("pair", none.withPair("USA", "CHN"));
            filters.put("pair, other order", none.withPair("CHN", "USA"));
            filters.put("pair and country", none.withPair("USA", "CHN").withCountry("CHN"));
            filters.put("sphere", none.withSphere("energy"));
            filters.put("sphere, country, type", none.withSphere("energy").withCountry("AZE")
                    .withType(EventType.MEET));
            filters.put("type and status", none.withType(EventType.ATTEND).withStatus(Status.PLANNED));
            filters.put("date range", none.withFrom(LocalDate.of(2020, 1, 1)).withTo(LocalDate.of(2020, 3, 31)));
            filters.put("from only", none.withFrom(LocalDate.of(2024, 6, 1)));
            filters.put("to only", none.withTo(LocalDate.of(2015, 3, 1)));
            filters.put("country and dates", none.withCountry("USA").withFrom(LocalDate.of(2019, 5, 1))
                    .withTo(LocalDate.of(2019, 8, 31)));
            filters.put("actor and dates", none.withActor("Central Bank").withFrom(LocalDate.of(2018, 1, 1))
                    .withTo(LocalDate.of(2018, 12, 31)));
            filters.put("actor, country, sphere", none.withActor("Ministry").withCountry("USA")
                    .withSphere("energy"));
            filters.put("central banks, country", none.withActor("Central Bank").withCountry("CHN"));
            filters.put("unknown country", none.withCountry("XXX"));
            List<String> empty = new java.util.ArrayList<>();
            try (Connection c = s.connect()) {
                for (Map.Entry<String, EventFilter> e : filters.entrySet()) {
                    EventFilter f = e.getValue();
                    List<Long> all = PagePlan.sets().ids(c, f, 0, 0);
                    long total = PagePlan.sets().count(c, f);
                    assertEquals(all.size(), total, e.getKey());
                    if (all.isEmpty()) {
                        empty.add(e.getKey());
                    }
                    // the default, the candidates, the plan past the candidates (facets with the words checked per
                    // row, or the date scan when an actor name matches many actors) and the date scan
                    for (PagePlan plan : List.of(PagePlan.of(c, f), PagePlan.of(c, f, Integer.MAX_VALUE),
                            PagePlan.of(c, f, -1), PagePlan.scan(c, f))) {
                        assertEquals(all, plan.ids(c, f, 0, 0), e.getKey() + ": every event");
                        assertEquals(total, plan.count(c, f), e.getKey() + ": count");
                        assertEquals(all.subList(0, Math.min(7, all.size())), plan.ids(c, f, 0, 7),
                                e.getKey() + ": first page");
                        assertEquals(all.subList(Math.min(7, all.size()), Math.min(14, all.size())),
                                plan.ids(c, f, 7, 7), e.getKey() + ": second page");
                    }
                }
            }
            assertEquals(List.of("unknown actor", "two words", "absent word", "unknown country"), empty, "the others find something");
        }
    }
}
