package org.entente.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.entente.article.Article;
import org.entente.extract.Extractor;
import org.entente.store.article.ArticleIdentity;
import org.entente.web.http.ApiException;
import org.entente.web.http.RouteTable;
import org.entente.web.http.ErrorResponses;
import org.entente.web.submit.JobView;
import org.entente.web.submit.SubmissionJob;
import org.entente.web.submit.SubmissionQueue;
import org.entente.web.submit.SubmissionRequest;
import org.entente.web.submit.PageFetcher;

/**
 * {@code POST /api/articles}: an article as {@code entente extract} reads it ({@code {"id","url","published",
 * "text"}}), or {@code {"urls": [...]}} to fetch and store pages. The request is checked at once (400, 413, 415)
 * and queued ({@link SubmissionQueue}, kept in the knowledge base across restarts): 202 with the job, whose
 * {@code GET /api/jobs/{id}} tells each article's outcome and stored event ids once extracted (seconds an article);
 * 503 with {@code Retry-After} when the queue is full.
 */
public final class ArticleRoutes {

    /** Addresses per request: each is fetched and extracted while the client waits. */
    public static final int MAX_URLS = 10;

    private final ObjectMapper json;
    private final SubmissionQueue queue;
    private final PageFetcher fetcher;

    /** @param fetcher checks the addresses when they are posted (the queue's worker fetches them) */
    public ArticleRoutes(ObjectMapper json, SubmissionQueue queue, PageFetcher fetcher) {
        this.json = json;
        this.queue = queue;
        this.fetcher = fetcher;
    }

    public void register(RouteTable routes) {
        routes.post("/api/articles", this::post);
        routes.get("/api/jobs/{id}", this::job);
    }

    private void job(Context ctx) {
        long id = Params.id(ctx);
        SubmissionJob job = queue.job(id).orElseThrow(() -> ApiException.notFound("no job " + id
                + " (finished jobs are kept for the last " + SubmissionQueue.KEPT_JOBS + " submissions)"));
        ctx.json(JobView.of(job, queue));
    }

    private void post(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.startsWith("application/json")) {
            throw new ApiException(415, "send the article as application/json");
        }
        JsonNode body;
        try {
            body = json.readTree(ctx.bodyAsBytes());
        } catch (java.io.IOException e) {
            throw ApiException.badRequest("the body is not JSON");
        }
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object: an article or {\"urls\": [...]}");
        }
        SubmissionRequest request;
        if (body.has("urls")) {
            JsonNode urls = body.get("urls");
            if (!urls.isArray() || urls.isEmpty() || urls.size() > MAX_URLS) {
                throw ApiException.badRequest("urls: a list of 1 to " + MAX_URLS + " addresses");
            }
            List<String> addresses = new ArrayList<>();
            for (JsonNode u : urls) {
                if (!u.isTextual()) {
                    throw ApiException.badRequest("urls: every address must be a string");
                }
                fetcher.check(u.asText());
                addresses.add(u.asText());
            }
            // fetched by the worker: a slow site holds the queue, not the request
            request = SubmissionRequest.ofUrls(addresses);
        } else {
            request = SubmissionRequest.of(article(body));
        }
        SubmissionJob job;
        try {
            job = queue.submit(request);
        } catch (SubmissionQueue.Full e) {
            ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
            ErrorResponses.write(ctx, 503, "busy: " + queue.waiting() + " submissions are waiting; try again in "
                    + e.retryAfterSeconds() + " s");
            return;
        }
        ctx.status(202).header("Location", "/api/jobs/" + job.id()).json(JobView.of(job, queue));
    }

    private static Article article(JsonNode body) {
        String text = string(body, "text");
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("text: required, the article's body");
        }
        if (text.length() > Extractor.MAX_CHARS) {
            throw ApiException.badRequest("text: longer than " + Extractor.MAX_CHARS + " characters");
        }
        String url = string(body, "url");
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            throw ApiException.badRequest("url: '" + url + "' is not an http(s) address");
        }
        String published = string(body, "published");
        LocalDate date = null;
        if (published != null) {
            try {
                date = LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("published: '" + published + "' is not a date (YYYY-MM-DD)");
            }
        }
        String id = string(body, "id");
        if (id == null) {
            id = url != null ? url : "web-" + ArticleIdentity.of(new Article("", null, date, text)).contentHash()
                    .substring(0, 12);
        }
        return new Article(id, url, date, text);
    }

    private static String string(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiException.badRequest(field + ": must be a string");
        }
        return v.asText();
    }
}
