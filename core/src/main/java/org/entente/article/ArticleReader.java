package org.entente.article;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.entente.article.feed.FeedItems;
import org.entente.article.html.HtmlPage;
import org.entente.article.warc.WarcArticles;
import org.entente.article.web.WebFetch;
import org.entente.extract.Extractor;

/**
 * Reads articles from files, directories and standard input, one {@link ReadItem} at a time.
 *
 * <p>Inputs are paths, or {@code "-"} for standard input (also what no input at all means):
 * <ul>
 *   <li><b>JSON lines</b> ({@code .jsonl}, {@code .ndjson}, {@code .json}): one object
 *       {@code {"id", "url", "published", "text"}} per line; {@code published} is {@code "YYYY-MM-DD"},
 *       an ISO date-time (its date part is taken) or null. Blank lines are ignored. A record without an
 *       {@code id} gets {@code FILESTEM-LINE}. Origin: {@code FILE:LINE}.</li>
 *   <li><b>Text</b> ({@code .txt}, {@code .text}): one article per file, whose first line may be a
 *       header {@code " date YYYY-MM-DD"} (leading space optional); the body follows. The id is the file
 *       name without its extension ({@code "stdin"} for standard input). Origin: {@code FILE}.</li>
 *   <li><b>Directories</b> are walked recursively in sorted path order; files with other extensions and
 *       hidden files ({@code .name}) are skipped (logged at debug level). Symbolic links to directories
 *       are not followed.</li>
 *   <li><b>HTML</b> ({@code .html}, {@code .htm}): one article per page, its main text, title and publication
 *       date ({@link HtmlPage}). Origin: {@code FILE}.</li>
 *   <li><b>RSS and Atom feeds</b> ({@code .rss}, {@code .atom}, {@code .xml}): one article per item
 *       ({@link FeedItems}). Origin: {@code FILE:item N}.</li>
 *   <li><b>WARC</b> ({@code .warc}, {@code .warc.gz}): one article per HTML response record ({@link WarcArticles}).
 *       Origin: {@code FILE@OFFSET}.</li>
 *   <li><b>URLs</b> ({@code http://}, {@code https://}): fetched and read by content type ({@link WebFetch}).
 *       Origin: the URL (with {@code :item N} or {@code @OFFSET} for feeds and WARC files).</li>
 *   <li>A file named explicitly with another extension is sniffed: gzip or {@code WARC/} is WARC, markup is a
 *       feed when it has {@code <rss>}, {@code <feed>} or {@code <rdf:RDF>}, HTML otherwise; else it is read,
 *       like standard input, as JSON lines when
 *       their first non-blank character is <code>{</code>, as text otherwise.</li>
 * </ul>
 *
 * <p>Reading streams: files are opened one at a time and JSON lines are parsed one at a time, and no
 * line is held beyond a bound derived from the size limit, so a huge input costs little memory.
 * Nothing stops the batch: each unreadable or invalid input becomes a {@link ReadItem.ReadProblem}
 * with a one-line message (missing or unreadable file, binary content, invalid UTF-8, malformed JSON,
 * a record without text, an empty file, an article over {@code maxChars}), and reading goes on.
 *
 * <pre>{@code
 * try (Stream<ReadItem> items = new ArticleReader().read(List.of("corpus/", "more.jsonl"))) {
 *     items.forEach(item -> {
 *         if (item instanceof ReadItem.ArticleRead a) {
 *             process(a.article());
 *         } else if (item instanceof ReadItem.ReadProblem p) {
 *             System.err.println(p.origin() + ": " + p.message());
 *         }
 *     });
 * }
 * }</pre>
 * Instances are immutable and may be reused; standard input
 * can of course be read only once.
 */
public final class ArticleReader {

    /** The input name that stands for standard input. */
    public static final String STDIN = "-";
    /** How standard input appears in origins. */
    public static final String STDIN_ORIGIN = "<stdin>";

    private static final System.Logger LOG = System.getLogger(ArticleReader.class.getName());
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Pattern HEADER =
            Pattern.compile("\\s*date:?\\s+(\\d{4}-\\d{2}-\\d{2})\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_PREFIX = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?");
    /** Bytes examined to decide whether a file is binary and which format it is in. */
    private static final int SNIFF_BYTES = 8192;
    private static final int MAX_MESSAGE = 160;

    private enum Format { JSONL, TEXT, HTML, FEED, WARC, URL, SNIFF }

    /** What {@link #plan} found for one input: a file (or stdin) to read, or a problem. */
    private sealed interface Planned permits Source, Failed {
    }

