package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.entente.article.Article;
import org.entente.article.ArticleReader;
import org.entente.article.ReadItem;
import org.entente.eval.EventFiles;
import org.entente.eval.Report;
import org.entente.eval.Scorer;
import org.entente.event.ArticleEvents;
import org.entente.extract.ArticleRejectedException;
import org.entente.extract.Extractor;
import org.entente.nlp.NlpEngine;
import org.entente.language.LanguageGuard;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente bench-cascade}: the full analysis of every sentence against the cascade, side by side in
 * one JVM on one stream of news, single-threaded and on all cores, then both scored on the dev corpus.
 *
 * <p>The stream is read into memory first and repeated {@code --repeat} times per pass. Both extractors
 * share the models (loaded once, timed apart) and get the same warm-up. Passes alternate (every sentence,
 * cascade; one thread, then {@code --threads}) so that a change in the machine's load hits both. Articles
 * labelled {@code coop}/{@code other} in their JSON line are counted by label: how many yield an event in
 * each mode. Peak heap is measured as {@code bench} does.
 */
@Command(name = "bench-cascade", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Measure the cascade against the every-sentence analysis on a news stream: articles/s and tokens/s "
                    + "on one thread and on all cores, articles with events by label, dev-set F1 both ways, peak heap.",
            "Without PATH: " + CascadeBenchCommand.DEFAULT_STREAM + " (120 real articles, about 70%% unrelated)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured", "1:an input could not be read or an article failed", "2:usage error"})
