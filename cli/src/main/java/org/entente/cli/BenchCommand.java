package org.entente.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.entente.article.Article;
import org.entente.article.ArticleReader;
import org.entente.article.ReadItem;
import org.entente.event.ArticleEvents;
import org.entente.extract.ArticleRejectedException;
import org.entente.extract.Extractor;
import org.entente.language.LanguageGuard;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente bench [PATH...] [--repeat N] [--warmup N]}: single-threaded extraction throughput.
 *
 * <p>All articles are read into memory first (with {@link ArticleReader}, so reading costs nothing in the
 * measurement). The models are then loaded once and timed on their own; {@code --warmup} passes over
 * all articles let the JIT compile the hot code; {@code --repeat} measured passes follow, on the calling
 * thread. The report goes to standard output, one {@code name: value} line each:
 *
 * <pre>
 * input: 41 articles, 9,870 tokens, 65,120 characters
 * model load: 14.2 s
 * warm-up: 1 pass, 21.0 s
 * pass 1: 17.9 s
 * articles/s: 2.29
 * tokens/s: 551 (whitespace-separated tokens)
 * characters/s: 3,638
 * events found: 57 per pass
 * rejected: 0 per pass
 * peak heap: 3,900 MB (sum of the heap pools' peaks since JVM start, an upper bound; max heap 4,096 MB)
 * peak heap after GC: 1,800 MB (the fullest heap a collection left, over 35 collections)
 * total wall time: 53.4 s
 * </pre>
 *
 * Tokens are counted by splitting the text on whitespace (the extractor does not expose CoreNLP's
 * tokens, and tokenising twice would distort the measurement); CoreNLP's count is somewhat higher since
 * it splits off punctuation. Rates are over the measured passes only, and every article read counts,
 * including those the extractor refuses (not English, empty, too large). Input problems, refusals and
 * failures are reported on stderr as {@code entente: ORIGIN: message} (once, on the first pass); the exit
 * code is then 1.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Measure single-threaded extraction throughput: articles/s, tokens/s, characters/s, peak heap.",
            "Reads articles like 'extract' (JSON lines, .txt files, directories, '-' for stdin), loads the "
                    + "models once (timed apart), runs warm-up passes, then the measured passes.",
            "Without PATH: " + BenchCommand.DEFAULT_INPUT + " when it exists.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every article was read and analysed",
            "1:some input could not be read, or an article was refused or failed",
            "2:usage error"})
public final class BenchCommand implements Callable<Integer> {

    /** Input when no PATH is given, relative to the working directory (the project's root). */
    static final String DEFAULT_INPUT = "../shared/corpus/dev/articles.jsonl";

    /** What analyses one article; {@link Extractor#extract} in production. */
    @FunctionalInterface
    interface Analyser {
        ArticleEvents extract(Article article) throws ArticleRejectedException;
    }

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or directories to read; '-' for standard input. Default: " + DEFAULT_INPUT + ".")
    List<String> paths = new ArrayList<>();

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Measured passes over all articles (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1",
            description = "Unmeasured warm-up passes before them (default: ${DEFAULT-VALUE}).")
    int warmup;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<Analyser> analyserFactory;
    private final InputStream stdin;

    /** The production command: CoreNLP, the gazetteer, the lexicons and the language detector. */
    public BenchCommand() {
        this(() -> {
            LanguageGuard.shared(); // the language detector's profiles: model loading too
            return new Extractor()::extract;
        }, System.in);
    }

    /** For tests: another analyser, another standard input. */
    BenchCommand(Supplier<Analyser> analyserFactory, InputStream stdin) {
        this.analyserFactory = analyserFactory;
        this.stdin = stdin;
    }

