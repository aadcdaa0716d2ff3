package org.entente.article.warc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.entente.article.ItemCursor;
import org.entente.article.ReadItem;
import org.entente.article.html.HtmlPage;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
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
 * that cannot be parsed is a problem at its offset. When reading breaks down (a corrupt gzip member, a damaged
 * header), a file is searched forward for the next record that starts cleanly (a gzip member that inflates to
 * {@code WARC/1.}, or a {@code WARC/1.} line in a plain file) and read on from there, the skipped byte range being
 * one problem: one bad member costs its own records, not the rest of a CC-NEWS file. A stream (a fetched WARC)
 * cannot be searched again past jwarc's read-ahead, so there the damage ends the stream with one problem.
 */
public final class WarcArticles implements ItemCursor {

    /** Pages larger than this are not news articles (and would cost memory): skipped as a problem. */
    static final int MAX_PAGE_BYTES = 8 << 20;

    /** How far past the damage the next record is searched for, in bytes read at a time. */
    private static final int SCAN_CHUNK = 1 << 16;
    private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

    private final WarcReader reader;
    private final Path file;
    private final String origin;
    private final int maxChars;
    /** A record read while resynchronising, to be handled before reading on. */
    private WarcRecord pending;
    private boolean done;

    private WarcArticles(WarcReader reader, Path file, String origin, int maxChars) {
        this.reader = reader;
        this.file = file;
        this.origin = origin;
        this.maxChars = maxChars;
    }

    /** Opens a WARC file; a file that is not one is a single problem. */
    public static ItemCursor open(Path path, String origin, int maxChars) {
        try {
            return new WarcArticles(new WarcReader(path), path, origin, maxChars);
        } catch (IOException | RuntimeException e) {
            return ItemCursor.of(new ReadItem.ReadProblem(origin, "not a readable WARC file: " + message(e)));
        }
    }

    /** Reads a WARC stream (a fetched one). */
    public static ItemCursor open(InputStream in, String origin, int maxChars) {
        try {
            return new WarcArticles(new WarcReader(in), null, origin, maxChars);
        } catch (IOException | RuntimeException e) {
            return ItemCursor.of(new ReadItem.ReadProblem(origin, "not a readable WARC stream: " + message(e)));
        }
    }

    @Override
    public ReadItem next() {
        while (!done) {
            WarcRecord record = pending;
            pending = null;
            if (record == null) {
                long at = reader.position();
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    return resync(at, e);
                }
                if (next.isEmpty()) {
                    done = true;
                    return null;
                }
                record = next.get();
            }
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

    /**
     * After reading failed past the record at {@code last}: reading resumes at the first clean record start after
     * it that yields a record (kept in {@link #pending}), and the bytes from the end of the last good record up to
     * there are one problem. Without such a start (or for a stream) the file ends with one problem.
     */
    private ReadItem resync(long last, Exception e) {
        long damaged = last;
        if (file != null) {
            try {
                damaged = endOf(last);
                for (long from = nextRecordStart(last + 1); from >= 0; from = nextRecordStart(from + 1)) {
                    try {
                        reader.position(from);
                        Optional<WarcRecord> r = reader.next();
                        if (r.isEmpty()) {
                            break;
                        }
                        pending = r.get();
                        damaged = Math.min(damaged, from);
                        return new ReadItem.ReadProblem(origin + "@" + damaged, "corrupt WARC record, bytes "
                                + damaged + " to " + from + " skipped, reading resumes at the next record: "
                                + message(e));
                    } catch (IOException | RuntimeException again) {
                        // not a readable record either: search on
                    }
                }
            } catch (IOException | RuntimeException x) {
                // the file itself cannot be searched: give up on it as below
            }
        }
        done = true;
        return new ReadItem.ReadProblem(origin + "@" + damaged, "corrupt WARC record, rest of the file skipped: "
                + message(e));
    }

    /**
     * Where the good record at {@code start} ends, i.e. where the damage begins: the next gzip member header (a
     * damaged member's header is usually intact), or in a plain file its header, its Content-Length and the two
     * line breaks after it.
     */
    private long endOf(long start) throws IOException {
        try (FileChannel ch = FileChannel.open(file)) {
            ByteBuffer buf = ByteBuffer.allocate(SCAN_CHUNK);
            ch.read(buf, start);
            byte[] b = Arrays.copyOf(buf.array(), buf.position());
            if (reader.compression() == WarcCompression.GZIP) {
                for (int i = 1; i + 2 < b.length; i++) {
                    if (b[i] == 0x1f && b[i + 1] == (byte) 0x8b && b[i + 2] == 8) {
                        return start + i;
                    }
                }
                return start;
            }
            String head = new String(b, StandardCharsets.ISO_8859_1);
            int end = head.indexOf("\r\n\r\n");
            Matcher m = Pattern.compile("(?im)^Content-Length:\\s*(\\d+)")
                    .matcher(end < 0 ? "" : head.substring(0, end));
            return end >= 0 && m.find() ? start + end + 4 + Long.parseLong(m.group(1)) + 4 : start;
        }
    }

    /** The offset of the first clean record start at or after {@code from}, or -1. */
    private long nextRecordStart(long from) throws IOException {
        boolean gzip = reader.compression() == WarcCompression.GZIP;
        try (FileChannel ch = FileChannel.open(file)) {
            ByteBuffer buf = ByteBuffer.allocate(SCAN_CHUNK);
            for (long base = from; base < ch.size(); base += SCAN_CHUNK - WARC_MAGIC.length) {
                buf.clear();
                ch.read(buf, base);
                byte[] b = Arrays.copyOf(buf.array(), buf.position());
                for (int i = 0; i + WARC_MAGIC.length <= b.length; i++) {
                    if (gzip ? b[i] == 0x1f && b[i + 1] == (byte) 0x8b && b[i + 2] == 8 && inflatesToWarc(ch, base + i)
                            : startsWith(b, i, WARC_MAGIC) && (base + i == 0 || lineStart(ch, base + i))) {
                        return base + i;
                    }
                }
                if (b.length < SCAN_CHUNK) {
                    break;
                }
            }
        }
        return -1;
    }

    /** Whether a gzip member starts here whose content is a WARC record (not three bytes of chance in data). */
    private static boolean inflatesToWarc(FileChannel ch, long at) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(SCAN_CHUNK);
        ch.read(head, at);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head.array(), 0, head.position()))) {
            return Arrays.equals(in.readNBytes(WARC_MAGIC.length), WARC_MAGIC);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean lineStart(FileChannel ch, long at) throws IOException {
        ByteBuffer prev = ByteBuffer.allocate(1);
        ch.read(prev, at - 1);
        return prev.get(0) == '\n';
    }

    private static boolean startsWith(byte[] b, int i, byte[] prefix) {
        for (int k = 0; k < prefix.length; k++) {
            if (b[i + k] != prefix[k]) {
                return false;
            }
        }
        return true;
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
