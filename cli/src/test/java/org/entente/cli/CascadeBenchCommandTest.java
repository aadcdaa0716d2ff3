package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code entente bench-cascade} with the real extractors (CoreNLP is loaded) on a labelled stream of two
 * articles written for this test and a one-article "dev" corpus: every figure of the report is there, the
 * weather stays silent both ways, and the agreement is found both ways.
 */
class CascadeBenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void reportsBothModesSideBySide() throws Exception {
        Path stream = dir.resolve("stream.jsonl");
        String agreement = BenchCommandTest.AGREEMENT.replace("{\"id\"", "{\"label\": \"coop\", \"id\"");
        Files.writeString(stream, agreement + BenchCommandTest.WEATHER.replace("{\"id\"", "{\"label\": \"other\", \"id\""));
        Path dev = Files.createDirectories(dir.resolve("dev"));
        Files.writeString(dev.resolve("articles.jsonl"), BenchCommandTest.AGREEMENT);
        Files.writeString(dev.resolve("gold.jsonl"), "{\"id\": \"bench-1\", \"events\": [{\"type\": \"AGREE\", "
                + "\"status\": \"done\", \"actors\": [{\"name\": \"Ministry of Energy\", \"country\": \"KEN\", \"kind\": \"GOV\"}, "
                + "{\"name\": \"Agency for Hydropower Research\", \"country\": \"NOR\", \"kind\": \"GOV\"}]}]}\n");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("bench-cascade", stream.toString(), "--threads", "2", "--warmup", "1", "--rounds", "2",
                "--dev", dev.toString());
        String report = out.toString();
        assertEquals(0, code, report + err);
        for (String line : new String[] {"every sentence, 1 thread:", "cascade, 1 thread:", "every sentence, 2 threads:",
                "cascade, 2 threads:", "cascade speed-up", "2 threads over 1 (medians of 2 rounds):", "dev every sentence:", "dev cascade:",
                "dev actor-dyad F1 difference", "peak heap:", "articles/s", "tokens/s", "round 2 of 2",
                "cascade speed-up (medians of 2 rounds):"}) {
            assertTrue(report.contains(line), line + " missing in:\n" + report);
        }
        assertTrue(report.contains("coop with events 1/1, other with events 0/1"), report);
        assertEquals(8, report.lines().filter(l -> l.contains(" articles/s")).count(), "four passes a round:\n" + report);
        if (MachineTime.now().isPresent()) {
            assertTrue(report.contains("; steal "), "each pass says what the cores did:\n" + report);
        }
        // the weather article gets no full analysis in the cascade, so it analyses a share of what every sentence did
        java.util.regex.Matcher share = java.util.regex.Pattern.compile("cascade analysed ([0-9.]+)% of the tokens")
                .matcher(report);
        assertTrue(share.find(), report);
        double percent = Double.parseDouble(share.group(1));
        assertTrue(percent > 0 && percent < 100, report);
        assertTrue(report.lines().filter(l -> l.startsWith("every sentence, 1 thread:"))
                .allMatch(l -> l.matches(".*, [1-9][0-9,]* tokens analysed.*")), report);
        // a short article is analysed whole by both: nothing to lose
        assertTrue(report.contains("(cascade - every sentence): +0.000"), report);
    }
}
