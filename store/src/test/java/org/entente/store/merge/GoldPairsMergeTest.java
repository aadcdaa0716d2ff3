package org.entente.store.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.article.Article;
import org.entente.event.ArticleEvents;
import org.entente.event.Event;
import org.entente.event.EventType;
import org.entente.event.Status;
import org.entente.store.Store;
import org.entente.store.actor.AliasFile;
import org.entente.store.event.Source;
import org.entente.store.event.StoredEvent;
import org.entente.store.ingest.Ingestor;
import org.entente.store.query.EventFilter;
import org.entente.store.query.EventQuery;
import org.entente.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dev corpus's gold events of all 41 articles (read from {@code ../shared} at test time), stored as if an
 * extractor had reported them: the stories that two outlets tell merge into events with both as sources, and
 * nothing else in the corpus merges (the one further merge, Shusha and Kayseri, is the same story told by two
 * outlets; a looser actor rule also merged two different Azerbaijani-Turkish agreements of one month).
 */
class GoldPairsMergeTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Set<String> BRITAIN_US = Set.of("nationalpost-britain-us-trade-talks", "deccanherald-839007");
    private static final Set<String> INDIA_UAE = Set.of("ndtv-1213863", "newindianexpress-809365");
    /** Found by the rule, then confirmed by reading both: the same sister-city protocol, a day apart. */
    private static final Set<String> SHUSHA_KAYSERI = Set.of("newsaz-shusha-kayseri", "vestikavkaza-156031");
    /**
     * Every group of articles that tell one story, as read by hand: the two pairs above, Shusha-Kayseri, the
     * Azerbaijan-Uzbekistan central banks' memorandum (two outlets, one day), and Azerbaijan's Ministry of
     * Defense Industry at IDEF-2023 (three articles).
     */
    private static final Set<Set<String>> STORIES = Set.of(BRITAIN_US, INDIA_UAE, SHUSHA_KAYSERI,
            Set.of("azernews-228185", "trend-3919655"),
            Set.of("punchng-idef-2023-nigeria-azerbaijan", "trend-3776978", "trend-3777592"));

    @TempDir
    Path dir;
    private TestDatabase db;

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    private static Path dev() {
        Path p = Path.of(System.getProperty("entente.shared", "../../shared"), "corpus", "dev");
        assumeTrue(Files.isDirectory(p), "the shared dev corpus is not at " + p);
        return p;
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void crossOutletStoriesMergeAndNothingElseDoes(TestDatabase.Backend backend) throws Exception {
        Path dev = dev();
        db = TestDatabase.create(backend, dir);
        Store store = db.store();
        Map<String, JsonNode> articles = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(dev.resolve("articles.jsonl"))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    JsonNode n = JSON.readTree(line);
                    articles.put(n.get("id").asText(), n);
                }
            }
        }
        int stored = 0;
        try (Ingestor in = new Ingestor(store, AliasFile.empty());
                BufferedReader r = Files.newBufferedReader(dev.resolve("gold.jsonl"))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode gold = JSON.readTree(line);
                String id = gold.get("id").asText();
                JsonNode a = articles.get(id);
                List<Event> events = new ArrayList<>();
                for (JsonNode e : gold.get("events")) {
                    events.add(JSON.treeToValue(e, Event.class));
                }
                String published = a.path("published").asText(null);
                Article article = new Article(id, a.path("url").asText(null),
                        published == null ? null : LocalDate.parse(published.substring(0, 10)), a.get("text").asText());
                in.ingest(article, id, new ArticleEvents(id, events));
                stored++;
            }
        }
        assertEquals(articles.size(), stored);

        List<StoredEvent> all = new EventQuery(store).find(EventFilter.none());
        List<StoredEvent> merged = all.stream().filter(e -> e.sources().size() > 1).toList();
        assertEquals(13, merged.size(), "events told by more than one article");
        for (StoredEvent e : merged) {
            Set<String> from = new TreeSet<>(e.sources().stream().map(Source::articleId).toList());
            assertTrue(STORIES.contains(from), "unexpected merge of " + from + ": " + e);
            assertTrue(e.sources().get(1).mergeReason() != null, "the reason is kept");
        }

        // Britain-US: the May talks, the June round and the May plan, each told by both outlets, stay three events
        List<StoredEvent> talks = all.stream().filter(e -> e.sources().stream()
                .anyMatch(s -> BRITAIN_US.contains(s.articleId()))).toList();
        assertEquals(3, talks.size(), talks.toString());
        for (StoredEvent e : talks) {
            assertEquals(BRITAIN_US, new TreeSet<>(e.sources().stream().map(Source::articleId).toList()),
                    e.event().status() + " " + e.event().date());
        }

        // India-UAE: the planned agreement and the CII's attendance are one event each, with both sources ...
        List<StoredEvent> india = all.stream().filter(e -> e.sources().stream()
                .anyMatch(s -> INDIA_UAE.contains(s.articleId()))).toList();
        StoredEvent plan = only(india, EventType.AGREE, Status.PLANNED, "United Arab Emirates");
        assertEquals(INDIA_UAE, articlesOf(plan));
        StoredEvent cii = only(india, EventType.ATTEND, Status.DONE, "Confederation of Indian Industry");
        assertEquals(INDIA_UAE, articlesOf(cii));
        // ... while the 1981 visit, which only one outlet recalls, and the done agreement stay single
        StoredEvent visit1981 = india.stream().filter(e -> "1981".equals(e.event().date())).findFirst().orElseThrow();
        assertEquals(1, visit1981.sources().size());
        StoredEvent agreed = only(india, EventType.AGREE, Status.DONE, "United Arab Emirates");
        assertEquals(Set.of("newindianexpress-809365"), articlesOf(agreed));

        StoredEvent sisters = only(all, EventType.AGREE, Status.DONE, "Kayseri");
        assertEquals(SHUSHA_KAYSERI, articlesOf(sisters));
        // two different Azerbaijani-Turkish agreements of February 2021 (a business forum's, a working group's)
        assertTrue(all.stream().noneMatch(e -> articlesOf(e).containsAll(Set.of("todayaz-209952", "trend-3484066"))));
    }

    private static Set<String> articlesOf(StoredEvent e) {
        return new TreeSet<>(e.sources().stream().map(Source::articleId).toList());
    }

    private static StoredEvent only(List<StoredEvent> events, EventType type, Status status, String actor) {
        List<StoredEvent> found = events.stream().filter(e -> e.event().type() == type && e.event().status() == status
                && e.event().actors().stream().anyMatch(a -> a.name().equals(actor))).toList();
        assertEquals(1, found.size(), type + " " + status + " " + actor + ": " + found);
        return found.get(0);
    }
}
