package org.entente.article.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.entente.article.ItemCursor;
import org.entente.article.ReadItem;
import org.entente.article.html.HtmlPage;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The news pages of a WARC file (plain or gzip, as Common Crawl's CC-NEWS ships them), read with jwarc one
 * record at a time: each {@code response} record with a successful HTML payload is an article whose URL and id
 * are the record's target URI, and whose day is the page's own publication date, else the {@code WARC-Date}
 * of the capture.
 *
 * <p>Requests, metadata, redirects, errors and non-HTML payloads are not articles and are passed over silently.
 * Origins are {@code FILE@OFFSET}, the byte offset of the record, which is what WARC tools seek to. A record
 * that cannot be parsed is a problem at its offset; a file damaged beyond that point (a corrupt gzip member, a
 * truncated record) ends with one problem at the offset where reading stopped, after every good record before.
 */
public final class WarcArticles implements ItemCursor {

    /** Pages larger than this are not news articles (and would cost memory): skipped as a problem. */
    static final int MAX_PAGE_BYTES = 8 << 20;

    private final WarcReader reader;
    private final String origin;
    private final int maxChars;
    private boolean done;

    private WarcArticles(WarcReader reader, String origin, int maxChars) {
        this.reader = reader;
        this.origin = origin;
        this.maxChars = maxChars;
    }

    /** Opens a WARC file; a file that is not one is a single problem. */
    public static ItemCursor open(Path path, String origin, int maxChars) {
        try {
            return new WarcArticles(new WarcReader(path), origin, maxChars);
        } catch (IOException | RuntimeException e) {
            return ItemCursor.of(new ReadItem.ReadProblem(origin, "not a readable WARC file: " + message(e)));
        }
    }

    /** Reads a WARC stream (a fetched one). */
    public static ItemCursor open(InputStream in, String origin, int maxChars) {
        try {
            return new WarcArticles(new WarcReader(in), origin, maxChars);
        } catch (IOException | RuntimeException e) {
            return ItemCursor.of(new ReadItem.ReadProblem(origin, "not a readable WARC stream: " + message(e)));
        }
    }

    @Override
    public ReadItem next() {
        while (!done) {
            long at = reader.position();
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                done = true;
                return new ReadItem.ReadProblem(origin + "@" + at, "corrupt WARC record, rest of the file skipped: "
                        + message(e));
            }
            if (next.isEmpty()) {
                done = true;
                return null;
            }
            WarcRecord record = next.get();
            String where = origin + "@" + reader.position();
            if (!(record instanceof WarcResponse response)) {
                continue;
            }
            try {
                ReadItem item = page(response, where);
                if (item != null) {
                    return item;
                }
            } catch (IOException | RuntimeException e) {
                return new ReadItem.ReadProblem(where, "unreadable response record: " + message(e));
            }
        }
        return null;
    }

    /** The article of an HTML response, null for a record that holds none. */
    private ReadItem page(WarcResponse response, String where) throws IOException {
        if (!response.contentType().base().equals(MediaType.HTTP)) {
            return null;
        }
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() >= 300) {
            return null;
        }
        MediaType type = http.contentType();
        String base = type == null ? "" : type.type() + "/" + type.subtype();
        if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
            return null;
        }
        byte[] bytes;
        try (InputStream in = http.body().stream()) {
            bytes = in.readNBytes(MAX_PAGE_BYTES + 1);
        }
        if (bytes.length > MAX_PAGE_BYTES) {
            return new ReadItem.ReadProblem(where, "page over " + (MAX_PAGE_BYTES >> 20) + " MB, skipped");
        }
        String url = response.target();
        LocalDate captured = response.date().atOffset(ZoneOffset.UTC).toLocalDate();
        return HtmlPage.item(bytes, charset(type), url, url, captured, where, maxChars);
    }

    private static Charset charset(MediaType type) {
        String name = type.parameters().get("charset");
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null; // the page's own meta tag, else UTF-8
        }
    }

    private static String message(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 160 ? m.substring(0, 157) + "..." : m;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // read-only: nothing is lost
        }
    }
}
