package org.entente.web.submit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.entente.article.Article;
import org.entente.web.http.ApiException;

/**
 * Fetches an article posted by address: http(s) only, bounded time and size, HTML reduced to its text (scripts,
 * styles and tags dropped, the common entities decoded). A crude reading of HTML, enough for a news page's
 * paragraphs; a real boilerplate remover is future work.
 */
public final class PageFetcher {

    /** Bytes read at most from one page. */
    public static final int MAX_BYTES = 2_000_000;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /**
     * The address as a URI, when it is one that can be fetched: checked when the request arrives, before the
     * fetch waits in the queue. @throws ApiException 400 otherwise
     */
    public URI check(String address) {
        URI uri;
        try {
            uri = URI.create(address.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("not a URL: " + address);
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw ApiException.badRequest("only http and https addresses can be fetched: " + address);
        }
        return uri;
    }

    /** The article at the address. @throws ApiException 400 for a bad address, 502 when it cannot be read */
    public Article fetch(String address) {
        URI uri = check(address);
        try {
            HttpResponse<InputStream> r = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                    .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = r.body()) {
                body = in.readNBytes(MAX_BYTES);
            }
            if (r.statusCode() != 200) {
                throw new ApiException(502, address + " answered " + r.statusCode());
            }
            String text = new String(body, StandardCharsets.UTF_8);
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (type.contains("html") || text.stripLeading().startsWith("<")) {
                text = textOf(text);
            }
            return new Article(address, address, LocalDate.now(), text);
        } catch (IOException e) {
            throw new ApiException(502, "cannot fetch " + address + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "interrupted while fetching " + address);
        }
    }

    /** The text of an HTML page, paragraphs on their own lines. */
    static String textOf(String html) {
        return html.replaceAll("(?is)<(script|style|noscript)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?i)<(br|/p|/div|/h[1-6]|/li)[^>]*>", "\n")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&nbsp;", " ").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\n[\n ]*", "\n\n").strip();
    }
}