    /** What one pass over the articles found. */
    private record Pass(double seconds, long events, long rejected, long failed) {
    }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        CommandLine cl = spec.commandLine();
        if (repeat < 1) {
            throw new CommandLine.ParameterException(cl, "--repeat must be at least 1: " + repeat);
        }
        if (warmup < 0) {
            throw new CommandLine.ParameterException(cl, "--warmup must not be negative: " + warmup);
        }
        List<String> inputs = paths;
        if (inputs.isEmpty()) {
            if (!Files.isRegularFile(Path.of(DEFAULT_INPUT))) {
                throw new CommandLine.ParameterException(cl,
                        "no PATH given, and the default input " + DEFAULT_INPUT + " does not exist here");
            }
            inputs = List.of(DEFAULT_INPUT);
        }
        Input input = read(inputs);
        if (input.articles().isEmpty()) {
            report("no article to measure");
            return 1;
        }
        int n = input.articles().size();
        print(cl.getOut(), "input: %s article%s, %s tokens, %s characters%s", group(n), n == 1 ? "" : "s",
                group(input.tokens()), group(input.chars()), input.problems() == 0 ? ""
                        : " (" + input.problems() + " input problem" + (input.problems() == 1 ? "" : "s") + ")");
        try (HeapWatch heap = new HeapWatch()) {
            return measure(input, heap, start);
        }
    }

    /** The articles to measure, held in memory, with their sizes and the number of input problems. */
    private record Input(List<ReadItem.ArticleRead> articles, long tokens, long chars, long problems) {
    }

    /** Reads every input (problems reported as they come) before anything is measured. */
    private Input read(List<String> inputs) {
        List<ReadItem.ArticleRead> articles = new ArrayList<>();
        long problems = 0;
        long tokens = 0;
        long chars = 0;
        try (Stream<ReadItem> items = new ArticleReader(stdin, Extractor.MAX_CHARS).read(inputs)) {
            for (ReadItem item : (Iterable<ReadItem>) items::iterator) {
                if (item instanceof ReadItem.ArticleRead a) {
                    articles.add(a);
                    String text = a.article().text();
                    tokens += whitespaceTokens(text);
                    chars += text.codePointCount(0, text.length());
                } else {
                    problems++;
                    report(item.toString());
                }
            }
        }
        return new Input(articles, tokens, chars, problems);
    }

    /** Loads the models, runs the passes and prints the figures; the exit code. */
    private int measure(Input input, HeapWatch heap, long start) {
        PrintWriter out = spec.commandLine().getOut();
        List<ReadItem.ArticleRead> articles = input.articles();
        long t0 = System.nanoTime();
        Analyser analyser = analyserFactory.get();
        print(out, "model load: %.1f s", seconds(t0));

        boolean first = true;
        if (warmup > 0) {
            long tw = System.nanoTime();
            for (int i = 0; i < warmup; i++) {
                run(analyser, articles, first);
                first = false;
            }
            print(out, "warm-up: %d pass%s, %.1f s", warmup, warmup == 1 ? "" : "es", seconds(tw));
        } else {
            print(out, "warm-up: none");
        }

        List<Pass> passes = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            Pass p = run(analyser, articles, first);
            first = false;
            passes.add(p);
            print(out, "pass %d: %.1f s", i + 1, p.seconds());
        }

        double measured = passes.stream().mapToDouble(Pass::seconds).sum();
        double rate = measured > 0 ? repeat / measured : Double.POSITIVE_INFINITY;
        print(out, "articles/s: %.2f", articles.size() * rate);
        print(out, "tokens/s: %s (whitespace-separated tokens)", group(Math.round(input.tokens() * rate)));
        print(out, "characters/s: %s", group(Math.round(input.chars() * rate)));
        print(out, "events found: %s", perPass(passes.stream().mapToLong(Pass::events).toArray()));
        print(out, "rejected: %s", perPass(passes.stream().mapToLong(Pass::rejected).toArray()));
        if (passes.stream().anyMatch(p -> p.failed() > 0)) {
            print(out, "failed: %s", perPass(passes.stream().mapToLong(Pass::failed).toArray()));
        }
        print(out, "peak heap: %s MB (sum of the heap pools' peaks since JVM start, an upper bound; max heap %s)",
                group(peakHeapBytes() >> 20), maxHeap());
        print(out, "peak heap after GC: %s", heap.collections() == 0 ? "n/a (no collection during the run)"
                : String.format(Locale.ROOT, "%s MB (the fullest heap a collection left, over %s collections)",
                        group(heap.peakAfterGc() >> 20), group(heap.collections())));
        print(out, "total wall time: %.1f s", seconds(start));
        boolean refusedOrFailed = passes.stream().anyMatch(p -> p.rejected() > 0 || p.failed() > 0);
        return input.problems() == 0 && !refusedOrFailed ? 0 : 1;
    }

    /** One pass over all articles on this thread; refusals and failures reported when {@code report}. */
    private Pass run(Analyser analyser, List<ReadItem.ArticleRead> articles, boolean report) {
        long events = 0;
        long rejected = 0;
        long failed = 0;
        long t = System.nanoTime();
        for (ReadItem.ArticleRead a : articles) {
            try {
                events += analyser.extract(a.article()).events().size();
            } catch (ArticleRejectedException e) {
                rejected++;
                if (report) {
                    report(a.origin() + ": " + e.getMessage());
                }
            } catch (RuntimeException | StackOverflowError e) {
                failed++;
                if (report) {
                    report(a.origin() + ": extraction failed: " + e);
                }
            }
        }
        return new Pass(seconds(t), events, rejected, failed);
    }

    /** Words as whitespace delimits them: maximal runs of non-whitespace characters. */
    static long whitespaceTokens(String text) {
        long n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    /** The sum of the heap memory pools' peak usage: an upper bound of the heap's peak occupancy. */
    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid() && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /**
     * Listens to the garbage collectors while open: the largest heap occupancy a collection left behind
     * (live data plus what that collection did not reach), which says more about the heap needed than the
     * pools' peaks, since young pools always peak at their capacity.
     */
    static final class HeapWatch implements AutoCloseable {
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private final Set<String> heapPools = new HashSet<>();
        private final NotificationListener listener = this::collected;
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong count = new AtomicLong();

        HeapWatch() {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    heapPools.add(pool.getName());
                }
            }
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter e) {
                    e.addNotificationListener(listener, null, null);
                    emitters.add(e);
                }
            }
        }

        private void collected(Notification n, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long used = 0;
            for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (heapPools.contains(e.getKey())) {
                    used += e.getValue().getUsed();
                }
            }
            peak.accumulateAndGet(used, Math::max);
            count.incrementAndGet();
        }

        long peakAfterGc() {
            return peak.get();
        }

        long collections() {
            return count.get();
        }

        @Override
        public void close() {
            for (NotificationEmitter e : emitters) {
                try {
                    e.removeNotificationListener(listener);
                } catch (ListenerNotFoundException ignored) {
                    // already gone
                }
            }
        }
    }

    private static String maxHeap() {
        long max = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
        return max < 0 ? "undefined" : group(max >> 20) + " MB";
    }

    /** {@code "57 per pass"}, or {@code "57 to 58 per pass (varied)"} when the passes differ. */
    private static String perPass(long[] counts) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long c : counts) {
            min = Math.min(min, c);
            max = Math.max(max, c);
        }
        return min == max ? group(min) + " per pass" : group(min) + " to " + group(max) + " per pass (varied)";
    }

    private static String group(long n) {
        return String.format(Locale.ROOT, "%,d", n);
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
