package org.entente.web.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.article.Article;

/**
 * What a submission asks for, as it is kept with its job ({@link JobStore}) until it has run: one posted article,
 * or the addresses of pages to fetch (fetched when the job runs, not when it is posted).
 *
 * @param article the posted article, or null
 * @param urls    the addresses to fetch, or empty
 */
public record SubmissionRequest(Article article, List<String> urls) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public SubmissionRequest {
        urls = urls == null ? List.of() : List.copyOf(urls);
        if ((article == null) == urls.isEmpty()) {
            throw new IllegalArgumentException("a submission is one article or some addresses");
        }
    }

    public static SubmissionRequest of(Article article) {
        return new SubmissionRequest(article, List.of());
    }

    public static SubmissionRequest ofUrls(List<String> urls) {
        return new SubmissionRequest(null, urls);
    }

    /** The request as JSON: {@code {"article": {"id","url","published","text"}}} or {@code {"urls": [...]}}. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        if (article != null) {
            ObjectNode a = root.putObject("article");
            a.put("id", article.id());
            a.put("url", article.url());
            a.put("published", article.published() == null ? null : article.published().toString());
            a.put("text", article.text());
        } else {
            ArrayNode list = root.putArray("urls");
            urls.forEach(list::add);
        }
        return root.toString();
    }

    /** The request {@link #toJson} wrote. */
    public static SubmissionRequest fromJson(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            JsonNode a = root.get("article");
            if (a != null) {
                return of(new Article(text(a, "id"), text(a, "url"),
                        text(a, "published") == null ? null : LocalDate.parse(text(a, "published")), text(a, "text")));
            }
            List<String> urls = new ArrayList<>();
            root.get("urls").forEach(u -> urls.add(u.asText()));
            return ofUrls(urls);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored submission is not readable: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
