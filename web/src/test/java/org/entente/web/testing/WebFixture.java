package org.entente.web.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.article.Article;
import org.entente.event.ArticleEvents;
import org.entente.extract.ArticleRejectedException;
import org.entente.store.actor.AliasFile;
import org.entente.store.testing.Samples;
import org.entente.store.testing.TestDatabase;
import org.entente.web.WebServer;
import org.entente.web.WebSettings;

/**
 * A running server on a loopback port over a {@link TestDatabase} holding the store's hand-built
 * {@link Samples} (four articles, five events), with a fake extractor for posted articles, and an HTTP client.
 */
public final class WebFixture implements AutoCloseable {

    public static final String TOKEN = "test-token-7f3a";
    static final ObjectMapper JSON = new ObjectMapper();

    private final TestDatabase db;
    private final WebSettings settings;
    private WebServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    /** How many articles the fake extractor was asked about. */
    public final AtomicInteger extracted = new AtomicInteger();

    /**
     * Articles whose text says "WAIT" are held in the fake extractor until this opens (queue tests); a new one,
     * closed, on each {@link #restart}, which then ends the extraction held by the old one with an error (as if the
     * process had died; the stopped server records nothing of it).
     */
    public volatile java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
    private final java.util.Set<java.util.concurrent.CountDownLatch> abandoned =
            java.util.concurrent.ConcurrentHashMap.newKeySet();

    private WebFixture(TestDatabase db, boolean auth, long maxRequest, int queueCapacity) {
        this.db = db;
        Samples.ingestAll(db.store());
        this.settings = new WebSettings("127.0.0.1", 0, TOKEN, auth, AliasFile.empty(), () -> this::fakeExtract,
                maxRequest, queueCapacity);
        this.server = WebServer.create(db.store(), settings).start();
    }

    private WebFixture(TestDatabase db, boolean auth, long maxRequest) {
        this(db, auth, maxRequest, org.entente.web.submit.SubmissionQueue.DEFAULT_CAPACITY);
    }

    /** Reads open, writes with {@link #TOKEN}, at most {@code capacity} submissions waiting. */
    public static WebFixture startWithQueue(Path dir, int capacity) {
        return new WebFixture(TestDatabase.create(TestDatabase.Backend.H2, dir), false,
                WebSettings.DEFAULT_MAX_REQUEST, capacity);
    }

    /** Polls a submission's job until it is done or failed (at most 30 s) and returns it. */
    public JsonNode awaitJob(long id) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            Response r = get("/api/jobs/" + id);
            if (r.status() != 200) {
                throw new AssertionError("job " + id + ": " + r.status() + " " + r.body());
            }
            JsonNode job = r.json();
            String status = job.get("status").asText();
            if (status.equals("done") || status.equals("failed")) {
                return job;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("job " + id + " still " + status);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Posts an article and waits for its job. */
    public JsonNode submit(String json) {
        Response r = post("/api/articles", json, TOKEN);
        if (r.status() != 202) {
            throw new AssertionError("not queued: " + r.status() + " " + r.body());
        }
        return awaitJob(r.json().get("id").asLong());
    }

    /** Reads open, writes with {@link #TOKEN}. */
    public static WebFixture start(TestDatabase.Backend backend, Path dir) {
        return new WebFixture(TestDatabase.create(backend, dir), false, WebSettings.DEFAULT_MAX_REQUEST);
    }

    /** {@code --auth}: reads need the token too. */
    public static WebFixture startWithAuth(Path dir) {
        return new WebFixture(TestDatabase.create(TestDatabase.Backend.H2, dir), true, WebSettings.DEFAULT_MAX_REQUEST);
    }

    /**
     * The stand-in extractor: the sample events for a sample text; for any other text one MEET between two
     * hand-named bodies when it contains "met", none otherwise; "REFUSE" is refused.
     */
    private ArticleEvents fakeExtract(Article a) throws ArticleRejectedException {
        extracted.incrementAndGet();
        if (a.text().contains("WAIT")) {
            java.util.concurrent.CountDownLatch mine = gate;
            try {
                mine.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (abandoned.contains(mine)) {
                // the server this job ran on was stopped (restart): the job dies with it
                throw new ArticleRejectedException("the server stopped");
            }
        }
        if (a.text().contains("REFUSE")) {
            throw new ArticleRejectedException("not English");
        }
        for (Samples.Pair p : Samples.all()) {
            if (p.article().text().equals(a.text().strip())) {
                return new ArticleEvents(a.id(), p.events().events());
            }
        }
        if (a.text().contains(" met ")) {
            return new ArticleEvents(a.id(), List.of(new org.entente.event.Event(org.entente.event.EventType.MEET,
                    org.entente.event.Status.DONE, List.of(Samples.NBG, Samples.CMB), null, null, List.of(),
                    "2024-02-02", null, List.of("finance"), a.text().strip(), 0.5)));
        }
        return new ArticleEvents(a.id(), List.of());
    }

    /**
     * Stops the server as {@code entente serve} stops (the submission worker interrupted, the store left open) and
     * starts a new one on the same knowledge base, on another port, with a new closed {@link #gate}.
     */
    public void restart() {
        java.util.concurrent.CountDownLatch old = gate;
        gate = new java.util.concurrent.CountDownLatch(1);
        server.close(); // a held job stays held (the worker is not interrupted): after a few seconds close gives up
        abandoned.add(old);
        old.countDown(); // now it ends, unrecorded, as if the process had died
        server = WebServer.create(db.store(), settings).start();
    }

    public int port() {
        return server.port();
    }

    public String base() {
        return "http://127.0.0.1:" + port();
    }

    public WebServer server() {
        return server;
    }

    public TestDatabase db() {
        return db;
    }

    /** A response with its body as text and, when it parses, as JSON. */
    public record Response(int status, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
    }

    public Response getWithToken(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", "Bearer " + token)
                .GET().build());
    }

    /** POST JSON, with the token when it is not null. */
    public Response post(String path, String json, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The id of the stored event whose evidence contains the words (through the API's own search). */
    public long eventId(String words) {
        JsonNode events = get("/api/events?text=" + java.net.URLEncoder.encode(words,
                java.nio.charset.StandardCharsets.UTF_8)).json().get("events");
        if (events.size() != 1) {
            throw new AssertionError(events.size() + " events say '" + words + "'");
        }
        return events.get(0).get("id").asLong();
    }

    @Override
    public void close() {
        server.close();
        db.close();
    }
}
