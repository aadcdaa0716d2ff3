package org.entente.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.entente.store.testing.TestDatabase;
import org.entente.web.testing.WebFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/articles}: token, validation, extraction through the injected fake, idempotence. */
class ArticlesApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String TEXT = "The National Bank of Georgia met the Capital Markets Board in Istanbul on 2 February "
            + "2024 to talk about cross-border supervision.";

    @TempDir
    Path dir;
    WebFixture web;

    @BeforeEach
    void start() {
        web = WebFixture.start(TestDatabase.Backend.H2, dir);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    static String article(String id, String text) throws Exception {
        return JSON.writeValueAsString(Map.of("id", id, "url", "https://news.example/" + id, "published", "2024-02-03",
                "text", text));
    }

    @Test
    void storesAnArticleAndReturnsItsEvents() throws Exception {
        WebFixture.Response r = web.post("/api/articles", article("georgia-1", TEXT), WebFixture.TOKEN);
        assertEquals(201, r.status(), r.body());
        JsonNode a = r.json().get("articles").get(0);
        assertEquals("georgia-1", a.get("id").asText());
        assertEquals("stored", a.get("outcome").asText());
        assertEquals(1, a.get("events").size());
        long id = a.get("events").get(0).asLong();
        JsonNode e = web.get("/api/events/" + id).json();
        assertEquals("National Bank of Georgia", e.get("event").get("actors").get(0).get("name").asText());
        assertEquals(TEXT, e.get("sources").get(0).get("text").asText());
        assertEquals(6, web.get("/api/events").json().get("total").asInt());
        // again: already stored, not extracted a second time
        WebFixture.Response again = web.post("/api/articles", article("georgia-1", TEXT), WebFixture.TOKEN);
        assertEquals(201, again.status());
        assertEquals("already_stored", again.json().get("articles").get(0).get("outcome").asText());
        assertEquals(id, again.json().get("articles").get(0).get("events").get(0).asLong());
        assertEquals(1, web.extracted.get());
        assertEquals(6, web.get("/api/events").json().get("total").asInt());
    }

    @Test
    void writesNeedTheToken() throws Exception {
        WebFixture.Response none = web.post("/api/articles", article("x", TEXT), null);
        assertEquals(401, none.status());
        assertTrue(none.header("WWW-Authenticate").startsWith("Bearer"));
        assertEquals(401, web.post("/api/articles", article("x", TEXT), "wrong").status());
        assertEquals(401, web.post("/api/articles", article("x", TEXT), WebFixture.TOKEN + "x").status());
        assertEquals(0, web.extracted.get());
        assertEquals(5, web.get("/api/events").json().get("total").asInt());
    }

    @Test
    void invalidArticlesAre4xx() throws Exception {
        assertEquals(400, web.post("/api/articles", "{not json", WebFixture.TOKEN).status());
        assertEquals(400, web.post("/api/articles", "[1, 2]", WebFixture.TOKEN).status());
        assertEquals(400, web.post("/api/articles", "{\"id\": \"a\"}", WebFixture.TOKEN).status());
        assertEquals(400, web.post("/api/articles", "{\"text\": 5}", WebFixture.TOKEN).status());
        assertEquals(400, web.post("/api/articles", "{\"text\": \"x y\", \"published\": \"March\"}",
                WebFixture.TOKEN).status());
        assertEquals(400, web.post("/api/articles", "{\"text\": \"x y\", \"url\": \"ftp://a/b\"}",
                WebFixture.TOKEN).status());
        assertEquals(400, web.post("/api/articles", "{\"urls\": []}", WebFixture.TOKEN).status());
        assertEquals(400, web.post("/api/articles", "{\"urls\": [\"file:///etc/passwd\"]}", WebFixture.TOKEN).status());
        assertEquals(400, web.post("/api/articles", "{\"text\": \"" + "a".repeat(200_001) + "\"}",
                WebFixture.TOKEN).status());
        WebFixture.Response refused = web.post("/api/articles", article("r", "REFUSE this one"), WebFixture.TOKEN);
        assertEquals(422, refused.status());
        assertTrue(refused.json().get("error").asText().contains("not English"));
        assertEquals(0, web.extracted.get() - 1, "only the refused one reached the extractor");
    }

    @Test
    void wrongContentTypeIs415AndHugeBodyIs413() {
        var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.base() + "/api/articles"))
                .header("Authorization", "Bearer " + WebFixture.TOKEN).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("hello")).build();
        assertEquals(415, web.send(req).status());
        WebFixture.Response huge = web.post("/api/articles", "{\"text\": \"" + "a".repeat(1_200_000) + "\"}",
                WebFixture.TOKEN);
        assertEquals(413, huge.status(), huge.body());
        assertFalse(huge.body().contains("Exception"));
    }

    @Test
    void urlsAreFetchedAndStored() throws Exception {
        io.javalin.Javalin page = io.javalin.Javalin.create(c -> c.showJavalinBanner = false)
                .get("/story", ctx -> ctx.html("<html><head><script>var x = 1;</script></head><body><p>"
                        + TEXT.replace("&", "&amp;") + "</p></body></html>"))
                .start("127.0.0.1", 0);
        try {
            String url = "http://127.0.0.1:" + page.port() + "/story";
            WebFixture.Response r = web.post("/api/articles", "{\"urls\": [\"" + url + "\"]}", WebFixture.TOKEN);
            assertEquals(201, r.status(), r.body());
            JsonNode a = r.json().get("articles").get(0);
            assertEquals(url, a.get("url").asText());
            assertEquals(1, a.get("events").size());
            JsonNode source = web.get("/api/events/" + a.get("events").get(0).asLong()).json().get("sources").get(0);
            assertEquals(TEXT, source.get("text").asText(), "the page's text without tags or scripts");
            WebFixture.Response missing = web.post("/api/articles", "{\"urls\": [\"" + url + "-gone\"]}",
                    WebFixture.TOKEN);
            assertEquals(502, missing.status());
        } finally {
            page.stop();
        }
    }
}
