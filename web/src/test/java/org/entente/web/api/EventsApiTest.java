package org.entente.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.entente.store.testing.Samples;
import org.entente.web.testing.SharedSamples;
import org.entente.web.testing.WebFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/events} and {@code GET /api/events/{id}} over the five sample events. */
class EventsApiTest {

    static final WebFixture web = SharedSamples.web();

    private static int total(String query) {
        WebFixture.Response r = web.get("/api/events" + query);
        assertEquals(200, r.status(), r.body());
        return r.json().get("total").asInt();
    }

    @Test
    void everyEventWithoutFilters() {
        JsonNode r = web.get("/api/events").json();
        assertEquals(5, r.get("total").asInt());
        assertEquals(5, r.get("events").size());
        assertEquals(1, r.get("page").asInt());
        assertEquals(20, r.get("size").asInt());
        JsonNode first = r.get("events").get(0);
        assertEquals("AGREE", first.get("event").get("type").asText(), "date order: the March agreement first");
        assertEquals("Central Bank of Azerbaijan", first.get("event").get("actors").get(0).get("name").asText());
        assertEquals("banks-1", first.get("sources").get(0).get("articleId").asText());
    }

    @Test
    void eachFilterSelects() {
        assertEquals(1, total("?type=agree"));
        assertEquals(2, total("?type=MEET"));
        assertEquals(1, total("?status=planned"));
        assertEquals(4, total("?country=aze"));
        assertEquals(1, total("?pair=AZE,TUR"));
        assertEquals(1, total("?pair=TUR,AZE"));
        assertEquals(0, total("?pair=TUR,GEO"));
        assertEquals(2, total("?sphere=energy"));
        assertEquals(3, total("?actor=CBA"), "the acronym names the bank in three events");
        assertEquals(1, total("?text=banking%20supervision"));
        assertEquals(1, total("?from=2023-05&to=2023-05"));
        assertEquals(3, total("?from=2023-04"), "the May meeting and the June forum; undated events are left out");
        assertEquals(1, total("?to=2023-03-31"));
        assertEquals(1, total("?country=AZE&type=MEET&status=done"), "filters combine");
    }

    @Test
    void pagesCoverEveryEventOnceInOrder() {
        List<Long> ids = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            JsonNode r = web.get("/api/events?size=2&page=" + page).json();
            assertEquals(5, r.get("total").asInt());
            assertEquals(3, r.get("pages").asInt());
            r.get("events").forEach(e -> ids.add(e.get("id").asLong()));
        }
        assertEquals(5, ids.size());
        assertEquals(5, ids.stream().distinct().count());
        List<Long> all = new ArrayList<>();
        web.get("/api/events").json().get("events").forEach(e -> all.add(e.get("id").asLong()));
        assertEquals(all, ids);
        assertEquals(0, web.get("/api/events?size=2&page=4").json().get("events").size(), "past the end: empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"?type=SIGN", "?status=maybe", "?from=2023-13", "?to=yesterday", "?from=2023-01-01/2023-02-01",
        "?country=AZERBAIJAN", "?pair=AZE", "?pair=AZE,TUR,GEO", "?page=0", "?page=x", "?size=0", "?size=101",
        "?size=-1", "?sphere=a%20b"})
    void badParametersAre400WithAReason(String query) {
        WebFixture.Response r = web.get("/api/events" + query);
        assertEquals(400, r.status(), query + ": " + r.body());
        assertEquals(400, r.json().get("status").asInt());
        String error = r.json().get("error").asText();
        assertFalse(error.isBlank());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), "no stack trace: " + r.body());
    }

    @Test
    void tooLongTextIs400() {
        assertEquals(400, web.get("/api/events?text=" + "a".repeat(201)).status());
    }

    @Test
    void oneEventWithArticleTextAndEvidenceOffsets() {
        long id = web.eventId("banking supervision");
        WebFixture.Response r = web.get("/api/events/" + id);
        assertEquals(200, r.status(), r.body());
        JsonNode d = r.json();
        assertEquals(id, d.get("id").asLong());
        JsonNode e = d.get("event");
        assertEquals("AGREE", e.get("type").asText());
        assertEquals("2023-03-12", e.get("date").asText());
        assertEquals("Baku", e.get("location").get("name").asText());
        assertEquals("MOU", e.get("instrument").get("kind").asText().toUpperCase());
        assertEquals("Elnur Mammadli", e.get("people").get(0).get("name").asText());
        assertEquals("finance", e.get("spheres").get(0).asText());
        JsonNode source = d.get("sources").get(0);
        assertEquals(Samples.BANKS_TEXT, source.get("text").asText());
        assertEquals("2023-03-13", source.get("published").asText());
        int start = source.get("evidenceStart").asInt();
        int end = source.get("evidenceEnd").asInt();
        assertEquals(0, start);
        assertEquals(Samples.BANKS_AGREE.evidence(), Samples.BANKS_TEXT.substring(start, end));
    }

    @Test
    void evidenceInsideTheArticleIsLocated() {
        long id = web.eventId("green bonds");
        JsonNode source = web.get("/api/events/" + id).json().get("sources").get(0);
        int start = source.get("evidenceStart").asInt();
        assertTrue(start > 0);
        assertEquals(Samples.FORUM_MEET.evidence(),
                Samples.FORUM_TEXT.substring(start, source.get("evidenceEnd").asInt()));
    }

    @Test
    void unknownEventIs404AndBadIdIs400() {
        WebFixture.Response missing = web.get("/api/events/999999");
        assertEquals(404, missing.status());
        assertEquals("no event 999999", missing.json().get("error").asText());
        assertEquals(400, web.get("/api/events/abc").status());
        assertEquals(400, web.get("/api/events/-3").status());
        assertEquals(400, web.get("/api/events/99999999999999999999").status());
    }
}
