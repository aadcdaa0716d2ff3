package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.entente.event.Actor;
import org.entente.event.ActorKind;
import org.entente.event.ArticleEvents;
import org.entente.event.Event;
import org.entente.event.EventType;
import org.entente.event.Instrument;
import org.entente.event.InstrumentKind;
import org.entente.event.Person;
import org.entente.event.Status;
import org.entente.extract.ArticleRejectedException;
import org.entente.extract.Extractor;
import org.entente.schema.ArticleEventsSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code entente extract} run in-process with a stand-in extractor (CoreNLP is not loaded): output lines,
 * stderr reports and exit codes. Articles and paragraphs are written for this test.
 */
class ExtractCommandTest {

    static final String ENGLISH = "The Ministry of Economy and the Chamber of Commerce of Ganja signed a memorandum "
            + "of understanding on Tuesday to support small exporters. Under the document, the parties will hold "
            + "joint trade missions and share market research over the next two years, officials said.";
    static final String ENGLISH_MEETING = "The mayor of Lyon met a delegation from the city of Tbilisi on Monday "
            + "to discuss cultural exchanges between the two cities, which have been partners for many years. "
            + "The delegation also visited two universities and a water treatment plant during the trip.";
    static final String FRENCH = "Le ministre de l'Economie a signé mardi à Lyon un protocole d'accord avec une "
            + "délégation marocaine. Les deux parties se sont engagées à renforcer leur coopération dans les domaines "
            + "de l'énergie, des transports et de la formation professionnelle au cours des trois prochaines années.";

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Stands in for the extractor: an AGREE for "signed", a MEET for "met", failures on cue. */
    static ArticleEvents fake(org.entente.article.Article a) throws ArticleRejectedException {
        if (a.text().contains("EXPLODE")) {
            throw new IllegalStateException("boom");
        }
        if (a.text().contains("REFUSE")) {
            throw new ArticleRejectedException("refused by the extractor");
        }
        Actor ministry = new Actor("Ministry of Economy", "AZE", ActorKind.GOV);
        Actor chamber = new Actor("Chamber of Commerce of Ganja", "AZE", ActorKind.BUS);
        Actor lyon = new Actor("Lyon", "FRA", ActorKind.CITY);
        Actor tbilisi = new Actor("Tbilisi", "GEO", ActorKind.CITY);
        if (a.text().contains("signed")) {
            return new ArticleEvents(a.id(), List.of(new Event(EventType.AGREE, Status.DONE, List.of(ministry, chamber),
                    new Instrument("memorandum of understanding", InstrumentKind.MOU), null,
                    List.of(new Person(null, "Minister", ministry.name())), null, null, List.of("trade"),
                    a.text().substring(0, a.text().indexOf('.') + 1), 0.7)));
        }
        if (a.text().contains(" met ")) {
            return new ArticleEvents(a.id(), List.of(new Event(EventType.MEET, Status.DONE, List.of(lyon, tbilisi),
                    null, null, List.of(), "2021-03", null, List.of("culture"), "The mayor of Lyon met a delegation.",
                    0.5)));
        }
        return new ArticleEvents(a.id(), List.of());
    }

    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }

        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }
    }

    private final AtomicInteger extractorsMade = new AtomicInteger();

    private Run run(InputStream stdin, String... args) {
        Supplier<ExtractCommand.Analyser> analyser = () -> {
            extractorsMade.incrementAndGet();
            return ExtractCommandTest::fake;
        };
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == ExtractCommand.class ? cls.cast(new ExtractCommand(analyser, stdin))
                        : CommandLine.defaultFactory().create(cls);
            }
        };
        return execute(Main.commandLine(factory), args);
    }

    private static Run execute(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Run run(String... args) {
        return run(InputStream.nullInputStream(), args);
    }

    private static String record(String id, String text) {
        try {
            return JSON.writeValueAsString(java.util.Map.of("id", id, "published", "2021-03-04", "text", text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path write(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void all_read_and_analysed_exits_0_with_one_schema_valid_line_per_article() throws IOException {
        write("in/a.jsonl", record("agree-1", ENGLISH), "", record("meet-1", ENGLISH_MEETING));
        write("in/b.txt", " date 2021-03-05", ENGLISH_MEETING);
        Run r = run("extract", dir.resolve("in").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(3, r.lines().size(), r.out());
        r.lines().forEach(ArticleEventsSchema::assertValid);
        JsonNode first = JSON.readTree(r.lines().get(0));
        assertEquals("agree-1", first.get("id").asText());
        JsonNode event = first.get("events").get(0);
        assertEquals("AGREE", event.get("type").asText());
        assertEquals("mou", event.get("instrument").get("kind").asText());
        assertTrue(event.has("date") && event.get("date").isNull(), "null fields are written as null");
        assertTrue(event.get("people").get(0).get("name").isNull());
        assertEquals("057", event.get("cameo").asText());
        assertEquals("meet-1", JSON.readTree(r.lines().get(1)).get("id").asText());
        assertEquals("b", JSON.readTree(r.lines().get(2)).get("id").asText());
    }

    @Test
    void malformed_line_is_reported_with_file_and_line_and_the_batch_goes_on() throws IOException {
        Path f = write("m.jsonl", record("a", ENGLISH), "{\"id\": \"b\", \"text\": ", record("c", ENGLISH_MEETING));
        Run r = run("extract", f.toString());
        assertEquals(1, r.code());
        assertEquals(2, r.lines().size());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("entente: " + f + ":2: not JSON: "), r.err());
    }

    @Test
    void non_english_article_is_reported_gets_no_events_and_counts_as_analysed() throws IOException {
        Path f = write("fr.jsonl", record("fr-1", FRENCH), record("en-1", ENGLISH));
        Run r = run("extract", f.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("entente: " + f + ":1: not English (detected: fr)\n", r.err());
        assertEquals("{\"id\":\"fr-1\",\"events\":[]}", r.lines().get(0));
        assertEquals(2, r.lines().size());
    }

    @Test
    void foreign_and_bad_inputs_alone_never_load_the_extractor() throws IOException {
        Path f = write("fr.jsonl", record("fr-1", FRENCH), "not json");
        Run r = run("extract", f.toString());
        assertEquals(1, r.code());
        assertEquals(0, extractorsMade.get(), "CoreNLP is loaded only for an article that needs it");
    }

    @Test
    void empty_and_oversized_articles_get_no_line_and_exit_1() throws IOException {
        Path empty = write("empty.txt", "");
        Path blank = write("blank.jsonl", "{\"id\": \"x\", \"text\": \"   \"}");
        Path big = write("big.txt", "a".repeat(Extractor.MAX_CHARS + 5));
        Run r = run("extract", empty.toString(), blank.toString(), big.toString());
        assertEquals(1, r.code());
        assertEquals(List.of(), r.lines());
        assertEquals(List.of("entente: " + empty + ": empty file", "entente: " + blank + ":1: empty \"text\"",
                "entente: " + big + ": article of 200,005 characters exceeds the limit of 200,000"), r.errLines());
    }

    @Test
    void extractor_failure_on_one_article_is_reported_and_the_batch_goes_on() throws IOException {
        Path f = write("x.jsonl", record("a", ENGLISH), record("boom", ENGLISH + " EXPLODE"),
                record("refused", ENGLISH + " REFUSE"), record("c", ENGLISH_MEETING));
        Run r = run("extract", f.toString());
        assertEquals(1, r.code());
        assertEquals(List.of("a", "c"), r.lines().stream().map(l -> read(l).get("id").asText()).toList());
        assertEquals(2, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).startsWith("entente: " + f + ":2: extraction failed: "), r.err());
        assertTrue(r.errLines().get(0).contains("boom"));
        assertEquals("entente: " + f + ":3: refused by the extractor", r.errLines().get(1));
        assertEquals(1, extractorsMade.get(), "one extractor for the batch");
    }

    @Test
    void missing_file_exits_1_and_other_inputs_are_still_read() throws IOException {
        Path f = write("ok.jsonl", record("a", ENGLISH));
        Run r = run("extract", dir.resolve("missing.jsonl").toString(), f.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.lines().size());
        assertTrue(r.err().contains("missing.jsonl: cannot read: no such file or directory"), r.err());
    }

    @Test
    void stdin_by_dash_or_by_default() {
        byte[] in = (record("s1", ENGLISH) + "\n").getBytes(StandardCharsets.UTF_8);
        Run dash = run(new ByteArrayInputStream(in), "extract", "-");
        assertEquals(0, dash.code(), dash.err());
        assertEquals("s1", read(dash.lines().get(0)).get("id").asText());
        Run none = run(new ByteArrayInputStream(ENGLISH.getBytes(StandardCharsets.UTF_8)), "extract");
        assertEquals(0, none.code(), none.err());
        assertEquals("stdin", read(none.lines().get(0)).get("id").asText());
    }

    @Test
    void out_option_writes_the_file() throws IOException {
        Path f = write("a.jsonl", record("a", ENGLISH), record("b", ENGLISH_MEETING));
        Path out = dir.resolve("events.jsonl");
        Run r = run("extract", f.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(2, ArticleEventsSchema.assertValidFile(out));
    }

    @Test
    void unwritable_out_exits_1() throws IOException {
        Path f = write("a.jsonl", record("a", ENGLISH));
        Run r = run("extract", f.toString(), "--out", dir.resolve("no/such/dir/events.jsonl").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("entente: cannot write "), r.err());
    }

    @Test
    void usage_errors_exit_2() throws IOException {
        assertEquals(2, run("extract", "--no-such-option").code());
        assertEquals(2, run().code(), "a subcommand is required");
        assertEquals(2, run("frobnicate").code());
        Path f = write("a.jsonl", record("a", ENGLISH));
        Run r = run("extract", f.toString(), "--out", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is one of the inputs"), r.err());
        assertEquals(record("a", ENGLISH) + "\n", Files.readString(f), "the input is left alone");
        Run help = run("extract", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--out"));
    }

    @Test
    void progress_bar_on_request() throws IOException {
        Path f = write("a.jsonl", record("a", ENGLISH), record("b", ENGLISH_MEETING), "broken");
        Run r = run("extract", f.toString(), "--progress");
        assertEquals(1, r.code());
        assertEquals(2, r.lines().size());
        assertTrue(r.err().contains("extract"), r.err());
        assertTrue(r.err().contains("3/3"), "the total is counted first: " + r.err());
        assertTrue(r.err().contains(f + ":3: not JSON"), r.err());
        assertTrue(r.err().contains("2 articles, 2 events, 0 not English, 1 problem"), r.err());

        byte[] in = (record("s1", ENGLISH) + "\n").getBytes(StandardCharsets.UTF_8);
        Run piped = run(new ByteArrayInputStream(in), "extract", "--progress");
        assertEquals(0, piped.code(), piped.err());
        assertTrue(piped.err().contains("extract"), "no total for stdin, still a rate: " + piped.err());

        Run quiet = run("extract", f.toString(), "--no-progress");
        assertFalse(quiet.err().contains("3/3"));
    }

    @Test
    void verbose_names_skipped_files() throws IOException {
        write("in/a.jsonl", record("a", ENGLISH));
        write("in/notes.md", "notes");
        Run quiet = run("extract", dir.resolve("in").toString());
        assertEquals("", quiet.err());
        Run loud = run("extract", "--verbose", dir.resolve("in").toString());
        assertEquals(0, loud.code(), loud.err());
        assertTrue(loud.err().contains("notes.md"), loud.err());
        assertEquals(1, loud.lines().size());
    }

    @Test
    void production_command_line_reports_without_loading_corenlp() throws IOException {
        Path fr = write("fr.txt", FRENCH);
        Path empty = write("e.jsonl", "");
        Run r = execute(Main.commandLine(), "extract", "--no-progress", fr.toString(), empty.toString());
        assertEquals(1, r.code());
        assertEquals("{\"id\":\"fr\",\"events\":[]}\n", r.out());
        assertEquals(List.of("entente: " + fr + ": not English (detected: fr)", "entente: " + empty + ": empty file"),
                r.errLines());
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