    /** @param path null for standard input */
    private record Source(String name, Path path, Format format) implements Planned {
    }

    private record Failed(ReadItem.ReadProblem problem) implements Planned {
    }

    private final InputStream stdin;
    private final int maxChars;
    private WebFetch web;

    /** A reader of standard input and files, refusing articles over {@link Extractor#MAX_CHARS}. */
    public ArticleReader() {
        this(System.in, Extractor.MAX_CHARS);
    }

    /**
     * @param stdin    what {@code "-"} reads
     * @param maxChars longest article text accepted, in characters
     */
    public ArticleReader(InputStream stdin, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        this.stdin = stdin;
        this.maxChars = maxChars;
    }

    /** {@link #read(List)} of the given inputs. */
    public Stream<ReadItem> read(String... inputs) {
        return read(List.of(inputs));
    }

    /**
     * Reads the inputs in order, lazily. Directories are listed at once; files are opened as the stream
     * is consumed. Close the stream (try-with-resources) to release a file left open by an early stop.
     *
     * @param inputs paths of files or directories, or {@code "-"} for standard input; empty means stdin
     */
    public Stream<ReadItem> read(List<String> inputs) {
        Items items = new Items(plan(inputs));
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(items::close);
    }

    /**
     * About how many items {@link #read(List)} will yield, cheaply (by counting non-blank lines of JSON
     * files), for progress reporting; empty when standard input is among the inputs.
     */
    public OptionalLong estimateCount(List<String> inputs) {
        long total = 0;
        for (Planned p : plan(inputs)) {
            if (p instanceof Source s) {
                if (s.format() == Format.URL) {
                    total++;
                    continue;
                }
                if (s.path() == null) {
                    return OptionalLong.empty();
                }
                total += s.format() != Format.JSONL && s.format() != Format.SNIFF ? 1 : Math.max(1, countJsonLines(s.path(), s.format()));
            } else {
                total++;
            }
        }
        return OptionalLong.of(total);
    }

