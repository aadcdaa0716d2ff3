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
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.entente.article.Article;
import org.entente.event.Actor;
import org.entente.event.ActorKind;
import org.entente.event.ArticleEvents;
import org.entente.event.Event;
import org.entente.event.EventType;
import org.entente.event.Status;
import org.entente.extract.ArticleRejectedException;
import org.entente.schema.ArticleEventsSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code entente eval} run in-process: scoring of hand-written gold and prediction files (made-up
 * countries and bodies, figures worked out by hand from the scorer's rules), its JSON and miss listing,
 * extraction with a stand-in analyser (CoreNLP is not loaded), and the exit codes of bad input and usage.
 */
class EvalCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /*
     * g1: an AGREE matched by the prediction (date wrong, instrument right, one sphere of two), a MEET whose
     *     prediction pairs the ministry with a body gold does not know (one miss, one false hit).
     * g2: an ATTEND matched (a date inside the gold range), and a false AGREE with an actor without country.
     */
    static final String GOLD = String.join("\n",
            "{\"id\": \"g1\", \"events\": ["
                    + "{\"type\": \"AGREE\", \"status\": \"done\", \"actors\": ["
                    + "{\"name\": \"Port Authority of Valdoria\", \"country\": \"VAL\", \"kind\": \"GOV\"}, "
                    + "{\"name\": \"Harbour Guild of Ostmark\", \"country\": \"OST\", \"kind\": \"BUS\"}], "
                    + "\"instrument\": {\"text\": \"pact\", \"kind\": \"agreement\"}, \"date\": \"2030-04-02\", "
                    + "\"spheres\": [\"fisheries\", \"trade\"], "
                    + "\"evidence\": \"The port authority and the guild signed a pact.\"}, "
                    + "{\"type\": \"MEET\", \"status\": \"done\", \"actors\": ["
                    + "{\"name\": \"Ministry of Fisheries\", \"country\": \"VAL\"}, "
                    + "{\"name\": \"Fisheries Council of Ostmark\", \"country\": \"OST\"}], "
                    + "\"evidence\": \"Fisheries officials of both countries met in Valdoria.\"}]}",
            "",
            "{\"id\": \"g2\", \"events\": [{\"type\": \"ATTEND\", \"status\": \"planned\", "
                    + "\"actors\": [{\"name\": \"Valdoria\", \"country\": \"VAL\"}], "
                    + "\"event_name\": \"Northern Grain Fair\", \"date\": \"2030-09-14/2030-09-16\", "
                    + "\"evidence\": \"Valdoria will exhibit at the Northern Grain Fair.\"}]}") + "\n";

    static final String PRED = String.join("\n",
            "{\"id\": \"g1\", \"events\": ["
                    + "{\"type\": \"AGREE\", \"status\": \"done\", \"actors\": ["
                    + "{\"name\": \"Harbour Guild of Ostmark\", \"country\": \"OST\"}, "
                    + "{\"name\": \"the Port Authority of Valdoria\", \"country\": \"VAL\"}], "
                    + "\"instrument\": {\"kind\": \"agreement\"}, \"date\": \"2030-04-09\", \"spheres\": [\"trade\"]}, "
                    + "{\"type\": \"MEET\", \"status\": \"done\", \"actors\": ["
                    + "{\"name\": \"Ministry of Fisheries\", \"country\": \"VAL\"}, "
                    + "{\"name\": \"Coastal Guard of Zembla\", \"country\": \"ZEM\"}], "
                    + "\"evidence\": \"The ministry met the coast guard.\"}]}",
            "{\"id\": \"g2\", \"events\": ["
                    + "{\"type\": \"ATTEND\", \"status\": \"planned\", "
                    + "\"actors\": [{\"name\": \"Valdoria\", \"country\": \"VAL\"}], "
                    + "\"event_name\": \"Northern Grain Fair\", \"date\": \"2030-09-15\"}, "
                    + "{\"type\": \"AGREE\", \"status\": \"done\", "
                    + "\"actors\": [{\"name\": \"Valdoria\", \"country\": \"VAL\"}, {\"name\": \"Zembla\"}]}]}",
            "{\"id\": \"not-in-gold\", \"events\": [{\"type\": \"AGREE\", \"status\": \"done\", "
                    + "\"actors\": [{\"name\": \"Alpha\"}, {\"name\": \"Beta\"}]}]}") + "\n";

    /*
     * By hand, per article (name level): g1 tp 1 (AGREE) fp 1 (MEET with Zembla) fn 1 (MEET with the council);
     * g2 tp 1 (ATTEND) fp 1 (AGREE with Zembla). Actor dyads tp 2 fp 2 fn 1: P 2/4, R 2/3, F1 4/7 = 0.5714.
     * Country level, units with a country-less actor left out: g1 AGREE OST+VAL tp, MEET VAL+ZEM fp,
     * MEET OST+VAL fn; g2 ATTEND EVENT+VAL tp: tp 2 fp 1 fn 1, 2/3 each.
     * Types: AGREE tp 1 fp 1, ATTEND tp 1, MEET fp 1 fn 1.
     * Attributes: dates 0 (2030-04-09 is not 2030-04-02) and 1 (inside the range): 0.5 of 2; instrument 1 of 1;
     * spheres F1 of {trade} against {fisheries, trade} = 2/3 of 1; no gold people nor location.
     */
    static final String REPORT = """
            articles 2 (predicted for 2)
              AGREE  P 0.500 R 1.000 F1 0.667  (tp 1 fp 1 fn 0)
              ATTEND P 1.000 R 1.000 F1 1.000  (tp 1 fp 0 fn 0)
              MEET   P 0.000 R 0.000 F1 0.000  (tp 0 fp 1 fn 1)
            attributes on matched events: date 0.500 (n=2), instrument 1.000 (n=1), spheres 0.667 (n=1)
            country-dyad P 0.667 R 0.667 F1 0.667
            actor-dyad P 0.500 R 0.667 F1 0.571  (tp 2 fp 2 fn 1)
            """;

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }
    }

    private final AtomicInteger analysersMade = new AtomicInteger();

    /** Stands in for the extractor: an AGREE for "signed", a MEET for " met ", a failure for "EXPLODE". */
    static ArticleEvents fake(Article a) throws ArticleRejectedException {
        if (a.text().contains("EXPLODE")) {
            throw new IllegalStateException("stand-in failure");
        }
        String first = a.text().substring(0, a.text().indexOf('.') + 1);
        if (a.text().contains("signed")) {
            return new ArticleEvents(a.id(), List.of(new Event(EventType.AGREE, Status.DONE,
                    List.of(new Actor("Port Authority of Valdoria", "VAL", ActorKind.GOV),
                            new Actor("Harbour Guild of Ostmark", "OST", ActorKind.BUS)),
                    null, null, List.of(), "2030-04-02", null, List.of("trade"), first, 0.8)));
        }
        if (a.text().contains(" met ")) {
            return new ArticleEvents(a.id(), List.of(new Event(EventType.MEET, Status.DONE,
                    List.of(new Actor("Ministry of Fisheries", "VAL", ActorKind.GOV),
                            new Actor("Coastal Guard of Zembla", "ZEM", ActorKind.GOV)),
                    null, null, List.of(), null, null, List.of(), first, 0.6)));
        }
        return new ArticleEvents(a.id(), List.of());
    }

    private Run run(InputStream stdin, String... args) {
        Supplier<ExtractCommand.Analyser> analyser = () -> {
            analysersMade.incrementAndGet();
            return EvalCommandTest::fake;
        };
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == EvalCommand.class) {
                    return cls.cast(new EvalCommand(analyser, stdin));
                }
                if (cls == ExtractCommand.class) {
                    return cls.cast(new ExtractCommand(analyser, stdin));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
        CommandLine cl = Main.commandLine(factory);
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

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static String article(String id, String text) throws IOException {
        return JSON.writeValueAsString(Map.of("id", id, "published", "2030-04-03", "text", text));
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    // ---------------------------------------------------------------- --pred

    @Test
    void pred_file_is_scored_with_the_figures_worked_out_by_hand() throws IOException {
        Path gold = write("gold.jsonl", GOLD);
        Path pred = write("pred.jsonl", PRED);
        Run r = run("eval", "--gold", gold.toString(), "--pred", pred.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(REPORT, r.out());
        assertTrue(r.lines().contains("actor-dyad P 0.500 R 0.667 F1 0.571  (tp 2 fp 2 fn 1)"), r.out());
        assertEquals(0, analysersMade.get(), "scoring a prediction file extracts nothing");
    }

    @Test
    void per_article_adds_the_counts_of_each_gold_article() throws IOException {
        Path gold = write("gold.jsonl", GOLD);
        Path pred = write("pred.jsonl", PRED);
        Run r = run("eval", "--gold", gold.toString(), "--pred", pred.toString(), "--per-article");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.lines();
        int g1 = lines.indexOf("  g1: tp 1 fp 1 fn 1");
        assertTrue(g1 > 0, r.out());
        assertEquals("  g2: tp 1 fp 1 fn 0", lines.get(g1 + 1));
        assertFalse(r.out().contains("not-in-gold"), "predicted articles missing from gold are ignored");
        assertTrue(lines.get(lines.size() - 1).startsWith("actor-dyad P 0.500 R 0.667 F1 0.571"), r.out());
    }

    @Test
    void json_gives_the_dyad_figures_rounded_to_four_places() throws IOException {
        Path gold = write("gold.jsonl", GOLD);
        Path pred = write("pred.jsonl", PRED);
        Run r = run("eval", "--gold", gold.toString(), "--pred", pred.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().endsWith("}\n"), r.out());
        JsonNode report = read(r.out());
        assertEquals(2, report.get("articles").asInt());
        assertEquals(2, report.get("articles_predicted").asInt());
        JsonNode dyad = report.get("dyad");
        assertEquals(0.5, dyad.get("p").asDouble());
        assertEquals(0.6667, dyad.get("r").asDouble());
        assertEquals(0.5714, dyad.get("f1").asDouble());
        assertEquals(List.of(2, 2, 1), List.of(dyad.get("tp").asInt(), dyad.get("fp").asInt(), dyad.get("fn").asInt()));
        JsonNode country = report.get("country_dyad");
        assertEquals(0.6667, country.get("p").asDouble());
        assertEquals(0.6667, country.get("r").asDouble());
        assertEquals(0.6667, country.get("f1").asDouble());
        assertEquals(List.of("AGREE", "ATTEND", "MEET"), fieldNames(report.get("by_type")));
        assertEquals(0.0, report.get("by_type").get("MEET").get("f1").asDouble());
        assertEquals(0.5, report.get("attributes").get("date").asDouble());
        assertEquals(0.6667, report.get("attributes").get("spheres").asDouble());
        assertEquals(2, report.get("attribute_counts").get("date").asInt());
        assertFalse(report.has("per_article"));

        Run per = run("eval", "--gold", gold.toString(), "--pred", pred.toString(), "--json", "--per-article");
        JsonNode rows = read(per.out()).get("per_article");
        assertEquals(2, rows.size());
        assertEquals("g2", rows.get(1).get("id").asText());
        assertEquals(1, rows.get(1).get("fp").asInt());
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> out = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    // ---------------------------------------------------------------- --misses

    @Test
    void misses_lists_the_missed_unit_the_false_hits_and_the_date_mismatch_before_the_figures()
            throws IOException {
        Path gold = write("gold.jsonl", GOLD);
        Path pred = write("pred.jsonl", PRED);
        Run r = run("eval", "--gold", gold.toString(), "--pred", pred.toString(), "--misses");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        String analysis = """
                g1: tp 1 fp 1 fn 1
                  miss       MEET   done    Ministry of Fisheries + Fisheries Council of Ostmark  [not paired]
                             gold: Fisheries officials of both countries met in Valdoria.
                  false      MEET   done    Ministry of Fisheries + Coastal Guard of Zembla  \
                [unknown actor: 'Coastal Guard of Zembla']
                             pred: The ministry met the coast guard.
                  date       AGREE  done    Port Authority of Valdoria + Harbour Guild of Ostmark: \
                predicted 2030-04-09, gold 2030-04-02
                g2: tp 1 fp 1 fn 0
                  false      AGREE  done    Valdoria + Zembla  [unknown actor: 'Zembla']
                             pred: -
                misses 1: not paired 1
                false hits 2: unknown actor 2
                attribute mismatches: date 1, location 0, instrument 0

                """;
        assertEquals(analysis + REPORT, r.out());
    }

    @Test
    void misses_with_json_go_to_stderr_and_leave_stdout_valid_json() throws IOException {
        Path gold = write("gold.jsonl", GOLD);
        Path pred = write("pred.jsonl", PRED);
        Run r = run("eval", "--gold", gold.toString(), "--pred", pred.toString(), "--misses", "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals(0.5714, read(r.out()).get("dyad").get("f1").asDouble());
        assertTrue(r.err().contains("  miss       MEET   done    Ministry of Fisheries + Fisheries Council of Ostmark"),
                r.err());
        assertTrue(r.err().contains("[unknown actor: 'Zembla']"), r.err());
    }

    @Test
    void perfect_predictions_list_no_article_only_zero_counts() throws IOException {
        Path gold = write("gold.jsonl", GOLD);
        Run r = run("eval", "--gold", gold.toString(), "--pred", gold.toString(), "--misses");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("misses 0\nfalse hits 0\nattribute mismatches: date 0, location 0, instrument 0\n\n"),
                r.out());
        assertTrue(r.out().endsWith("actor-dyad P 1.000 R 1.000 F1 1.000  (tp 3 fp 0 fn 0)\n"), r.out());
    }

    // ---------------------------------------------------------------- extraction

    static final String SIGNED = "The Port Authority of Valdoria and the Harbour Guild of Ostmark signed a pact on "
            + "Wednesday to share berths for fishing boats. Under the pact the two bodies will also train harbour "
            + "pilots together and publish a joint timetable for the coming season, the authority said.";
    static final String MET = "The Ministry of Fisheries met the Coastal Guard of Zembla on Monday to talk about "
            + "safety at sea and the rescue of sailors in bad weather. Both sides agreed that the talks were useful "
            + "and said they would keep in touch over the winter months.";

    /** Gold for the two articles: x1's AGREE is found, x2's MEET is with the council, not the coast guard. */
    static final String EXTRACTION_GOLD = String.join("\n",
            "{\"id\": \"x1\", \"events\": [{\"type\": \"AGREE\", \"status\": \"done\", \"actors\": ["
                    + "{\"name\": \"Port Authority of Valdoria\", \"country\": \"VAL\"}, "
                    + "{\"name\": \"Harbour Guild of Ostmark\", \"country\": \"OST\"}], \"date\": \"2030-04-02\"}]}",
            "{\"id\": \"x2\", \"events\": [{\"type\": \"MEET\", \"status\": \"done\", \"actors\": ["
                    + "{\"name\": \"Ministry of Fisheries\", \"country\": \"VAL\"}, "
                    + "{\"name\": \"Fisheries Council of Ostmark\", \"country\": \"OST\"}]}]}") + "\n";

    @Test
    void articles_are_extracted_with_the_stand_in_and_scored() throws IOException {
        Path gold = write("gold.jsonl", EXTRACTION_GOLD);
        Path articles = write("in/articles.jsonl", article("x1", SIGNED) + "\n" + article("x2", MET) + "\n");
        Run r = run("eval", "--gold", gold.toString(), "--no-progress", articles.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals("""
                articles 2 (predicted for 2)
                  AGREE  P 1.000 R 1.000 F1 1.000  (tp 1 fp 0 fn 0)
                  ATTEND P 0.000 R 0.000 F1 0.000  (tp 0 fp 0 fn 0)
                  MEET   P 0.000 R 0.000 F1 0.000  (tp 0 fp 1 fn 1)
                attributes on matched events: date 1.000 (n=1)
                country-dyad P 0.500 R 0.500 F1 0.500
                actor-dyad P 0.500 R 0.500 F1 0.500  (tp 1 fp 1 fn 1)
                """, r.out());
        assertEquals(1, analysersMade.get(), "one analyser for the batch");
    }

    @Test
    void pred_out_saves_the_extracted_predictions() throws IOException {
        Path gold = write("gold.jsonl", EXTRACTION_GOLD);
        Path articles = write("in/articles.jsonl", article("x1", SIGNED) + "\n" + article("x2", MET) + "\n");
        Path saved = dir.resolve("pred.jsonl");
        Run r = run("eval", "--gold", gold.toString(), "--no-progress", "--pred-out", saved.toString(),
                articles.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().endsWith("actor-dyad P 0.500 R 0.500 F1 0.500  (tp 1 fp 1 fn 1)\n"), r.out());
        assertEquals(2, ArticleEventsSchema.assertValidFile(saved));
        Run again = run("eval", "--gold", gold.toString(), "--pred", saved.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals(r.out(), again.out(), "the saved file scores the same");
    }

    @Test
    void articles_from_stdin() throws IOException {
        Path gold = write("gold.jsonl", EXTRACTION_GOLD);
        byte[] in = (article("x1", SIGNED) + "\n").getBytes(StandardCharsets.UTF_8);
        Run r = run(new ByteArrayInputStream(in), "eval", "--gold", gold.toString(), "--no-progress", "-");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("articles 2 (predicted for 1)\n"), r.out());
        assertTrue(r.out().endsWith("actor-dyad P 1.000 R 0.500 F1 0.667  (tp 1 fp 0 fn 1)\n"), r.out());
    }

    @Test
    void an_article_that_fails_is_reported_exit_1_and_the_scores_are_still_printed() throws IOException {
        Path gold = write("gold.jsonl", EXTRACTION_GOLD);
        Path articles = write("in/articles.jsonl",
                article("x1", SIGNED) + "\n" + article("x2", MET + " EXPLODE") + "\n");
        Run r = run("eval", "--gold", gold.toString(), "--no-progress", articles.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("entente: " + articles + ":2: extraction failed: "), r.err());
        assertTrue(r.out().startsWith("articles 2 (predicted for 1)\n"), r.out());
        assertTrue(r.out().endsWith("actor-dyad P 1.000 R 0.500 F1 0.667  (tp 1 fp 0 fn 1)\n"), r.out());
    }

    @Test
    void ids_matching_no_gold_article_are_warned_about() throws IOException {
        Path gold = write("gold.jsonl", EXTRACTION_GOLD);
        Path articles = write("in/articles.jsonl", article("other-id", SIGNED) + "\n");
        Run r = run("eval", "--gold", gold.toString(), "--no-progress", articles.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("entente: none of the gold articles has a line in the predictions: do their ids match those of "
                + gold + "?\n", r.err());
        assertTrue(r.out().endsWith("actor-dyad P 0.000 R 0.000 F1 0.000  (tp 0 fp 0 fn 2)\n"), r.out());
    }

    // ---------------------------------------------------------------- unreadable files

    @Test
    void missing_gold_file_exits_1_naming_it() throws IOException {
        Path pred = write("pred.jsonl", PRED);
        Path gold = dir.resolve("no-such-gold.jsonl");
        Run r = run("eval", "--gold", gold.toString(), "--pred", pred.toString());
        assertEquals(1, r.code());
        assertEquals("entente: no such file: " + gold + "\n", r.err());
        assertEquals("", r.out(), "nothing is scored");
    }

    @Test
    void malformed_gold_line_exits_1_naming_file_and_line() throws IOException {
        Path gold = write("gold.jsonl", GOLD + "{\"id\": \"g3\", \"events\": [\n");
        Path pred = write("pred.jsonl", PRED);
        Run r = run("eval", "--gold", gold.toString(), "--pred", pred.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("entente: " + gold + ":4: not JSON: "), r.err());
        assertEquals("", r.out());

        Path notObject = write("list.jsonl", "[1, 2]\n");
        Run list = run("eval", "--gold", notObject.toString(), "--pred", pred.toString());
        assertEquals(1, list.code());
        assertEquals("entente: " + notObject + ":1: not a JSON object\n", list.err());
    }

    @Test
    void missing_pred_file_exits_1_naming_it() throws IOException {
        Path gold = write("gold.jsonl", GOLD);
        Path pred = dir.resolve("no-such-pred.jsonl");
        Run r = run("eval", "--gold", gold.toString(), "--pred", pred.toString());
        assertEquals(1, r.code());
        assertEquals("entente: no such file: " + pred + "\n", r.err());
    }

    @Test
    void unreadable_gold_is_read_before_any_extraction() throws IOException {
        Path articles = write("in/articles.jsonl", article("x1", SIGNED) + "\n");
        Path gold = dir.resolve("absent.jsonl");
        Run r = run("eval", "--gold", gold.toString(), "--no-progress", articles.toString());
        assertEquals(1, r.code());
        assertEquals("entente: no such file: " + gold + "\n", r.err());
        assertEquals(0, analysersMade.get(), "nothing is extracted when the gold cannot be read");
    }

    // ---------------------------------------------------------------- usage

    @Test
    void missing_gold_option_is_a_usage_error() throws IOException {
        Path pred = write("pred.jsonl", PRED);
        Run r = run("eval", "--pred", pred.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Missing required option: '--gold=GOLD.jsonl'"), r.err());
        assertTrue(r.err().contains("Usage: entente eval"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void other_usage_errors_exit_2() throws IOException {
        Path gold = write("gold.jsonl", GOLD);
        Path pred = write("pred.jsonl", PRED);
        Run nothing = run("eval", "--gold", gold.toString());
        assertEquals(2, nothing.code());
        assertTrue(nothing.err().contains("give ARTICLES to extract from, or --pred PRED.jsonl"), nothing.err());
        Run both = run("eval", "--gold", gold.toString(), "--pred", pred.toString(), "article.txt");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("--pred scores an existing file"), both.err());
        Run predOut = run("eval", "--gold", gold.toString(), "--pred", pred.toString(), "--pred-out", "x.jsonl");
        assertEquals(2, predOut.code());
        assertEquals(2, run("eval", "--gold", gold.toString(), "--pred", pred.toString(), "--no-such-option").code());
        assertEquals(0, analysersMade.get());
    }

    @Test
    void help_lists_the_options_and_exit_codes() {
        Run r = run("eval", "--help");
        assertEquals(0, r.code());
        for (String option : List.of("--gold", "--pred", "--pred-out", "--misses", "--json", "--per-article")) {
            assertTrue(r.out().contains(option), option + " in " + r.out());
        }
        assertTrue(r.out().contains("Exit codes:"), r.out());
    }
}
