package org.entente.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.entente.extract.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    private static final String BODY = "The two ministries signed a memorandum of understanding on cooperation.";

    @TempDir
    Path dir;

    // ------------------------------------------------------------ helpers

    private static String line(String id, String published, String text) {
        return "{\"id\": \"" + id + "\", \"url\": \"https://example.org/" + id + "\", \"published\": "
                + (published == null ? "null" : "\"" + published + "\"") + ", \"text\": \"" + text + "\"}";
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    private static List<ReadItem> read(ArticleReader reader, String... inputs) {
        try (Stream<ReadItem> s = reader.read(inputs)) {
            return s.toList();
        }
    }

    private static List<ReadItem> read(String... inputs) {
        return read(new ArticleReader(InputStream.nullInputStream(), Extractor.MAX_CHARS), inputs);
    }

    private static ReadItem.ArticleRead article(ReadItem item) {
        return assertInstanceOf(ReadItem.ArticleRead.class, item, String.valueOf(item));
    }

    private static ReadItem.ReadProblem problem(ReadItem item) {
        return assertInstanceOf(ReadItem.ReadProblem.class, item, String.valueOf(item));
    }

    private static void assertProblem(ReadItem item, String origin, String messageStart) {
        ReadItem.ReadProblem p = problem(item);
        assertEquals(origin, p.origin(), p.toString());
        assertTrue(p.message().startsWith(messageStart), "message: " + p.message());
    }

    // ------------------------------------------------------------ JSON lines

    @Test
    void json_lines_in_order_with_origins_and_dates() throws IOException {
        Path f = write("a.jsonl", line("one", "2021-03-04", BODY) + "\n\n"
                + line("two", null, BODY + " Two.") + "\r\n"
                + line("three", "2020-11-18T09:30:00+04:00", "Three. " + BODY) + "\n");
        List<ReadItem> items = read(f.toString());
        assertEquals(3, items.size());
        ReadItem.ArticleRead one = article(items.get(0));
        assertEquals(new Article("one", "https://example.org/one", LocalDate.of(2021, 3, 4), BODY), one.article());
        assertEquals(f + ":1", one.origin());
        ReadItem.ArticleRead two = article(items.get(1));
        assertEquals(f + ":3", two.origin(), "line numbers count blank lines");
        assertNull(two.article().published());
        assertEquals(LocalDate.of(2020, 11, 18), article(items.get(2)).article().published());
    }

    @Test
    void json_without_id_or_url_gets_a_derived_id() throws IOException {
        Path f = write("batch.jsonl", "{\"text\": \"" + BODY + "\"}\n{\"id\": 42, \"text\": \"" + BODY + "\"}");
        List<ReadItem> items = read(f.toString());
        assertEquals("batch-1", article(items.get(0)).article().id());
        assertNull(article(items.get(0)).article().url());
        assertEquals("42", article(items.get(1)).article().id(), "last line without a newline is read");
    }

    @Test
    void malformed_json_line_is_reported_and_the_rest_goes_on() throws IOException {
        Path f = write("m.jsonl", line("ok1", null, BODY) + "\n{\"id\": \"x\", text: 1}\n[1, 2]\n"
                + line("ok2", null, BODY) + " trailing\n" + line("ok3", null, BODY) + "\n");
        List<ReadItem> items = read(f.toString());
        assertEquals(5, items.size());
        assertEquals("ok1", article(items.get(0)).article().id());
        assertProblem(items.get(1), f + ":2", "not JSON: ");
        assertTrue(problem(items.get(1)).message().contains("column"), problem(items.get(1)).message());
        assertProblem(items.get(2), f + ":3", "not a JSON object");
        assertProblem(items.get(3), f + ":4", "not JSON: ");
        assertEquals("ok3", article(items.get(4)).article().id());
        items.forEach(i -> assertTrue(!i.toString().contains("\n"), "one-line messages"));
    }

    @Test
    void missing_empty_or_wrong_text() throws IOException {
        Path f = write("t.jsonl", "{\"id\": \"a\"}\n{\"id\": \"b\", \"text\": null}\n{\"id\": \"c\", \"text\": \" \\n \"}\n"
                + "{\"id\": \"d\", \"text\": 7}\n{\"id\": \"e\", \"text\": \"x\", \"published\": \"March 3\"}\n"
                + "{\"id\": \"f\", \"text\": \"x\", \"published\": \"2021-02-30\"}\n");
        List<ReadItem> items = read(f.toString());
        assertProblem(items.get(0), f + ":1", "missing \"text\"");
        assertProblem(items.get(1), f + ":2", "missing \"text\"");
        assertProblem(items.get(2), f + ":3", "empty \"text\"");
        assertProblem(items.get(3), f + ":4", "\"text\" is not a string");
        assertProblem(items.get(4), f + ":5", "\"published\" is not a date");
        assertProblem(items.get(5), f + ":6", "\"published\" is not a date");
    }

    @Test
    void invalid_utf8_line_is_reported_and_other_lines_are_read() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes((line("a", null, BODY) + "\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes("{\"id\": \"latin1\", \"text\": \"caf".getBytes(StandardCharsets.UTF_8));
        b.write(0xE9); // é in ISO-8859-1
        b.writeBytes(" au lait\"}\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes((line("c", null, "Caf\u00e9 " + BODY) + "\n").getBytes(StandardCharsets.UTF_8));
        Path f = write("u.jsonl", b.toByteArray());
        List<ReadItem> items = read(f.toString());
        assertEquals(3, items.size());
        assertEquals("a", article(items.get(0)).article().id());
        assertProblem(items.get(1), f + ":2", "invalid UTF-8");
        assertTrue(problem(items.get(1)).message().contains("0xE9"));
        assertEquals("Caf\u00e9 " + BODY, article(items.get(2)).article().text());
    }

    @Test
    void oversized_article_is_refused_naming_its_size() throws IOException {
        String big = "word ".repeat(Extractor.MAX_CHARS / 5 + 10); // MAX_CHARS + 50 characters
        Path f = write("big.jsonl", line("small", null, BODY) + "\n" + line("big", null, big) + "\n"
                + line("after", null, BODY) + "\n");
        List<ReadItem> items = read(f.toString());
        assertEquals(3, items.size());
        assertProblem(items.get(1), f + ":2", String.format(java.util.Locale.ROOT,
                "article of %,d characters exceeds the limit of %,d", big.length(), Extractor.MAX_CHARS));
        assertEquals("after", article(items.get(2)).article().id());
    }

    @Test
    void huge_line_is_skipped_without_holding_it() throws IOException {
        ArticleReader reader = new ArticleReader(InputStream.nullInputStream(), 100);
        String huge = "x".repeat(10_000_000); // far beyond 6 bytes per allowed character plus headroom
        Path f = write("huge.jsonl", line("huge", null, huge) + "\n" + line("next", null, "short text") + "\n");
        List<ReadItem> items = read(reader, f.toString());
        assertProblem(items.get(0), f + ":1", "line of 10,000,");
        assertTrue(problem(items.get(0)).message().contains("limit is 100 characters"));
        assertEquals("next", article(items.get(1)).article().id());
    }

    @Test
    void json_array_file_is_one_clear_problem() throws IOException {
        Path f = write("arr.json", "[" + line("a", null, BODY) + "]\n");
        List<ReadItem> items = read(f.toString());
        assertEquals(1, items.size());
        assertProblem(items.get(0), f.toString(), "a JSON array");
    }

    // ------------------------------------------------------------ text files

    @Test
    void text_with_header_with_and_without_leading_space() throws IOException {
        Path a = write("agency-2020.txt", " date 2020-11-20\n" + BODY + "\n\nSecond paragraph.\n");
        Path b = write("b.txt", "date 2019-06-19\r\n" + BODY + "\r\n");
        List<ReadItem> items = read(a.toString(), b.toString());
        ReadItem.ArticleRead ra = article(items.get(0));
        assertEquals(new Article("agency-2020", null, LocalDate.of(2020, 11, 20), BODY + "\n\nSecond paragraph."),
                ra.article());
        assertEquals(a.toString(), ra.origin());
        ReadItem.ArticleRead rb = article(items.get(1));
        assertEquals(LocalDate.of(2019, 6, 19), rb.article().published());
        assertEquals(BODY, rb.article().text());
    }

    @Test
    void text_without_header() throws IOException {
        Path a = write("plain.txt", "\uFEFF" + BODY + "\nIt happened on the date 2020-01-01.\n");
        ReadItem.ArticleRead r = article(read(a.toString()).get(0));
        assertEquals("plain", r.article().id());
        assertNull(r.article().published());
        assertEquals(BODY + "\nIt happened on the date 2020-01-01.", r.article().text(), "BOM dropped");
    }

    @Test
    void text_problems() throws IOException {
        Path headerOnly = write("h.txt", " date 2020-11-20\n\n");
        Path badDate = write("d.txt", " date 2020-02-31\n" + BODY);
        byte[] latin = (BODY + "\nCaf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
        Path latin1 = write("l.txt", latin);
        Path big = write("big.txt", "a".repeat(Extractor.MAX_CHARS + 1));
        List<ReadItem> items = read(headerOnly.toString(), badDate.toString(), latin1.toString(), big.toString());
        assertProblem(items.get(0), headerOnly.toString(), "no text after the date header");
        assertProblem(items.get(1), badDate + ":1", "invalid date in header");
        assertProblem(items.get(2), latin1 + ":2", "invalid UTF-8");
        assertProblem(items.get(3), big.toString(), "article of 200,001 characters exceeds the limit of 200,000");
    }

    // ------------------------------------------------------------ files that cannot be read

    @Test
    void empty_files() throws IOException {
        Path a = write("e.jsonl", "");
        Path b = write("e.txt", "");
        Path c = write("blank.jsonl", "\n  \n\n");
        Path d = write("blank.txt", " \n\n");
        List<ReadItem> items = read(a.toString(), b.toString(), c.toString(), d.toString());
        assertEquals(4, items.size());
        for (int i = 0; i < 4; i++) {
            assertEquals("empty file", problem(items.get(i)).message());
        }
    }

    @Test
    void binary_files() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path a = write("image.txt", png);
        Path b = write("image.jsonl", png);
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (noise[i] == 0 ? 1 : noise[i]); // no NUL: must be caught as mostly non-text
        }
        Path c = write("noise.txt", noise);
        List<ReadItem> items = read(a.toString(), b.toString(), c.toString());
        assertProblem(items.get(0), a.toString(), "binary file (NUL bytes)");
        assertProblem(items.get(1), b.toString(), "binary file (NUL bytes)");
        assertProblem(items.get(2), c.toString(), "binary file (mostly non-text bytes)");
    }

    @Test
    void missing_and_unreadable_files() throws IOException {
        Path missing = dir.resolve("nope.jsonl");
        List<ReadItem> items = read(missing.toString(), write("ok.txt", BODY).toString());
        assertProblem(items.get(0), missing.toString(), "cannot read: no such file or directory");
        article(items.get(1));

        Path locked = write("locked.jsonl", line("a", null, BODY));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "running as root: permissions are not enforced");
        assertProblem(read(locked.toString()).get(0), locked.toString(), "cannot read: permission denied");
    }

    // ------------------------------------------------------------ directories, explicit files, stdin

    @Test
    void directories_recursively_sorted_skipping_unknown_and_hidden() throws IOException {
        write("corpus/b.jsonl", line("b1", null, BODY) + "\n" + line("b2", null, BODY) + "\n");
        write("corpus/a/z.txt", BODY);
        write("corpus/a.txt", BODY);
        write("corpus/notes.md", BODY);
        write("corpus/.hidden.jsonl", line("h", null, BODY));
        write("corpus/.git/x.jsonl", line("g", null, BODY));
        Files.createSymbolicLink(dir.resolve("corpus/dangling.jsonl"), dir.resolve("gone"));
        List<ReadItem> items = read(dir.resolve("corpus").toString());
        List<String> got = items.stream().map(i -> i instanceof ReadItem.ArticleRead a
                ? a.article().id() + "@" + dir.relativize(Path.of(a.origin().replaceFirst(":\\d+$", "")))
                : "problem@" + dir.relativize(Path.of(i.origin())) + ": " + ((ReadItem.ReadProblem) i).message())
                .toList();
        assertEquals(List.of("a@corpus/a.txt", "z@corpus/a/z.txt", "b1@corpus/b.jsonl", "b2@corpus/b.jsonl",
                "problem@corpus/dangling.jsonl: cannot read: no such file or directory"), got);
    }

    @Test
    void empty_directory_is_a_problem() throws IOException {
        Files.createDirectories(dir.resolve("void"));
        write("void/readme.md", "nothing to see");
        List<ReadItem> items = read(dir.resolve("void").toString());
        assertEquals(1, items.size());
        assertTrue(problem(items.get(0)).message().startsWith("no article files"), items.get(0).toString());
    }

    @Test
    void explicit_file_with_other_extension_is_sniffed() throws IOException {
        Path json = write("export.dat", "  " + line("j", null, BODY) + "\n");
        Path text = write("README", " date 2021-01-02\n" + BODY);
        List<ReadItem> items = read(json.toString(), text.toString());
        assertEquals(json + ":1", article(items.get(0)).origin());
        assertEquals("README", article(items.get(1)).article().id());
        assertEquals(LocalDate.of(2021, 1, 2), article(items.get(1)).article().published());
    }

    @Test
    void stdin_json_lines_text_and_default() {
        byte[] jsonl = (line("s1", null, BODY) + "\nnot json\n").getBytes(StandardCharsets.UTF_8);
        List<ReadItem> items = read(new ArticleReader(new ByteArrayInputStream(jsonl), 1000), "-");
        assertEquals("<stdin>:1", article(items.get(0)).origin());
        assertProblem(items.get(1), "<stdin>:2", "not JSON");

        byte[] text = (" date 2022-11-17\n" + BODY).getBytes(StandardCharsets.UTF_8);
        List<ReadItem> none = read(new ArticleReader(new ByteArrayInputStream(text), 1000));
        ReadItem.ArticleRead r = article(none.get(0));
        assertEquals(new Article("stdin", null, LocalDate.of(2022, 11, 17), BODY), r.article());
        assertEquals("<stdin>", r.origin());

        assertEquals("empty file", problem(read(new ArticleReader(InputStream.nullInputStream(), 10)).get(0)).message());
    }

    @Test
    void reading_streams() {
        // 200,000 records, about 20 MB: the first item must come after reading little of it
        int n = 200_000;
        String record = line("r", null, "Short article text number something.") + "\n";
        AtomicLong consumed = new AtomicLong();
        InputStream endless = new InputStream() {
            long pos;
            final long size = (long) record.length() * n;
            final byte[] bytes = record.getBytes(StandardCharsets.UTF_8);

            @Override
            public int read() {
                return pos < size ? bytes[(int) (pos++ % bytes.length)] : -1;
            }
        };
        InputStream counting = new FilterInputStream(endless) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int r = super.read(b, off, len);
                if (r > 0) {
                    consumed.addAndGet(r);
                }
                return r;
            }
        };
        try (Stream<ReadItem> items = new ArticleReader(counting, 1000).read("-")) {
            Iterator<ReadItem> it = items.iterator();
            article(it.next());
            article(it.next());
            assertTrue(consumed.get() < 1_000_000, "read " + consumed.get() + " bytes for two records");
        }
    }

    @Test
    void a_slow_pipe_gets_each_record_as_it_comes() {
        byte[] first = ("\n" + line("p1", null, BODY) + "\n").getBytes(StandardCharsets.UTF_8);
        InputStream pipe = new InputStream() {
            boolean sent;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (sent) {
                    throw new AssertionError("blocked waiting for more input");
                }
                sent = true;
                System.arraycopy(first, 0, b, off, first.length);
                return first.length;
            }
        };
        try (Stream<ReadItem> items = new ArticleReader(pipe, 1000).read("-")) {
            ReadItem.ArticleRead r = article(items.iterator().next());
            assertEquals("<stdin>:2", r.origin(), "sniffed as JSON lines despite the leading blank line");
        }
    }

    @Test
    void estimate_counts_records_and_knows_stdin_is_unknown() throws IOException {
        Path f = write("c/x.jsonl", line("a", null, BODY) + "\n\n" + line("b", null, BODY) + "\n" + line("c", null, BODY));
        write("c/y.txt", BODY);
        ArticleReader reader = new ArticleReader(InputStream.nullInputStream(), 1000);
        assertEquals(OptionalLong.of(4), reader.estimateCount(List.of(dir.resolve("c").toString())));
        assertEquals(OptionalLong.of(3), reader.estimateCount(List.of(f.toString())));
        assertEquals(OptionalLong.empty(), reader.estimateCount(List.of(f.toString(), "-")));
        assertEquals(OptionalLong.empty(), reader.estimateCount(List.of()));
    }
}
