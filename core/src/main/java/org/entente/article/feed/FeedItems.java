package org.entente.article.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.entente.article.Article;
import org.entente.article.ItemCursor;
import org.entente.article.ReadItem;
import org.entente.article.html.HtmlArticle;

/**
 * The items of an RSS or Atom feed (Rome reads every version), each an article: its link is the URL and the
 * id, its title and its content (else its description) the text, its publication (else update) date the day.
 *
 * <p>Feeds carry HTML in their content and descriptions; it is reduced to text the way a page is. An item
 * without any text is a problem of its own ({@code FEED:item N}); a feed that is not well-formed XML (a
 * truncated download) is one problem for the whole feed, since XML cannot be read past the damage.
 */
public final class FeedItems implements ItemCursor {

    private final String origin;
    private final int maxChars;
    private final Iterator<SyndEntry> entries;
    private final ReadItem failure;
    private int n;
    private boolean failed;

    /** Parses the whole feed at once (feeds are small); the stream is closed. */
    public FeedItems(InputStream in, String origin, int maxChars) {
        this.origin = origin;
        this.maxChars = maxChars;
        Iterator<SyndEntry> list = List.<SyndEntry>of().iterator();
        ReadItem problem = null;
        try (in; XmlReader xml = new XmlReader(in)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            SyndFeed feed = input.build(xml);
            list = feed.getEntries().iterator();
            if (feed.getEntries().isEmpty()) {
                problem = new ReadItem.ReadProblem(origin, "feed without items");
            }
        } catch (FeedException | IOException | RuntimeException e) {
            problem = new ReadItem.ReadProblem(origin, "not a readable RSS/Atom feed: " + oneLine(e.getMessage()));
        }
        this.entries = list;
        this.failure = problem;
    }

    @Override
    public ReadItem next() {
        if (failure != null) {
            if (failed) {
                return null;
            }
            failed = true;
            return failure;
        }
        if (!entries.hasNext()) {
            return null;
        }
        SyndEntry e = entries.next();
        n++;
        String where = origin + ":item " + n;
        try {
            return item(e, where);
        } catch (RuntimeException ex) {
            return new ReadItem.ReadProblem(where, "unreadable item: " + oneLine(String.valueOf(ex)));
        }
    }

    private ReadItem item(SyndEntry e, String where) {
        StringBuilder html = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null) {
                html.append(c.getValue()).append('\n');
            }
        }
        if (html.toString().isBlank() && e.getDescription() != null && e.getDescription().getValue() != null) {
            html.append(e.getDescription().getValue());
        }
        String body = HtmlArticle.parse("<body>" + html + "</body>", e.getLink()).text();
        String title = e.getTitle() == null ? "" : e.getTitle().strip();
        String text = title.isEmpty() || body.startsWith(title) ? body : title + "\n" + body;
        if (text.isBlank()) {
            return new ReadItem.ReadProblem(where, "item without text");
        }
        if (text.length() > maxChars) {
            return new ReadItem.ReadProblem(where, String.format(Locale.ROOT,
                    "article of %,d characters exceeds the limit of %,d", text.length(), maxChars));
        }
        String link = e.getLink() == null || e.getLink().isBlank() ? null : e.getLink().strip();
        String id = link != null ? link : e.getUri() != null && !e.getUri().isBlank() ? e.getUri() : where;
        Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        LocalDate day = date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        return new ReadItem.ArticleRead(new Article(id, link, day, text.strip()), where);
    }

    private static String oneLine(String s) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return t.length() > 160 ? t.substring(0, 157) + "..." : t;
    }

    @Override
    public void close() {
        // the stream was read and closed by the constructor
    }
}
