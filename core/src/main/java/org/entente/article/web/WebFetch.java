package org.entente.article.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.entente.article.Article;
import org.entente.article.ItemCursor;
import org.entente.article.ReadItem;
import org.entente.article.feed.FeedItems;
import org.entente.article.html.HtmlPage;
import org.entente.article.warc.WarcArticles;

/**
 * Fetches an {@code http(s)} URL with the JDK's HttpClient and reads the response by its content type: an HTML
 * page is one article, an RSS/Atom feed one article per item, a WARC file its news pages, plain text one article.
 *
 * <p>Bounded: a connect timeout, a timeout for the whole response, at most {@link #MAX_BYTES} of body (larger
 * responses are refused, not truncated) and redirects followed only as the JDK's {@code NORMAL} policy allows
 * (never from https to http). A failure is one problem with the URL as origin, and the batch goes on.
 */
public final class WebFetch {

    /** The largest response body read. */
    public static final int MAX_BYTES = 64 << 20;

    private final HttpClient client;
    private final Duration timeout;

    /** 10 s to connect, 60 s for the whole response. */
    public WebFetch() {
        this(Duration.ofSeconds(10), Duration.ofSeconds(60));
    }

    public WebFetch(Duration connectTimeout, Duration timeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.timeout = timeout;
    }

    /** Whether an input names a URL this class fetches. */
    public static boolean isUrl(String input) {
        String s = input.toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    /** The items of the resource at {@code url}. */
    public ItemCursor open(String url, int maxChars) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return problem(url, "invalid URL: " + e.getMessage());
        }
        HttpResponse<InputStream> response;
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("User-Agent", "entente/0.1 (news event extraction)")
                    .header("Accept", "text/html, application/rss+xml, application/atom+xml, application/warc, "
                            + "text/plain;q=0.8, */*;q=0.1")
                    .GET().build();
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            return problem(url, "cannot fetch: timed out");
        } catch (IOException | IllegalArgumentException e) {
            return problem(url, "cannot fetch: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return problem(url, "cannot fetch: interrupted");
        }
        byte[] body;
        try (InputStream in = response.body()) {
            if (response.statusCode() < 200 || response.statusCode() >= 300) {
                return problem(url, "cannot fetch: HTTP " + response.statusCode());
            }
            body = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            return problem(url, "cannot fetch: " + e.getMessage());
        }
        if (body.length > MAX_BYTES) {
            return problem(url, "response over " + (MAX_BYTES >> 20) + " MB, not read");
        }
        String finalUrl = response.uri().toString();
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        return read(body, type, finalUrl, url, maxChars);
    }

    /** Dispatch by content type; for a generic XML type, by whether the document is a feed. */
    static ItemCursor read(byte[] body, String contentType, String url, String origin, int maxChars) {
        String base = contentType.split(";", 2)[0].strip();
        Charset charset = charset(contentType).orElse(null);
        if (base.equals("application/warc") || base.equals("application/warc+gzip")
                || base.isEmpty() && url.matches("(?i).*\\.warc(\\.gz)?$")) {
            return WarcArticles.open(new ByteArrayInputStream(body), origin, maxChars);
        }
        if (base.equals("application/rss+xml") || base.equals("application/atom+xml")
                || (base.endsWith("/xml") && looksLikeFeed(body))) {
            return new FeedItems(new ByteArrayInputStream(body), origin, maxChars);
        }
        if (base.equals("text/html") || base.equals("application/xhtml+xml") || base.isEmpty()) {
            return ItemCursor.of(HtmlPage.item(body, charset, url, url, null, origin, maxChars));
        }
        if (base.equals("text/plain")) {
            String text = new String(body, charset == null ? StandardCharsets.UTF_8 : charset).strip();
            if (text.isEmpty()) {
                return problem(origin, "empty response");
            }
            if (text.length() > maxChars) {
                return problem(origin, "article exceeds the limit of " + maxChars + " characters");
            }
            return ItemCursor.of(new ReadItem.ArticleRead(new Article(url, url, (LocalDate) null, text), origin));
        }
        return problem(origin, "unsupported content type: " + base);
    }

    private static boolean looksLikeFeed(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.UTF_8);
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
    }

    private static Optional<Charset> charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.startsWith("charset=")) {
                try {
                    return Optional.of(Charset.forName(p.substring(8).replace("\"", "").strip()));
                } catch (RuntimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static ItemCursor problem(String origin, String message) {
        return ItemCursor.of(new ReadItem.ReadProblem(origin, message.replaceAll("\\s+", " ").strip()));
    }
}
