package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.entente.event.Actor;
import org.entente.event.ActorKind;
import org.entente.event.ArticleEvents;
import org.entente.event.Event;
import org.entente.event.EventType;
import org.entente.event.Instrument;
import org.entente.event.InstrumentKind;
import org.entente.event.Status;
import org.entente.extract.ArticleRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code entente bench}: the report's lines with the real extractor (CoreNLP is loaded), and pass counts,
 * refusals and usage errors with a stand-in. The articles are written for this test.
 */
class BenchCommandTest {

    static final String AGREEMENT = "{\"id\": \"bench-1\", \"url\": null, \"published\": \"2023-09-20\", \"text\": "
            + "\"Kenya's Ministry of Energy and Norway's Agency for Hydropower Research signed a memorandum of "
            + "understanding on cooperation in small hydropower plants in Nairobi on Tuesday.\\n\\nThe document was "
            + "signed by Energy Minister Peter Kamau Ndegwa and the agency's director Ingrid Solheim Berg.\"}\n";
    static final String WEATHER = "{\"id\": \"bench-2\", \"url\": null, \"published\": \"2023-09-21\", \"text\": "
            + "\"Light rain is expected across the coast on Thursday, with temperatures between 18 and 24 degrees. "
            + "Winds will ease in the afternoon, forecasters said.\"}\n";

    static final Event EVENT = new Event(EventType.AGREE, Status.DONE,
            List.of(new Actor("Ministry of Energy", "KEN", ActorKind.GOV),
                    new Actor("Agency for Hydropower Research", "NOR", ActorKind.GOV)),
            new Instrument("memorandum of understanding", InstrumentKind.MOU), null, List.of(), "2023-09-19", null,
            List.of("energy"), "Kenya's Ministry of Energy and Norway's Agency ... signed a memorandum", 0.8);

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(CommandLine cl, String... args) {
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path input(String... lines) throws IOException {
        Path f = dir.resolve("articles.jsonl");
        Files.writeString(f, String.join("", lines));
        return f;
    }

    private static void assertLine(String report, String regex) {
        assertTrue(Pattern.compile("^" + regex + "$", Pattern.MULTILINE).matcher(report).find(),
                () -> "no line matching " + regex + " in:\n" + report);
    }

    @Test
    void reportsThroughputWithTheRealExtractor() throws IOException {
        Path f = input(AGREEMENT, WEATHER);
        int code = run(Main.commandLine(), "bench", f.toString(), "--repeat", "2", "--warmup", "1");
        String report = out.toString();
        assertEquals(0, code, () -> report + err);
        assertEquals("", err.toString());
        String n = "[0-9][0-9,]*";
        String x = "[0-9]+\\.[0-9]+";
        // 42 + 24 whitespace-separated words
        assertLine(report, "input: 2 articles, 66 tokens, " + n + " characters");
        assertLine(report, "model load: " + x + " s");
        assertLine(report, "warm-up: 1 pass, " + x + " s");
        assertLine(report, "pass 1: " + x + " s");
        assertLine(report, "pass 2: " + x + " s");
        assertLine(report, "articles/s: " + x);
        assertLine(report, "tokens/s: " + n + " \\(whitespace-separated tokens\\)");
        assertLine(report, "characters/s: " + n);
        assertLine(report, "events found: " + n + " per pass");
        assertLine(report, "rejected: 0 per pass");
        assertLine(report, "peak heap: [1-9][0-9,]* MB \\(.*\\)");
        assertLine(report, "peak heap after GC: (" + n + " MB \\(.*collections\\)|n/a .*)");
        assertLine(report, "total wall time: " + x + " s");
    }

    @Test
    void runsTheWarmUpAndMeasuredPassesAndReportsRefusals() throws IOException {
        Path f = input(AGREEMENT, WEATHER,
                "{\"id\": \"bench-3\", \"url\": null, \"published\": null, \"text\": \"REFUSE me\"}\n");
        AtomicInteger loads = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        BenchCommand bench = new BenchCommand(() -> {
            loads.incrementAndGet();
            return a -> {
                calls.incrementAndGet();
                if (a.text().contains("REFUSE")) {
                    throw new ArticleRejectedException("not English");
                }
                return new ArticleEvents(a.id(), a.text().contains("signed") ? List.of(EVENT, EVENT) : List.of());
            };
        }, new ByteArrayInputStream(new byte[0]));
        int code = run(new CommandLine(bench), f.toString(), "--repeat", "3", "--warmup", "2");
        assertEquals(1, code, out::toString);
        assertEquals(1, loads.get());
        assertEquals(3 * (2 + 3), calls.get());
        assertEquals(f + ":3: not English\n", err.toString().replace("entente: ", "").replace("\r", ""));
        assertLine(out.toString(), "warm-up: 2 passes, .*");
        assertLine(out.toString(), "pass 3: .*");
        assertLine(out.toString(), "events found: 2 per pass");
        assertLine(out.toString(), "rejected: 1 per pass");
    }

    @Test
    void refusesNonsensicalCounts() throws IOException {
        Path f = input(WEATHER);
        assertEquals(2, run(Main.commandLine(), "bench", f.toString(), "--repeat", "0"));
        assertEquals(2, run(Main.commandLine(), "bench", f.toString(), "--warmup", "-1"));
        assertEquals("", out.toString());
    }

    @Test
    void countsWhitespaceSeparatedTokens() {
        assertEquals(0, BenchCommand.whitespaceTokens(""));
        assertEquals(0, BenchCommand.whitespaceTokens(" \n\t "));
        assertEquals(5, BenchCommand.whitespaceTokens("  The ministers met,\n\nthen\u00a0left "));
    }
}