public final class CascadeBenchCommand implements Callable<Integer> {
    static final String DEFAULT_STREAM = "../shared/corpus/stream/articles.jsonl";
    static final String DEFAULT_DEV = "../shared/corpus/dev";
    /** Above this share of stolen CPU time a pass is reported as disturbed. */
    private static final double NOTABLE_STEAL = 0.05;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "The stream (default: " + DEFAULT_STREAM + ").")
    List<String> paths = new ArrayList<>();

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "The stream is read N times in each measured pass, for longer runs (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Threads of the parallel passes (default: all cores).")
    int threads;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "30",
            description = "Articles of the stream each extractor analyses before the measured passes (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "1",
            description = "The four passes are run N times, alternating, and compared by their medians: on a shared or "
                    + "virtual machine one pass is one sample of its load (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--dev", paramLabel = "DIR", defaultValue = DEFAULT_DEV,
            description = "Corpus with articles.jsonl and gold.jsonl scored both ways; 'none' to skip (default: ${DEFAULT-VALUE}).")
    String dev;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * One measured pass: time, per label how many articles yielded an event, the tokens given the full analysis
     * ({@link NlpEngine#tokensAnalysed}) and the machine's CPU ticks meanwhile ({@link MachineTime#since}; null off
     * Linux).
     */
    record Pass(double seconds, long events, Map<String, int[]> byLabel, long failed, long analysed,
                MachineTime machine) {
    }

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        PrintWriter out = cl.getOut();
        if (repeat < 1 || rounds < 1 || warmup < 0 || threads < 0) {
            throw new CommandLine.ParameterException(cl,
                    "--repeat and --rounds must be at least 1, --warmup and --threads not negative");
        }
        int parallel = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        List<String> inputs = paths.isEmpty() ? List.of(DEFAULT_STREAM) : paths;
        List<Article> stream = read(inputs);
        if (stream.isEmpty()) {
            return 1;
        }
        Map<String, String> labels = labels(inputs);
        long tokens = stream.stream().mapToLong(a -> BenchCommand.whitespaceTokens(a.text())).sum();
        print(out, "stream: %,d articles x %d, %,d whitespace tokens each time; labels: %s", stream.size(), repeat,
                tokens, labelCounts(stream, labels));
        List<Article> pass = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            pass.addAll(stream);
        }

        try (BenchCommand.HeapWatch heap = new BenchCommand.HeapWatch()) {
            long t0 = System.nanoTime();
            LanguageGuard.shared();
            Extractor every = Extractor.everySentence();
            Extractor cascade = new Extractor(NlpEngine.shared(), org.entente.cascade.TriggerGate.shared());
            print(out, "model load: %.1f s", seconds(t0));
            long tw = System.nanoTime();
            List<Article> warm = stream.subList(0, Math.min(warmup, stream.size()));
            run(every, warm, 1, labels);
            run(cascade, warm, 1, labels);
            print(out, "warm-up: %d articles each, %.1f s", warm.size(), seconds(tw));

            String everyN = "every sentence, " + parallel + " threads";
            String cascadeN = "cascade, " + parallel + " threads";
            Map<String, Extractor> modes = new LinkedHashMap<>();
            modes.put("every sentence, 1 thread", every);
            modes.put("cascade, 1 thread", cascade);
            modes.put(everyN, every);
            modes.put(cascadeN, cascade);
            Map<String, List<Pass>> passes = new LinkedHashMap<>();
            for (int round = 1; round <= rounds; round++) {
                if (rounds > 1) {
                    print(out, "round %d of %d", round, rounds);
                }
                for (Map.Entry<String, Extractor> mode : modes.entrySet()) {
                    Pass p = run(mode.getValue(), pass, mode.getKey().endsWith(" 1 thread") ? 1 : parallel, labels);
                    passes.computeIfAbsent(mode.getKey(), k -> new ArrayList<>()).add(p);
                    report(out, mode.getKey(), p, pass.size(), tokens * repeat);
                }
            }
            String of = rounds > 1 ? " (medians of " + rounds + " rounds)" : "";
            double every1 = median(passes.get("every sentence, 1 thread"));
            double cascade1 = median(passes.get("cascade, 1 thread"));
            print(out, "cascade speed-up%s: %.2fx on 1 thread, %.2fx on %d threads", of, every1 / cascade1,
                    median(passes.get(everyN)) / median(passes.get(cascadeN)), parallel);
            long everyAnalysed = passes.get("every sentence, 1 thread").get(0).analysed();
            long cascadeAnalysed = passes.get("cascade, 1 thread").get(0).analysed();
            if (everyAnalysed > 0 && cascadeAnalysed > 0) {
                // none analysed (every article refused, or none with a trigger): no share to speak of
                double share = (double) cascadeAnalysed / everyAnalysed;
                print(out, "cascade analysed %.1f%% of the tokens every sentence did (1/%.3f = %.1fx: the speed-up "
                        + "that share alone allows if a token's analysis costs the same in both)", 100 * share,
                        share, 1 / share);
            }
            print(out, "%d threads over 1%s: %.2fx every sentence, %.2fx cascade", parallel, of,
                    every1 / median(passes.get(everyN)), cascade1 / median(passes.get(cascadeN)));
            long stolen = passes.values().stream().flatMap(List::stream)
                    .filter(p -> p.machine() != null && p.machine().stealShare() > NOTABLE_STEAL).count();
            if (stolen > 0) {
                print(out, "note: the hypervisor took over %.0f%% of the cores' time in %d of %d passes; their times "
                        + "measure the host's load as much as Entente (more --rounds give steadier medians)",
                        100 * NOTABLE_STEAL, stolen, 4 * rounds);
            }
            if (!"none".equals(dev)) {
                score(out, every, cascade, parallel);
            }
            print(out, "peak heap: %,d MB (sum of the heap pools' peaks, an upper bound); after GC: %,d MB over %,d collections",
                    BenchCommand.peakHeapBytes() >> 20, heap.peakAfterGc() >> 20, heap.collections());
            return passes.values().stream().flatMap(List::stream).anyMatch(p -> p.failed() > 0) ? 1 : 0;
        }
    }

    private void report(PrintWriter out, String name, Pass p, int articles, long tokens) {
        StringBuilder labelled = new StringBuilder();
        p.byLabel().forEach((label, c) -> labelled.append(String.format(Locale.ROOT, ", %s with events %d/%d",
                label, c[1], c[0])));
        print(out, "%-28s %7.1f s  %7.2f articles/s  %,9d tokens/s  %,d events%s, %,d tokens analysed%s%s", name + ":",
                p.seconds(), articles / p.seconds(), Math.round(tokens / p.seconds()), p.events(), labelled, p.analysed(),
                p.failed() > 0 ? ", " + p.failed() + " failed" : "", p.machine() == null ? "" : "; " + p.machine().describe());
    }

    /** The median duration of a mode's passes (the mean of the middle two for an even count). */
    static double median(List<Pass> passes) {
        double[] s = passes.stream().mapToDouble(Pass::seconds).sorted().toArray();
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** The dev corpus through both extractors, scored like score.py. */
    private void score(PrintWriter out, Extractor every, Extractor cascade, int parallel) throws Exception {
        Path dir = Path.of(dev);
        List<Article> articles = read(List.of(dir.resolve("articles.jsonl").toString()));
        Map<String, List<JsonNode>> gold = EventFiles.load(dir.resolve("gold.jsonl"));
        Map<String, Report> reports = new LinkedHashMap<>();
        for (var mode : List.of(Map.entry("every sentence", every), Map.entry("cascade", cascade))) {
            long t = System.nanoTime();
            Map<String, List<JsonNode>> pred = new LinkedHashMap<>();
            for (ArticleEvents a : extractAll(mode.getValue(), articles, parallel)) {
                List<JsonNode> events = new ArrayList<>();
                a.events().forEach(e -> events.add(JSON.valueToTree(e)));
                pred.put(a.id(), events);
            }
            Report r = Scorer.score(gold, pred);
            reports.put(mode.getKey(), r);
            print(out, "dev %-15s actor-dyad P %.3f R %.3f F1 %.3f, country-dyad F1 %.3f, date %.3f, location %.3f (%.1f s)",
                    mode.getKey() + ":", r.dyad().precision(), r.dyad().recall(), r.dyad().f1(),
                    r.countryDyad().f1(), r.attribute("date"), r.attribute("location"), seconds(t));
        }
        print(out, "dev actor-dyad F1 difference (cascade - every sentence): %+.3f",
                reports.get("cascade").dyad().f1() - reports.get("every sentence").dyad().f1());
    }

    private static List<ArticleEvents> extractAll(Extractor extractor, List<Article> articles, int parallel)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<ArticleEvents>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> {
                    try {
                        return extractor.extract(a);
                    } catch (ArticleRejectedException e) {
                        return new ArticleEvents(a.id(), List.of());
                    }
                }));
            }
            List<ArticleEvents> out = new ArrayList<>();
            for (Future<ArticleEvents> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One pass over the articles on {@code parallel} threads pulling from one queue. */
    private Pass run(Extractor extractor, List<Article> articles, int parallel, Map<String, String> labels)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        java.util.Optional<MachineTime> before = MachineTime.now();
        long analysedBefore = NlpEngine.shared().tokensAnalysed();
        long t = System.nanoTime();
        List<Future<Integer>> futures = new ArrayList<>(articles.size());
        for (Article a : articles) {
            futures.add(pool.submit(() -> {
                try {
                    return extractor.extract(a).events().size();
                } catch (ArticleRejectedException e) {
                    return 0;
                }
            }));
        }
        long events = 0;
        long failed = 0;
        Map<String, int[]> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            int n;
            try {
                n = futures.get(i).get();
            } catch (ExecutionException e) {
                failed++;
                report(articles.get(i).id() + ": extraction failed: " + e.getCause());
                continue;
            }
            events += n;
            String label = labels.get(articles.get(i).id());
            if (label != null) {
                int[] c = byLabel.computeIfAbsent(label, k -> new int[2]);
                c[0]++;
                c[1] += n > 0 ? 1 : 0;
            }
        }
        double secs = seconds(t);
        MachineTime machine = before.flatMap(b -> MachineTime.now().map(a -> a.since(b))).orElse(null);
        pool.shutdownNow();
        return new Pass(secs, events, byLabel, failed, NlpEngine.shared().tokensAnalysed() - analysedBefore, machine);
    }

    private List<Article> read(List<String> inputs) {
        List<Article> out = new ArrayList<>();
        try (Stream<ReadItem> items = new ArticleReader(System.in, Extractor.MAX_CHARS).read(inputs)) {
            for (ReadItem item : (Iterable<ReadItem>) items::iterator) {
                if (item instanceof ReadItem.ArticleRead a) {
                    out.add(a.article());
                } else {
                    report(item.toString());
                }
            }
        }
        return out;
    }

    /** The {@code label} of each JSON line's article, by id, where the input has one. */
    private static Map<String, String> labels(List<String> inputs) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String in : inputs) {
            Path p = Path.of(in);
            if (!Files.isRegularFile(p) || !in.endsWith(".jsonl")) {
                continue;
            }
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                if (n.hasNonNull("id") && n.hasNonNull("label")) {
                    out.put(n.get("id").asText(), n.get("label").asText());
                }
            }
        }
        return out;
    }

    private static String labelCounts(List<Article> articles, Map<String, String> labels) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        articles.forEach(a -> counts.merge(labels.getOrDefault(a.id(), "unlabelled"), 1, Integer::sum));
        return counts.toString();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void print(PrintWriter out, String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
        out.flush();
    }

    private void report(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("entente: " + message);
        err.flush();
    }
}