    /** Non-blank lines of a JSON lines file; 1 for a file to sniff that does not start like JSON. */
    private static long countJsonLines(Path path, Format format) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] buf = new byte[1 << 16];
            long lines = 0;
            boolean content = false;
            boolean first = true;
            int r;
            while ((r = in.read(buf)) > 0) {
                for (int i = 0; i < r; i++) {
                    byte b = buf[i];
                    if (b == '\n') {
                        content = false;
                    } else if (!content && b != ' ' && b != '\t' && b != '\r') {
                        if (first && format == Format.SNIFF && b != '{' && b != (byte) 0xEF) {
                            return 1; // text, or something that will be one problem
                        }
                        first = false;
                        content = true;
                        lines++;
                    }
                }
            }
            return lines;
        } catch (IOException | UncheckedIOException e) {
            return 1;
        }
    }

    // ---------------------------------------------------------------- planning

    private List<Planned> plan(List<String> inputs) {
        List<Planned> out = new ArrayList<>();
        if (inputs.isEmpty()) {
            out.add(new Source(STDIN_ORIGIN, null, Format.SNIFF));
        }
        for (String input : inputs) {
            if (input.equals(STDIN)) {
                out.add(new Source(STDIN_ORIGIN, null, Format.SNIFF));
                continue;
            }
            if (WebFetch.isUrl(input)) {
                out.add(new Source(input, null, Format.URL));
                continue;
            }
            Path path;
            try {
                path = Path.of(input);
            } catch (InvalidPathException e) {
                out.add(new Failed(new ReadItem.ReadProblem(input, "invalid path: " + e.getReason())));
                continue;
            }
            if (Files.isDirectory(path)) {
                walk(path, out);
            } else {
                Format f = formatOf(path);
                out.add(new Source(input, path, f == null ? Format.SNIFF : f));
            }
        }
        return out;
    }

    private static Format formatOf(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return Format.JSONL;
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return Format.TEXT;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Format.HTML;
        }
        if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
            return Format.FEED;
        }
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return Format.WARC;
        }
        return null;
    }

    private static void walk(Path root, List<Planned> out) {
        TreeMap<Path, Planned> found = new TreeMap<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && hidden(dir)) {
                        LOG.log(System.Logger.Level.DEBUG, "skipping hidden directory {0}", dir);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Format f = formatOf(file);
                    if (hidden(file) || f == null || attrs.isDirectory()) {
                        LOG.log(System.Logger.Level.DEBUG, "skipping {0}: not an article file", file);
                    } else {
                        found.put(file, new Source(file.toString(), file, f));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.put(file, new Failed(new ReadItem.ReadProblem(file.toString(), describe(e))));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.put(root, new Failed(new ReadItem.ReadProblem(root.toString(), describe(e))));
        }
        if (found.isEmpty()) {
            found.put(root, new Failed(new ReadItem.ReadProblem(root.toString(),
                    "no article files (.jsonl, .ndjson, .json, .txt, .text, .html, .htm, .rss, .atom, .xml, .warc, .warc.gz) in this directory")));
        }
        out.addAll(found.values());
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** A one-line reason for an I/O failure. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "cannot read: no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read: permission denied";
        }
        if (e instanceof FileSystemLoopException) {
            return "cannot read: file system loop";
        }
        if (e instanceof NotDirectoryException) {
            return "cannot read: not a directory";
        }
        String m = e.getMessage();
        return "cannot read: " + oneLine(m == null ? e.getClass().getSimpleName() : m);
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > MAX_MESSAGE ? t.substring(0, MAX_MESSAGE - 3) + "..." : t;
    }

    private static ReadItem.ReadProblem problem(String origin, String message) {
        return new ReadItem.ReadProblem(origin, message);
    }

    // ---------------------------------------------------------------- reading

    /** The iterator behind {@link #read(List)}: one source open at a time. */
    private final class Items implements Iterator<ReadItem>, Closeable {
        private final Deque<Planned> plan;
        private ItemCursor cursor;
        private String cursorName;
        private ReadItem ahead;

        Items(List<Planned> plan) {
            this.plan = new ArrayDeque<>(plan);
        }

        @Override
        public boolean hasNext() {
            while (ahead == null) {
                if (cursor != null) {
                    try {
                        ahead = cursor.next();
                    } catch (IOException | UncheckedIOException e) {
                        IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                        ahead = problem(cursorName, "read error: " + describe(io).replaceFirst("^cannot read: ", ""));
                        closeCursor();
                        continue;
                    }
                    if (ahead == null) {
                        closeCursor();
                    }
                } else if (plan.isEmpty()) {
                    return false;
                } else {
                    Planned p = plan.poll();
                    if (p instanceof Failed f) {
                        ahead = f.problem();
                    } else {
                        Source s = (Source) p;
                        cursorName = s.name();
                        cursor = open(s);
                    }
                }
            }
            return true;
        }

        @Override
        public ReadItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ReadItem item = ahead;
            ahead = null;
            return item;
        }

        private void closeCursor() {
            if (cursor != null) {
                cursor.close();
                cursor = null;
            }
        }

        @Override
        public void close() {
            closeCursor();
            plan.clear();
        }
    }

    /** Opens a source and decides how to read it; failures become a single problem. */
    private ItemCursor open(Source s) {
        switch (s.format()) {
            case URL:
                return web().open(s.name(), maxChars);
            case WARC:
                return WarcArticles.open(s.path(), s.name(), maxChars);
            case HTML:
                return HtmlPage.file(s.path(), s.name(), maxChars);
            case FEED:
                try {
                    return new FeedItems(Files.newInputStream(s.path()), s.name(), maxChars);
                } catch (IOException e) {
                    return ItemCursor.of(problem(s.name(), describe(e)));
                }
            default:
                break;
        }
        if (s.path() != null && s.format() == Format.SNIFF) {
            Format sniffed = sniffMarkup(s.path());
            if (sniffed != null) {
                return open(new Source(s.name(), s.path(), sniffed));
            }
        }
        InputStream in;
        try {
            in = s.path() == null ? new FilterInputStream(stdin) {
                @Override
                public void close() {
                    // standard input stays open for whoever else reads it
                }
            } : Files.newInputStream(s.path());
        } catch (IOException e) {
            return ItemCursor.of(problem(s.name(), describe(e)));
        }
        LineReader lines = new LineReader(in, 1);
        try {
            byte[] head = lines.peek(SNIFF_BYTES);
            if (head.length == 0) {
                lines.close();
                return ItemCursor.of(problem(s.name(), "empty file"));
            }
            int bom = 0;
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                bom = 3;
            } else if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                    || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
                lines.close();
                return ItemCursor.of(problem(s.name(), "UTF-16 text; only UTF-8 is read"));
            }
            String binary = binary(head);
            if (binary != null) {
                lines.close();
                return ItemCursor.of(problem(s.name(), binary));
            }
            lines.skip(bom);
            int first = firstNonBlank(head, bom);
            Format format = s.format();
            if (format == Format.SNIFF) {
                format = first == '{' ? Format.JSONL : Format.TEXT;
            }
            if (format == Format.JSONL && first == '[') {
                lines.close();
                return ItemCursor.of(problem(s.name(), "a JSON array; expected JSON lines (one object per line)"));
            }
            return format == Format.JSONL ? new JsonLines(s, lines) : new TextFile(s, lines);
        } catch (IOException e) {
            try {
                lines.close();
            } catch (IOException ignored) {
                // reported below
            }
            return ItemCursor.of(problem(s.name(), describe(e)));
        }
    }

    /** WARC (plain or gzip), a feed or an HTML page, by the first bytes of a file named without a known extension. */
    private static Format sniffMarkup(Path path) {
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(2048);
        } catch (IOException e) {
            return null; // open() reports it
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return Format.WARC; // gzip: the only compressed input read is a .warc.gz
        }
        String text = new String(head, StandardCharsets.UTF_8).stripLeading();
        if (text.startsWith("WARC/")) {
            return Format.WARC;
        }
        if (!text.startsWith("<")) {
            return null;
        }
        return text.contains("<rss") || text.contains("<feed") || text.contains("<rdf:RDF") ? Format.FEED : Format.HTML;
    }

    private WebFetch web() {
        if (web == null) {
            web = new WebFetch();
        }
        return web;
    }

    private static int firstNonBlank(byte[] head, int from) {
        for (int i = from; i < head.length; i++) {
            byte b = head[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != '\f') {
                return b;
            }
        }
        return -1;
    }

    /** Why the first bytes of a file look binary, or null when they look like text. */
    static String binary(byte[] head) {
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return "binary file (NUL bytes)";
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B || b == 0x7F) {
                control++;
            }
        }
        // an incomplete character at the end of the sample is not evidence
        int n = head.length;
        for (int k = 0; k < 3 && n > 0 && (head[n - 1] & 0x80) != 0; k++) {
            n--;
        }
        int replaced = 0;
        String text = new String(head, 0, n, StandardCharsets.UTF_8); // replaces malformed input with U+FFFD
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\uFFFD') {
                replaced++;
            }
        }
        if ((control + replaced) * 10 > Math.max(1, text.length())) {
            return "binary file (mostly non-text bytes)";
        }
        return null;
    }

    /** {@code FILE:LINE} problems and articles of a JSON lines source. */
    private final class JsonLines implements ItemCursor {
        private final Source source;
        private final LineReader lines;
        private boolean any;
        private boolean done;

        JsonLines(Source source, LineReader lines) {
            this.source = source;
            this.lines = lines;
            // escapes make a JSON line at most 6 bytes per character of text; the rest is headroom for id and url
            lines.cap((int) Math.min(Integer.MAX_VALUE - 16, 6L * maxChars + 65_536));
        }

        @Override
        public ReadItem next() throws IOException {
            if (done) {
                return null;
            }
            LineReader.Line line;
            while ((line = lines.next()) != null) {
                if (line.size() == 0 || !line.truncated() && line.blank()) {
                    continue;
                }
                any = true;
                String origin = source.name() + ":" + line.number();
                try {
                    return parse(line, origin);
                } catch (RuntimeException e) {
                    return problem(origin, "unexpected error: " + oneLine(String.valueOf(e)));
                }
            }
            done = true;
            return any ? null : problem(source.name(), "empty file");
        }

        private ReadItem parse(LineReader.Line line, String origin) {
            if (line.truncated()) {
                return problem(origin, String.format(Locale.ROOT,
                        "line of %,d bytes is too large for an article (the limit is %,d characters)",
                        line.size(), maxChars));
            }
            if (line.hasNul()) {
                return problem(origin, "binary content (NUL byte)");
            }
            String s;
            try {
                s = lines.decode(line.bytes());
            } catch (LineReader.MalformedException e) {
                return problem(origin, invalidUtf8(e));
            }
            JsonNode node;
            try {
                node = JSON.readTree(s);
            } catch (JsonProcessingException e) {
                String where = e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr() + ")";
                return problem(origin, "not JSON: " + oneLine(e.getOriginalMessage()) + where);
            }
            if (node == null || !node.isObject()) {
                return problem(origin, "not a JSON object");
            }
            JsonNode text = node.get("text");
            if (text == null || text.isNull()) {
                return problem(origin, "missing \"text\"");
            }
            if (!text.isTextual()) {
                return problem(origin, "\"text\" is not a string");
            }
            if (text.asText().isBlank()) {
                return problem(origin, "empty \"text\"");
            }
            if (text.asText().length() > maxChars) {
                return problem(origin, tooLarge(text.asText().length()));
            }
            JsonNode idNode = node.get("id");
            String id;
            if (idNode == null || idNode.isNull() || idNode.isValueNode() && idNode.asText().isBlank()) {
                id = stem(source) + "-" + line.number();
            } else if (idNode.isTextual() || idNode.isNumber()) {
                id = idNode.asText();
            } else {
                return problem(origin, "\"id\" is not a string");
            }
            JsonNode urlNode = node.get("url");
            String url = null;
            if (urlNode != null && !urlNode.isNull()) {
                if (!urlNode.isTextual()) {
                    return problem(origin, "\"url\" is not a string");
                }
                url = urlNode.asText();
            }
            JsonNode pub = node.get("published");
            LocalDate published = null;
            if (pub != null && !pub.isNull() && !(pub.isTextual() && pub.asText().isBlank())) {
                published = pub.isTextual() ? date(pub.asText(), DATE_PREFIX) : null;
                if (published == null) {
                    return problem(origin, "\"published\" is not a date (YYYY-MM-DD): " + oneLine(pub.toString()));
                }
            }
            return new ReadItem.ArticleRead(new Article(id, url, published, text.asText()), origin);
        }

        @Override
        public void close() {
            closeQuietly(lines);
        }
    }

    /** One article from a text source. */
    private final class TextFile implements ItemCursor {
        private final Source source;
        private final LineReader lines;
        private boolean done;

        TextFile(Source source, LineReader lines) {
            this.source = source;
            this.lines = lines;
            // UTF-8 takes at most 3 bytes per Java char
            lines.cap((int) Math.min(Integer.MAX_VALUE - 16, 3L * maxChars + 1_024));
        }

        @Override
        public ReadItem next() throws IOException {
            if (done) {
                return null;
            }
            done = true;
            String name = source.name();
            StringBuilder body = new StringBuilder();
            LocalDate published = null;
            boolean header = false;
            long chars = 0;
            long bytes = 0;
            boolean over = false;
            LineReader.Line line;
            while ((line = lines.next()) != null) {
                bytes += line.size() + 1;
                if (over || line.truncated()) {
                    over = true;
                    continue;
                }
                if (line.hasNul()) {
                    return problem(name + ":" + line.number(), "binary content (NUL byte)");
                }
                String s;
                try {
                    s = lines.decode(line.bytes());
                } catch (LineReader.MalformedException e) {
                    return problem(name + ":" + line.number(), invalidUtf8(e));
                }
                if (line.number() == 1) {
                    Matcher m = HEADER.matcher(s);
                    if (m.matches()) {
                        header = true;
                        published = date(m.group(1), DATE_PREFIX);
                        if (published == null) {
                            return problem(name + ":1", "invalid date in header: " + m.group(1));
                        }
                        continue;
                    }
                }
                if (body.length() > 0 || !s.isBlank()) {
                    chars += s.length() + (body.length() > 0 ? 1 : 0);
                    if (chars > maxChars + 4096L) {
                        over = true; // surely too large even after trimming: stop holding text
                        continue;
                    }
                    if (body.length() > 0) {
                        body.append('\n');
                    }
                    body.append(s);
                }
            }
            if (over) {
                return problem(name, String.format(Locale.ROOT,
                        "article of %,d bytes is too large (the limit is %,d characters)", bytes - 1, maxChars));
            }
            String text = body.toString().strip();
            if (text.isEmpty()) {
                return problem(name, header ? "no text after the date header" : "empty file");
            }
            if (text.length() > maxChars) {
                return problem(name, tooLarge(text.length()));
            }
            return new ReadItem.ArticleRead(new Article(stem(source), null, published, text), name);
        }

        @Override
        public void close() {
            closeQuietly(lines);
        }
    }

    private String tooLarge(long chars) {
        return String.format(Locale.ROOT, "article of %,d characters exceeds the limit of %,d", chars, maxChars);
    }

    private static String invalidUtf8(LineReader.MalformedException e) {
        return String.format(Locale.ROOT, "invalid UTF-8 (byte 0x%02X at byte %d of the line)", e.value, e.offset + 1);
    }

    /** The date at the start of {@code s}, or null when there is none or it does not exist. */
    private static LocalDate date(String s, Pattern pattern) {
        Matcher m = pattern.matcher(s.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The file name without its extension; {@code "stdin"} for standard input. */
    private static String stem(Source s) {
        if (s.path() == null || s.path().getFileName() == null) {
            return "stdin";
        }
        String name = s.path().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing: {0}", e.toString());
        }
    }
}
