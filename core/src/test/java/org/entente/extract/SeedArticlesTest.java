package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.article.Article;
import org.entente.event.Event;
import org.entente.event.EventType;
import org.entente.event.Person;
import org.entente.event.Status;
import org.entente.schema.ArticleEventsSchema;
import org.junit.jupiter.api.Test;

/** End to end on the three seed articles of the shared corpus (read from ../shared, never copied). */
class SeedArticlesTest {

    static Article seed(String id) throws Exception {
        Path file = Path.of(System.getProperty("entente.shared", "../../shared"), "corpus/seeds/articles.jsonl");
        assumeTrue(Files.exists(file), "shared corpus not present");
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(file)) {
            JsonNode a = json.readTree(line);
            if (a.get("id").asText().equals(id)) {
                JsonNode p = a.get("published");
                return new Article(id, null, p == null || p.isNull() ? null : LocalDate.parse(p.asText()),
                        a.get("text").asText());
            }
        }
        throw new AssertionError("no seed " + id);
    }

    static List<Event> events(String id) throws Exception {
        return ExtractorSentencesTest.EXTRACTOR.extract(seed(id)).events();
    }

    @Test
    void realOutputFollowsTheSchema() throws Exception {
        for (String id : List.of("azernews-173054", "asiae-andong-shusha", "trend-paris-air-show-2019")) {
            ArticleEventsSchema.assertValid(ExtractorSentencesTest.EXTRACTOR.extract(seed(id)));
        }
    }

    @Test
    void agreementBetweenTheTwoAgenciesWithBothSignatories() throws Exception {
        Event agree = events("azernews-173054").stream().filter(e -> e.type() == EventType.AGREE).findFirst()
                .orElseThrow();
        assertEquals(Status.DONE, agree.status());
        assertTrue(agree.actors().stream().anyMatch(a -> a.name().contains("Small and Medium Business Development Agency")
                && "AZE".equals(a.country())), agree.actors().toString());
        assertTrue(agree.actors().stream().anyMatch(a -> a.name().contains("Independent Industrialists")
                && "TUR".equals(a.country())), agree.actors().toString());
        List<String> people = agree.people().stream().map(Person::name).toList();
        assertTrue(people.contains("Orkhan Mammadov"), people.toString());
        assertTrue(people.contains("Mehmet Akif Ozyurt"), people.toString());
        assertEquals("mou", agree.instrument().kind().json());
    }

    @Test
    void plannedNexterVisitInJuly2019() throws Exception {
        List<Event> events = events("trend-paris-air-show-2019");
        assertTrue(events.stream().anyMatch(e -> e.type() == EventType.MEET && e.status() == Status.PLANNED
                && "2019-07".equals(e.date()) && e.actors().stream().anyMatch(a -> a.name().startsWith("Nexter"))),
                events.toString());
        assertTrue(events.stream().anyMatch(e -> e.type() == EventType.ATTEND && e.status() == Status.DONE
                && e.actors().stream().anyMatch(a -> "AZE".equals(a.country()))), events.toString());
    }
}
