package org.entente.article.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.entente.article.Article;
import org.entente.article.ItemCursor;
import org.entente.article.ReadItem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One web page read as one article, wherever its bytes come from: an {@code .html} file, a WARC response
 * record or an HTTP response.
 *
 * <p>The charset is the one the caller knows (an HTTP {@code Content-Type}), else the page's own
 * {@code <meta charset>}, else UTF-8 (jsoup decides). A page with no text, or more text than the extractor
 * takes, is a problem, not an article.
 */
public final class HtmlPage {

    private HtmlPage() {
    }

    /** The article of an HTML file; the id is the file name without its extension, the URL its canonical link. */
    public static ItemCursor file(Path path, String origin, int maxChars) {
        try (InputStream in = Files.newInputStream(path)) {
            Document doc = Jsoup.parse(in, null, "");
            String name = path.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String id = dot > 0 ? name.substring(0, dot) : name;
            String canonical = doc.select("link[rel=canonical]").attr("href");
            return ItemCursor.of(item(doc, id, canonical.isBlank() ? null : canonical, null, origin, maxChars));
        } catch (IOException e) {
            return ItemCursor.of(new ReadItem.ReadProblem(origin, "cannot read: " + e.getMessage()));
        }
    }

    /**
     * Parses page bytes into an article.
     *
     * @param charset      from the transport, or null to let the page say
     * @param url          the page's address (also its id), may be null for a local file
     * @param fallbackDate the day to use when the page states none (a WARC record's date), may be null
     */
    public static ReadItem item(byte[] bytes, Charset charset, String id, String url, LocalDate fallbackDate,
            String origin, int maxChars) {
        Document doc;
        try {
            doc = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), charset == null ? null : charset.name(),
                    url == null ? "" : url);
        } catch (IOException | RuntimeException e) {
            return new ReadItem.ReadProblem(origin, "not readable as HTML: " + e.getMessage());
        }
        return item(doc, id, url, fallbackDate, origin, maxChars);
    }

    private static ReadItem item(Document doc, String id, String url, LocalDate fallbackDate, String origin,
            int maxChars) {
        HtmlArticle page = HtmlArticle.of(doc);
        if (page.text().isBlank()) {
            return new ReadItem.ReadProblem(origin, "no article text in the page");
        }
        if (page.text().length() > maxChars) {
            return new ReadItem.ReadProblem(origin, String.format(Locale.ROOT,
                    "article of %,d characters exceeds the limit of %,d", page.text().length(), maxChars));
        }
        LocalDate published = page.published() != null ? page.published() : fallbackDate;
        return new ReadItem.ArticleRead(new Article(id, url, published, page.text()), origin);
    }
}
