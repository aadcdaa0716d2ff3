package org.entente.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.web.testing.SharedSamples;
import org.entente.web.testing.WebFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Actors, network, statistics and exports over the five sample events. */
class ReadApiTest {

    static final WebFixture web = SharedSamples.web();

    private static long actorId(String name) {
        for (JsonNode a : web.get("/api/actors?limit=200").json().get("actors")) {
            if (a.get("name").asText().equals(name)) {
                return a.get("id").asLong();
            }
        }
        throw new AssertionError("no actor " + name);
    }

    @Test
    void actorsMostActiveFirstAndByQuery() {
        JsonNode all = web.get("/api/actors").json().get("actors");
        assertEquals("Central Bank of Azerbaijan", all.get(0).get("name").asText());
        assertEquals(3, all.get(0).get("events").asInt());
        JsonNode bank = web.get("/api/actors?q=CBA").json().get("actors");
        assertEquals(1, bank.size());
        assertEquals("AZE", bank.get(0).get("country").asText());
        assertEquals(0, web.get("/api/actors?q=nobody%20at%20all").json().get("actors").size());
        assertEquals(2, web.get("/api/actors?limit=2").json().get("actors").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/actors?limit=0", "/api/actors?limit=201", "/api/actors?limit=ten",
        "/api/actors/zero", "/api/network?level=city", "/api/network?limit=0", "/api/network?limit=1001",
        "/api/network?type=x", "/api/stats?from=2023-02-30", "/api/export.csv?type=x", "/api/export.jsonl?pair=A,B"})
    void badParametersAre400(String path) {
        WebFixture.Response r = web.get(path);
        assertEquals(400, r.status(), path + ": " + r.body());
        assertFalse(r.json().get("error").asText().isBlank());
    }

    @Test
    void actorPageHasAliasesCounterpartsTimelineAndEvents() {
        long id = actorId("Central Bank of Azerbaijan");
        JsonNode d = web.get("/api/actors/" + id).json();
        JsonNode actor = d.get("profile").get("actor");
        assertEquals("AZE", actor.get("country").asText());
        assertEquals("GOV", actor.get("kind").asText());
        Map<String, String> reasons = new HashMap<>();
        d.get("profile").get("aliases").forEach(a -> reasons.put(a.get("alias").asText(), a.get("reason").asText()));
        assertEquals("ACRONYM", reasons.get("CBA"), reasons.toString());
        List<String> counterparts = new ArrayList<>();
        d.get("counterparts").forEach(c -> counterparts.add(c.get("name").asText()));
        assertEquals(List.of("Capital Markets Board", "Kenya", "National Bank of Georgia"), counterparts);
        assertEquals(2, d.get("timeline").size(), "March (AGREE) and May (MEET); the undated meeting has no month");
        assertEquals("2023-03", d.get("timeline").get(0).get("month").asText());
        assertEquals("AGREE", d.get("timeline").get(0).get("type").asText());
        assertEquals(3, d.get("events").size());
        assertEquals("MEET", d.get("events").get(0).get("event").get("type").asText(), "newest first: May");
        assertEquals(404, web.get("/api/actors/999999").status());
    }

    @Test
    void countryNetworkWeightsEdgesByEvents() {
        JsonNode n = web.get("/api/network?level=country").json();
        assertEquals("COUNTRY", n.get("level").asText());
        Map<String, Integer> edges = new HashMap<>();
        n.get("edges").forEach(e -> edges.put(e.get("source").asText() + "-" + e.get("target").asText(),
                e.get("events").asInt()));
        assertEquals(Map.of("AZE-TUR", 1, "AZE-GEO", 1, "AZE-KEN", 1), edges);
        assertEquals(4, n.get("nodes").size());
        assertFalse(n.get("truncated").asBoolean());
        JsonNode agree = web.get("/api/network?level=country&type=AGREE").json();
        assertEquals(1, agree.get("edges").size());
        assertEquals(0, web.get("/api/network?from=2030").json().get("edges").size());
        JsonNode one = web.get("/api/network?limit=1").json();
        assertEquals(1, one.get("edges").size());
        assertTrue(one.get("truncated").asBoolean());
    }

    @Test
    void actorNetworkNamesItsNodes() {
        JsonNode n = web.get("/api/network?level=actor&type=MEET").json();
        assertEquals(2, n.get("edges").size());
        List<String> labels = new ArrayList<>();
        n.get("nodes").forEach(x -> labels.add(x.get("label").asText()));
        assertTrue(labels.containsAll(List.of("Central Bank of Azerbaijan", "Kenya", "National Bank of Georgia")),
                labels.toString());
    }

    @Test
    void statsOfTheWholeBaseAndOfAPair() {
        JsonNode s = web.get("/api/stats").json();
        assertEquals(5, s.get("total").asInt());
        Map<String, Integer> monthly = new HashMap<>();
        s.get("monthly").forEach(m -> monthly.put(m.get("month").asText() + " " + m.get("type").asText(),
                m.get("count").asInt()));
        assertEquals(Map.of("2023-03 AGREE", 1, "2023-05 MEET", 1, "2023-06 ATTEND", 2), monthly);
        assertEquals(3, s.get("topPairs").size());
        assertEquals("Central Bank of Azerbaijan", s.get("topActors").get(0).get("name").asText());
        assertEquals(1, s.get("latestAgreements").size());
        JsonNode pair = web.get("/api/stats?pair=TUR,AZE").json();
        assertEquals(1, pair.get("total").asInt());
        assertEquals(1, pair.get("monthly").size());
        assertEquals("AZE", pair.get("topPairs").get(0).get("first").asText());
        assertEquals("TUR", pair.get("topPairs").get(0).get("second").asText());
    }

    @Test
    void csvExportOfASearch() {
        WebFixture.Response r = web.get("/api/export.csv?country=AZE");
        assertEquals(200, r.status());
        assertTrue(r.header("Content-Type").startsWith("text/csv"), r.header("Content-Type"));
        assertTrue(r.header("Content-Disposition").contains("attachment"));
        String[] lines = r.body().split("\r?\n");
        assertTrue(lines[0].startsWith("event_id,type,status,date"), lines[0]);
        assertEquals(1 + 4, lines.length, r.body());
    }

    @Test
    void jsonlExportOfASearch() throws Exception {
        WebFixture.Response r = web.get("/api/export.jsonl?type=MEET");
        assertEquals(200, r.status());
        String[] lines = r.body().strip().split("\n");
        assertEquals(2, lines.length);
        for (String line : lines) {
            JsonNode e = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            assertEquals("MEET", e.get("type").asText());
            assertTrue(e.get("sources").size() >= 1);
        }
    }
}
