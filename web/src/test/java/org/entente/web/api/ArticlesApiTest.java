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
        assertEquals(202, r.status(), r.body());
        long job = r.json().get("id").asLong();
        assertEquals("/api/jobs/" + job, r.header("Location"));
        assertTrue(r.json().get("status").asText().matches("queued|running|done"), r.body());
        JsonNode done = web.awaitJob(job);
        assertEquals("done", done.get("status").asText(), done.toString());
        assertTrue(done.has("started") && done.has("finished"), done.toString());
        JsonNode a = done.get("articles").get(0);
        assertEquals("georgia-1", a.get("id").asText());
        assertEquals("stored", a.get("outcome").asText());
        assertEquals(1, a.get("events").size());
        long id = a.get("events").get(0).asLong();
        JsonNode e = web.get("/api/events/" + id).json();
        assertEquals("National Bank of Georgia", e.get("event").get("actors").get(0).get("name").asText());
        assertEquals(TEXT, e.get("sources").get(0).get("text").asText());
        assertEquals(6, web.get("/api/events").json().get("total").asInt());
        // again: already stored, not extracted a second time
        JsonNode again = web.submit(article("georgia-1", TEXT));
        assertEquals("already_stored", again.get("articles").get(0).get("outcome").asText());
        assertEquals(id, again.get("articles").get(0).get("events").get(0).asLong());
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
        JsonNode refused = web.submit(article("r", "REFUSE this one"));
        assertEquals("failed", refused.get("status").asText());
        assertEquals(422, refused.get("error").get("status").asInt());
        assertTrue(refused.get("error").get("error").asText().contains("not English"), refused.toString());
        assertEquals(0, web.extracted.get() - 1, "only the refused one reached the extractor");
    }

    @Test
    void jobsAreFoundByNumber() {
        assertEquals(404, web.get("/api/jobs/999").status());
        assertEquals(400, web.get("/api/jobs/abc").status());
        assertEquals(400, web.get("/api/jobs/-1").status());
        assertFalse(web.get("/api/jobs/abc").body().contains("Exception"));
    }

    @Test
    void aFullQueueIs503WithRetryAfter(@TempDir Path other) throws Exception {
        try (WebFixture small = WebFixture.startWithQueue(other, 1)) {
            // one submission held by the extractor, one waiting: the queue of one is full
            long held = small.post("/api/articles", article("w1", "WAIT one"), WebFixture.TOKEN).json().get("id")
                    .asLong();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!small.get("/api/jobs/" + held).json().get("status").asText().equals("running")
                    && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            WebFixture.Response waiting = small.post("/api/articles", article("w2", "WAIT two"), WebFixture.TOKEN);
            assertEquals(202, waiting.status(), waiting.body());
            assertEquals("queued", waiting.json().get("status").asText());
            WebFixture.Response full = small.post("/api/articles", article("w3", "WAIT three"), WebFixture.TOKEN);
            assertEquals(503, full.status(), full.body());
            assertTrue(Long.parseLong(full.header("Retry-After")) >= 1, full.header("Retry-After"));
            assertEquals(503, full.json().get("status").asInt());
            assertTrue(full.json().get("error").asText().startsWith("busy"), full.body());
            small.gate.countDown();
            assertEquals("done", small.awaitJob(held).get("status").asText());
            assertEquals("done", small.awaitJob(waiting.json().get("id").asLong()).get("status").asText());
            // room again
            assertEquals("done", small.submit(article("w4", "Nothing happened.")).get("status").asText());
        }
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
            JsonNode r = web.submit("{\"urls\": [\"" + url + "\"]}");
            JsonNode a = r.get("articles").get(0);
            assertEquals(url, a.get("url").asText());
            assertEquals(1, a.get("events").size());
            JsonNode source = web.get("/api/events/" + a.get("events").get(0).asLong()).json().get("sources").get(0);
            assertEquals(TEXT, source.get("text").asText(), "the page's text without tags or scripts");
            JsonNode missing = web.submit("{\"urls\": [\"" + url + "-gone\"]}");
            assertEquals("failed", missing.get("status").asText());
            assertEquals(502, missing.get("error").get("status").asInt(), missing.toString());
        } finally {
            page.stop();
        }
    }
}
