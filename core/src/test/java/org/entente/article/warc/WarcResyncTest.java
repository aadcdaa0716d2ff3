package org.entente.article.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.article.ArticleReader;
import org.entente.article.ReadItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** A damaged record in the middle of a WARC file costs that record, not the rest of the file. */
class WarcResyncTest {

    private static final int PAGES = 5;

    /** Five HTML pages, one record (one gzip member when compressed) each; returns each record's start offset. */
    private static List<Long> write(Path file, WarcCompression compression) throws IOException {
        List<Long> starts = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                WarcWriter w = new WarcWriter(ch, compression)) {
            for (int i = 0; i < PAGES; i++) {
                starts.add(w.position());
                byte[] body = ("<html><body><p>Page " + i + ": the ministers of Georgia and Armenia met in Yerevan "
                        + "to discuss road transport and energy cooperation.</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8);
                w.write(new WarcResponse.Builder("https://news.example/" + i)
                        .date(Instant.parse("2024-02-0" + (i + 1) + "T00:00:00Z"))
                        .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html"), body).build())
                        .build());
            }
        }
        return starts;
    }

    private static List<ReadItem> read(Path file) {
        try (var s = new ArticleReader().read(List.of(file.toString()))) {
            return s.toList();
        }
    }

    private static List<String> urls(List<ReadItem> items) {
        return items.stream().filter(i -> i instanceof ReadItem.ArticleRead)
                .map(i -> ((ReadItem.ArticleRead) i).article().url()).toList();
    }

    private static List<ReadItem.ReadProblem> problems(List<ReadItem> items) {
        return items.stream().filter(i -> i instanceof ReadItem.ReadProblem).map(i -> (ReadItem.ReadProblem) i)
                .toList();
    }

    @Test
    void aCorruptGzipMemberIsSkippedAndReadingResumesAtTheNextMember(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("news.warc.gz");
        List<Long> starts = write(file, WarcCompression.GZIP);
        byte[] bytes = Files.readAllBytes(file);
        // garbage over the deflate data of the third member, its gzip header left intact
        for (long i = starts.get(2) + 20; i < starts.get(3) - 12; i++) {
            bytes[(int) i] = (byte) (i * 31 + 7);
        }
        Files.write(file, bytes);

        List<ReadItem> items = read(file);

        assertEquals(List.of("https://news.example/0", "https://news.example/1", "https://news.example/3",
                "https://news.example/4"), urls(items), items.toString());
        List<ReadItem.ReadProblem> problems = problems(items);
        assertEquals(1, problems.size(), items.toString());
        Matcher m = Pattern.compile("bytes (\\d+) to (\\d+) skipped").matcher(problems.get(0).message());
        assertTrue(m.find(), problems.get(0).message());
        assertEquals(starts.get(3), Long.parseLong(m.group(2)), "resumes exactly at the next member");
        assertTrue(Long.parseLong(m.group(1)) >= starts.get(1) && Long.parseLong(m.group(1)) <= starts.get(2),
                problems.get(0).toString());
        assertEquals(file + "@" + m.group(1), problems.get(0).origin());
    }

    @Test
    void aDamagedHeaderInAPlainFileIsSkippedToTheNextRecord(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("news.warc");
        List<Long> starts = write(file, WarcCompression.NONE);
        byte[] bytes = Files.readAllBytes(file);
        byte[] junk = "XYZQ/9.9 garbage\r\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(junk, 0, bytes, starts.get(1).intValue(), junk.length);
        Files.write(file, bytes);

        List<ReadItem> items = read(file);

        assertEquals(List.of("https://news.example/0", "https://news.example/2", "https://news.example/3",
                "https://news.example/4"), urls(items), items.toString());
        List<ReadItem.ReadProblem> problems = problems(items);
        assertEquals(1, problems.size(), items.toString());
        assertTrue(problems.get(0).message().contains("to " + starts.get(2) + " skipped"), problems.get(0).message());
    }

    @Test
    void damageWithNoRecordAfterItEndsTheFileWithOneProblem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("news.warc.gz");
        List<Long> starts = write(file, WarcCompression.GZIP);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, (int) (starts.get(4) + 40)));

        List<ReadItem> items = read(file);

        assertEquals(4, urls(items).size(), items.toString());
        List<ReadItem.ReadProblem> problems = problems(items);
        assertEquals(1, problems.size(), items.toString());
        assertTrue(problems.get(0).message().contains("rest of the file skipped"), problems.get(0).message());
    }
}
