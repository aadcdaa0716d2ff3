package org.entente.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.entente.store.testing.TestDatabase;
import org.entente.web.testing.WebFixture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SQL of the web's own read models (pages, counts, month and pair aggregates, network, actor activity) on
 * both backends: H2 and, when {@code ENTENTE_TEST_PG} is set, PostgreSQL (skipped otherwise, never passed).
 */
class BackendsApiTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void everyReadEndpointAnswersTheSameOnEachBackend(TestDatabase.Backend backend) {
        try (WebFixture web = WebFixture.start(backend, dir)) {
            JsonNode page = web.get("/api/events?size=2&page=2&country=AZE").json();
            assertEquals(4, page.get("total").asInt());
            assertEquals(2, page.get("events").size());
            long id = web.eventId("banking supervision");
            assertEquals(0, web.get("/api/events/" + id).json().get("sources").get(0).get("evidenceStart").asInt());
            JsonNode stats = web.get("/api/stats").json();
            assertEquals(3, stats.get("monthly").size());
            assertEquals("2023-03", stats.get("monthly").get(0).get("month").asText());
            assertEquals(3, stats.get("topPairs").size());
            assertEquals(1, stats.get("latestAgreements").size());
            assertEquals(3, web.get("/api/network?level=country").json().get("edges").size());
            assertEquals(3, web.get("/api/network?level=actor").json().get("edges").size());
            long bank = web.get("/api/actors?q=CBA").json().get("actors").get(0).get("id").asLong();
            JsonNode actor = web.get("/api/actors/" + bank).json();
            assertEquals(3, actor.get("counterparts").size());
            assertEquals(2, actor.get("timeline").size());
            assertEquals(5, web.get("/api/export.jsonl").body().strip().split("\n").length);
        }
    }
}
