package org.entente.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Listing the job's input and reading one file, through Hadoop's local file system; no Spark, no CoreNLP. */
class InputFilesTest {
    final Configuration conf = new Configuration();

    @TempDir
    Path dir;

    @Test
    void directoriesAreListedRecursivelyWithoutMarkersHiddenFilesOrOtherFormats() throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/one.jsonl"), "{}");
        Files.writeString(dir.resolve("a/b/two.warc.gz"), "");
        Files.writeString(dir.resolve("a/_SUCCESS"), "");
        Files.writeString(dir.resolve("a/.hidden.jsonl"), "{}");
        Files.writeString(dir.resolve("a/notes.txt"), "");
        InputListing.Listing l = InputListing.list(List.of(dir.resolve("a").toString(),
                dir.resolve("nowhere/*.jsonl").toString()), conf);
        assertEquals(List.of("one.jsonl", "two.warc.gz"),
                l.files().stream().map(f -> f.path().replaceAll(".*/", "")).sorted().toList());
        assertEquals(InputFile.Format.WARC, l.files().stream().filter(f -> f.path().endsWith(".gz")).findFirst()
                .orElseThrow().format());
        assertEquals(1, l.skipped().size());
        assertTrue(l.skipped().get(0).endsWith("notes.txt"));
        assertEquals(List.of(dir.resolve("nowhere/*.jsonl").toString()), l.missing());
    }

    @Test
    void jsonLinesAreReadAsTheCommandLineReadsThemWithTheFileAsOrigin() throws IOException {
        Path f = dir.resolve("in.jsonl");
        Files.writeString(f, "{\"id\": \"a\", \"published\": \"2024-01-02\", \"text\": \"Kenya and Uganda met.\"}\n"
                + "not json\n\n{\"id\": \"c\", \"text\": \"\"}\n{\"text\": \"No id here.\"}\n", StandardCharsets.UTF_8);
        String path = "file:" + f;
        List<InputRecord> records = FileArticles.read(new InputFile(path, InputFile.Format.JSONL), conf);
        assertEquals(4, records.size(), records.toString());
        assertEquals("a", records.get(0).id());
        assertEquals("2024-01-02", records.get(0).published());
        assertEquals(path + ":1", records.get(0).origin());
        assertNull(records.get(0).problem());
        assertEquals(path + ":2", records.get(1).origin());
        assertTrue(records.get(1).problem().startsWith("not JSON"), records.get(1).problem());
        assertEquals(path + ":4", records.get(2).origin());
        assertTrue(records.get(2).isProblem());
        assertEquals("in-5", records.get(3).id(), "the file's stem and the line, as 'entente extract' names it");
    }

    @Test
    void warcResponsesAreArticlesAndAMissingFileIsOneProblem() throws IOException {
        Path f = dir.resolve("crawl.warc.gz");
        try (WarcWriter w = new WarcWriter(FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            byte[] page = ("<html><body><article><p>The ministers of Georgia and Armenia met in Yerevan.</p>"
                    + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
            w.write(new WarcResponse.Builder("https://news.example/b").date(Instant.parse("2024-02-03T10:00:00Z"))
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html"), page).build())
                    .build());
        }
        List<InputRecord> records = FileArticles.read(new InputFile("file:" + f, InputFile.Format.WARC), conf);
        assertEquals(1, records.size(), records.toString());
        assertEquals("https://news.example/b", records.get(0).url());
        assertTrue(records.get(0).text().contains("Georgia and Armenia met"));
        assertTrue(records.get(0).origin().startsWith("file:" + f), records.get(0).origin());

        List<InputRecord> missing = FileArticles.read(new InputFile("file:" + dir.resolve("gone.jsonl"),
                InputFile.Format.JSONL), conf);
        assertEquals(1, missing.size());
        assertTrue(missing.get(0).problem().startsWith("cannot read"), missing.get(0).problem());
    }
}
