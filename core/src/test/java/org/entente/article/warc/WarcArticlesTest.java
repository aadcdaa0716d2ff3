package org.entente.article.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.entente.article.ArticleReader;
import org.entente.article.ReadItem;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcArticlesTest {

    private static WarcResponse response(String url, String contentType, int status, String body, String date) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try {
            return new WarcResponse.Builder(url).date(Instant.parse(date))
                    .body(new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                            .body(MediaType.parse(contentType), bytes).build())
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CC-NEWS-like file: a request, two HTML responses (one dated, one not), a 404 and an image. */
    static void write(Path file, WarcCompression compression) throws IOException {
        try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
            w.write(new WarcRequest.Builder("https://news.example/a").date(Instant.parse("2024-02-01T00:00:00Z"))
                    .build());
            w.write(response("https://news.example/a", "text/html; charset=utf-8", 200,
                    "<html><head><meta property=\"article:published_time\" content=\"2024-01-30\"></head><body>"
                            + "<article><p>Kenya and Uganda signed a trade agreement in Nairobi.</p></article>"
                            + "</body></html>", "2024-02-01T00:00:00Z"));
            w.write(response("https://news.example/gone", "text/html", 404, "<p>Not found</p>",
                    "2024-02-01T00:00:01Z"));
            w.write(response("https://news.example/logo.png", "image/png", 200, "PNG", "2024-02-01T00:00:02Z"));
            w.write(response("https://news.example/b", "text/html", 200,
                    "<html><body><p>The ministers of Georgia and Armenia met in Yerevan.</p></body></html>",
                    "2024-02-03T10:00:00Z"));
        }
    }

    private static List<ReadItem> read(Path... paths) {
        try (var s = new ArticleReader().read(java.util.Arrays.stream(paths).map(Path::toString).toList())) {
            return s.toList();
        }
    }

    @Test
    void htmlResponsesBecomeArticlesPlainAndGzip(@TempDir Path dir) throws Exception {
        for (WarcCompression c : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            Path file = dir.resolve(c == WarcCompression.NONE ? "news.warc" : "news.warc.gz");
            write(file, c);
            List<ReadItem> items = read(file);
            assertEquals(2, items.size(), items.toString());
            ReadItem.ArticleRead a = assertInstanceOf(ReadItem.ArticleRead.class, items.get(0));
            assertEquals("https://news.example/a", a.article().url());
            assertEquals("https://news.example/a", a.article().id());
            assertEquals(LocalDate.of(2024, 1, 30), a.article().published(), "the page's own date");
            assertTrue(a.origin().startsWith(file + "@"), a.origin());
            ReadItem.ArticleRead b = assertInstanceOf(ReadItem.ArticleRead.class, items.get(1));
            assertEquals(LocalDate.of(2024, 2, 3), b.article().published(), "WARC-Date when the page has none");
            assertEquals("The ministers of Georgia and Armenia met in Yerevan.", b.article().text());
        }
    }

    @Test
    void corruptGzipIsReportedAtItsOffsetAfterTheGoodRecords(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.warc.gz");
        write(good, WarcCompression.GZIP);
        byte[] bytes = Files.readAllBytes(good);
        // damage the last gzip member (the second article): overwrite its deflate data with garbage
        byte[] damaged = bytes.clone();
        for (int i = damaged.length - 60; i < damaged.length - 10; i++) {
            damaged[i] = (byte) (i * 31);
        }
        Path bad = Files.write(dir.resolve("bad.warc.gz"), damaged);
        Path next = dir.resolve("next.warc");
        write(next, WarcCompression.NONE);
        List<ReadItem> items = read(bad, next);
        long articles = items.stream().filter(i -> i instanceof ReadItem.ArticleRead).count();
        List<ReadItem.ReadProblem> problems = items.stream()
                .filter(i -> i instanceof ReadItem.ReadProblem).map(i -> (ReadItem.ReadProblem) i).toList();
        assertEquals(1, problems.size(), items.toString());
        assertTrue(problems.get(0).origin().matches(java.util.regex.Pattern.quote(bad.toString()) + "@\\d+"),
                problems.get(0).origin());
        assertEquals(3, articles, "the first page of the damaged file, then both of the next file");
    }

    @Test
    void garbageIsOneProblem(@TempDir Path dir) throws Exception {
        Path junk = Files.write(dir.resolve("junk.warc.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5});
        List<ReadItem> items = read(junk);
        assertEquals(1, items.size());
        assertInstanceOf(ReadItem.ReadProblem.class, items.get(0));
    }
}
