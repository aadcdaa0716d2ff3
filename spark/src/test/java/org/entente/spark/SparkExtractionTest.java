package org.entente.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.entente.article.Article;
import org.entente.article.ArticleReader;
import org.entente.article.ReadItem;
import org.entente.extract.ArticleRejectedException;
import org.entente.extract.Extractor;
import org.entente.store.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The Spark job in {@code local[2]} on the dev corpus, run once (CoreNLP makes it minutes) for every check:
 * its lines equal the extractor's run in this JVM (what {@code entente extract} prints), a malformed line,
 * an oversized article and an article whose extraction throws inside an executor are each reported and
 * skipped while the rest is written, the Parquet events match the lines, and the loader stores it all.
 */
class SparkExtractionTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String FAILING_ID = "spark-test-fails-in-the-executor";

    @TempDir
    static Path dir;
    static Path input;
    static Path out;
    static int exit;
    static String stderr;
    static Map<String, JsonNode> expected = new TreeMap<>();

    @BeforeAll
    static void runJobOnce() throws Exception {
        Path dev = Path.of(System.getProperty("entente.shared", "../../shared"), "corpus", "dev", "articles.jsonl");
        // a clone outside the workspace has no ../shared: skipped like the core module's corpus tests, not failed
        assumeTrue(Files.exists(dev), "shared corpus not present: " + dev);
        input = dir.resolve("in");
        Files.createDirectories(input);
        List<String> lines = new ArrayList<>(Files.readAllLines(dev, StandardCharsets.UTF_8));
        lines.add("{\"id\": \"broken\", \"text\": \"no closing quote}");
        lines.add("{\"id\": \"huge\", \"text\": \"" + "Talks were held. ".repeat(12_500) + "\"}");
        lines.add("{\"id\": \"" + FAILING_ID + "\", \"text\": \"The ministers met in Baku on Monday.\"}");
        Files.write(input.resolve("dev.jsonl"), lines, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("README.txt"), "not an input format of the job");

        Extractor extractor = new Extractor();
        List<Article> articles = new ArrayList<>();
        try (Stream<ReadItem> items = new ArticleReader(System.in, Extractor.MAX_CHARS).read(dev.toString())) {
            items.forEach(item -> articles.add(((ReadItem.ArticleRead) item).article()));
        }
        // both cores, as the job gets them; the extractor is thread-safe
        for (JsonNode line : articles.parallelStream().map(a -> {
            try {
                return (JsonNode) JSON.valueToTree(extractor.extract(a));
            } catch (ArticleRejectedException e) {
                throw new IllegalStateException(e);
            }
        }).toList()) {
            expected.put(line.get("id").asText(), line);
        }

        ExecutorExtraction.analyser = article -> {
            if (article.id().equals(FAILING_ID)) {
                throw new IllegalStateException("injected failure");
            }
            return extractor.extract(article);
        };
        out = dir.resolve("out");
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        exit = new CommandLine(new Main()).setErr(new PrintWriter(err)).execute(
                "extract", "--in", input.toString(), "--out", out.toString(), "--master", "local[2]");
        stderr = err.toString();
        System.out.printf("spark job on the dev corpus in local[2]: %.1f s%n%s", (System.nanoTime() - start) / 1e9, stderr);
    }

    static List<String> partLines(Path d) throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> parts = Files.list(d)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                all.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return all;
    }

    @Test
    void linesEqualTheExtractorsOutput() throws Exception {
        assertEquals(0, exit, stderr);
        Map<String, JsonNode> got = new TreeMap<>();
        for (String line : partLines(out.resolve("jsonl"))) {
            JsonNode n = JSON.readTree(line);
            got.put(n.get("id").asText(), n);
        }
        assertEquals(expected.keySet(), got.keySet());
        for (String id : expected.keySet()) {
            assertEquals(expected.get(id), got.get(id), id);
        }
    }

    @Test
    void failedRecordsAreReportedAndSkipped() throws Exception {
        Map<String, String> problems = new TreeMap<>();
        for (String line : partLines(out.resolve("problems"))) {
            JsonNode n = JSON.readTree(line);
            problems.put(n.get("origin").asText(), n.get("problem").asText());
        }
        assertEquals(3, problems.size(), problems.toString());
        int n = expected.size();
        String file = problems.keySet().iterator().next().replaceFirst(":\\d+$", "");
        assertTrue(file.endsWith("dev.jsonl"), file);
        assertTrue(problems.get(file + ":" + (n + 1)).startsWith("not JSON"), problems.toString());
        assertTrue(problems.get(file + ":" + (n + 2)).contains("exceeds the limit"), problems.toString());
        assertTrue(problems.get(file + ":" + (n + 3)).contains("injected failure"), problems.toString());
        assertTrue(stderr.contains("3 records skipped"), stderr);
        assertTrue(stderr.contains("injected failure"), stderr);
        assertTrue(stderr.contains("1 file(s) of other formats skipped"), stderr);
    }

    @Test
    void parquetHasOneRowPerEvent() {
        SparkSession spark = Sessions.open("test-read", "local[1]");
        try {
            List<Row> rows = spark.read().parquet(out.resolve("events").toString()).collectAsList();
            long events = expected.values().stream().mapToLong(a -> a.get("events").size()).sum();
            assertEquals(events, rows.size());
            Row first = rows.stream().filter(r -> r.getAs("article_id").equals("azernews-181038")).findFirst().orElseThrow();
            JsonNode gold = expected.get("azernews-181038").get("events").get(0);
            assertEquals(gold.get("type").asText(), first.getAs("type"));
            assertEquals(gold.get("evidence").asText(), first.getAs("evidence"));
            assertEquals(gold.get("actors").get(0).get("name").asText(),
                    first.<List<Row>>getAs("actors") == null ? null
                            : ((Row) first.getList(first.fieldIndex("actors")).get(0)).getAs("name"));
            assertEquals(expected.size(), spark.read().parquet(out.resolve("articles").toString()).count());
        } finally {
            spark.stop();
        }
    }

    @Test
    void loaderStoresArticlesAndEvents() throws Exception {
        for (TestDatabase.Backend backend : TestDatabase.Backend.values()) {
            if (backend == TestDatabase.Backend.POSTGRESQL && TestDatabase.pgUrl() == null) {
                System.err.println("[spark loader] " + TestDatabase.PG_VARIABLE + " is not set: PostgreSQL load not run");
                continue;
            }
            Path data = Files.createDirectories(dir.resolve("load-" + backend));
            try (TestDatabase db = TestDatabase.create(backend, data)) {
                String[] where = backend == TestDatabase.Backend.H2
                        ? new String[] {"--data", db.location().dataDir().toString()}
                        : new String[] {"--db", db.location().url()};
                List<String> args = new ArrayList<>(List.of("load", "--in", out.toString(), "--master", "local[1]"));
                args.addAll(List.of(where));
                StringWriter err = new StringWriter();
                int code = new CommandLine(new Main()).setErr(new PrintWriter(err)).execute(args.toArray(String[]::new));
                assertEquals(0, code, err.toString());
                long events = expected.values().stream().mapToLong(a -> a.get("events").size()).sum();
                try (Connection c = db.connect(); Statement s = c.createStatement()) {
                    assertEquals(expected.size(), count(s, "SELECT COUNT(*) FROM articles"), backend.toString());
                    assertEquals(events, count(s, "SELECT COUNT(*) FROM events"), backend.toString());
                }
                // a second load finds everything stored
                err = new StringWriter();
                new CommandLine(new Main()).setErr(new PrintWriter(err)).execute(args.toArray(String[]::new));
                assertTrue(err.toString().contains(expected.size() + " already stored"), err.toString());
            }
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
