package org.entente.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.entente.article.Article;
import org.entente.article.ArticleReader;
import org.entente.article.ReadItem;
import org.entente.event.ArticleEvents;
import org.entente.extract.ArticleRejectedException;
import org.entente.extract.Extractor;
import org.entente.language.ArticleScreen;
import org.entente.store.Store;
import org.entente.store.StoreException;
import org.entente.store.actor.AliasFile;
import org.entente.store.ingest.Ingestor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente ingest PATH...}: reads articles, extracts their events and stores both in the knowledge base.
 *
 * <p>Extraction runs on {@code --workers} threads sharing one {@link Extractor} (it is thread-safe); the
 * results are written in input order by this thread on one connection, one transaction per article. Writing
 * is a few milliseconds an article against hundreds for extraction, so one writer is never the bottleneck
 * and keeps H2 free of write contention (the summary prints both times). Articles already stored are skipped
 * before extraction, so a run killed mid-way is resumed by running it again. Bad input is reported as
 * {@code FILE:LINE: message} and the batch goes on; the exit code is 1 if anything failed.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Extract events from articles and store them in the knowledge base (H2 under --data, or --db).",
            "Reads what 'extract' reads: JSON lines, .txt files, directories, '-' or nothing for stdin.",
            "Articles already stored (same URL, or same text when there is none) are skipped: re-running changes "
                    + "nothing, and an interrupted run resumes. The aliases file (DATA/aliases.tsv: "
                    + "alias<TAB>canonical name<TAB>country) is applied first.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input was read and stored (or was stored already)",
            "1:some input could not be read, was refused, failed, or the database cannot be opened",
            "2:usage error"})
public final class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or directories to read; '-' for standard input (the default).")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-w", "--workers"}, paramLabel = "N",
            description = "Extraction threads sharing one extractor (default: 1). Each needs about 1 GB of heap.")
    int workers = 1;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "The aliases file (default: aliases.tsv in the data directory, if there is one).")
    Path aliases;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on stderr (default: when stderr is a terminal).")
    Boolean progress;

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<ExtractCommand.Analyser> analyserFactory;
    private final InputStream stdin;
    private final Consumer<Article> committed;
    private ExtractCommand.Analyser analyser;
    private long loadNanos;
    private Progress console;

    /** The production command: CoreNLP is loaded when the first article needs it. */
    public IngestCommand() {
        this(() -> new Extractor()::extract, System.in);
    }

    /** For tests: another analyser, another standard input. */
    IngestCommand(Supplier<ExtractCommand.Analyser> analyserFactory, InputStream stdin) {
        this(analyserFactory, stdin, a -> { });
    }

    /**
     * For tests: also told of each article once its transaction has committed (the crash test kills the process
     * after some and checks that they survived).
     */
    IngestCommand(Supplier<ExtractCommand.Analyser> analyserFactory, InputStream stdin, Consumer<Article> committed) {
        this.analyserFactory = analyserFactory;
        this.stdin = stdin;
        this.committed = committed;
    }

    /** What became of the input. */
    private static final class Tally {
        long read;
        long stored;
        long events;
        long skipped;
        long foreign;
        long problems;
        long writeNanos;
    }

    /** One article on its way: read, maybe extracting, to be written in input order. */
    private record Pending(ReadItem.ArticleRead read, CompletableFuture<Outcome> outcome) {
    }

    /** What extraction gave: events, or a problem to report. */
    private record Outcome(ArticleEvents events, String problem) {
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (workers < 1) {
            throw new CommandLine.ParameterException(cl, "--workers must be at least 1");
        }
        boolean showProgress = progress != null ? progress : Terminals.stderrIsTerminal();
        console = new Progress(cl.getErr());
        Tally tally = new Tally();
        Path aliasPath = aliases != null ? aliases : store.aliasesFile();
        AliasFile rules = AliasFile.read(aliasPath);
        rules.problems().forEach(p -> {
            console.report(p);
            tally.problems++;
        });
        if (aliases != null && !java.nio.file.Files.exists(aliases)) {
            console.report(aliases + ": cannot read: no such file");
            tally.problems++;
        }
        Store db;
        Ingestor ingestor;
        try {
            db = store.open();
        } catch (StoreException e) {
            console.report(e.getMessage());
            return 1;
        }
        try {
            ingestor = new Ingestor(db, rules);
        } catch (StoreException e) {
            db.close();
            console.report(e.getMessage());
            return 1;
        }
        int aliasChanges;
        try {
            aliasChanges = ingestor.applyAliases();
        } catch (StoreException e) {
            ingestor.close();
            db.close();
            console.report(e.getMessage());
            return 1;
        }
        ArticleReader reader = new ArticleReader(stdin, Extractor.MAX_CHARS);
        ExecutorService pool = Executors.newFixedThreadPool(workers, extractionThreads());
        long start = System.nanoTime();
        try (ingestor; Stream<ReadItem> items = reader.read(paths)) {
            if (showProgress) {
                console.start("ingest", reader.estimateCount(paths));
            }
            Deque<Pending> window = new ArrayDeque<>();
            var it = items.iterator();
            while (it.hasNext()) {
                ReadItem item = it.next();
                if (item instanceof ReadItem.ReadProblem p) {
                    tally.problems++;
                    console.report(p.origin() + ": " + p.message());
                    console.step();
                } else if (item instanceof ReadItem.ArticleRead a) {
                    tally.read++;
                    Optional<CompletableFuture<Outcome>> work = schedule(a, ingestor, pool, tally);
                    if (work.isEmpty()) {
                        console.step();
                        continue;
                    }
                    window.add(new Pending(a, work.get()));
                    while (window.size() > 2 * workers) {
                        write(window.poll(), ingestor, tally);
                    }
                }
            }
            while (!window.isEmpty()) {
                write(window.poll(), ingestor, tally);
            }
            aliasChanges += ingestor.applyAliases();
        } catch (StoreException e) {
            console.report(e.getMessage());
            tally.problems++;
        } finally {
            pool.shutdownNow();
            console.stop();
        }
        if (aliasChanges > 0) {
            console.report(aliasPath + ": " + aliasChanges + " alias" + (aliasChanges == 1 ? "" : "es")
                    + " added or actors merged");
        }
        summary(cl.getOut(), tally, (System.nanoTime() - start) / 1e9, db);
        db.close();
        return tally.problems == 0 ? 0 : 1;
    }

    /**
     * Starts the extraction of an article, or settles it at once: stored already (skipped), not English (stored
     * with no events, so that the next run skips it too), empty or too large (a problem).
     */
    private Optional<CompletableFuture<Outcome>> schedule(ReadItem.ArticleRead read, Ingestor ingestor,
            ExecutorService pool, Tally tally) {
        Article article = read.article();
        if (ingestor.isStored(article)) {
            tally.skipped++;
            return Optional.empty();
        }
        Optional<ArticleScreen.Refusal> refusal = ArticleScreen.screen(article.text(), Extractor.MAX_CHARS);
        if (refusal.isPresent()) {
            console.report(read.origin() + ": " + refusal.get().message());
            if (refusal.get().reason() != ArticleScreen.Reason.NOT_ENGLISH) {
                tally.problems++;
                return Optional.empty();
            }
            tally.foreign++;
            return Optional.of(CompletableFuture.completedFuture(
                    new Outcome(new ArticleEvents(article.id(), List.of()), null)));
        }
        return Optional.of(CompletableFuture.supplyAsync(() -> extract(read), pool));
    }

    /** Runs on a worker: one article's extraction; a failure is the article's problem, not the batch's. */
    private Outcome extract(ReadItem.ArticleRead read) {
        try {
            return new Outcome(analyser().extract(read.article()), null);
        } catch (ArticleRejectedException e) {
            return new Outcome(null, read.origin() + ": " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(null, read.origin() + ": extraction failed: " + e);
        }
    }

    /** The shared analyser, made on first use (loading CoreNLP takes a while; foreign input never needs it). */
    private synchronized ExtractCommand.Analyser analyser() {
        if (analyser == null) {
            console.message(" loading the language models...");
            long t = System.nanoTime();
            analyser = analyserFactory.get();
            loadNanos = System.nanoTime() - t;
            console.message("");
        }
        return analyser;
    }

    /** Waits for an article's extraction and stores the result, in input order. */
    private void write(Pending p, Ingestor ingestor, Tally tally) {
        Outcome o = p.outcome().join();
        try {
            if (o.problem() != null) {
                tally.problems++;
                console.report(o.problem());
                return;
            }
            long t = System.nanoTime();
            Ingestor.Outcome stored;
            try {
                stored = ingestor.ingest(p.read().article(), p.read().origin(), o.events());
            } catch (StoreException e) {
                tally.problems++;
                console.report(p.read().origin() + ": " + e.getMessage());
                return;
            }
            tally.writeNanos += System.nanoTime() - t;
            if (stored == Ingestor.Outcome.STORED) {
                tally.stored++;
                tally.events += o.events().events().size();
                committed.accept(p.read().article());
            } else {
                tally.skipped++; // the same article twice in this batch
            }
        } finally {
            console.step();
        }
    }

    private void summary(PrintWriter out, Tally t, double secs, Store db) {
        double load = loadNanos / 1e9;
        out.printf(Locale.ROOT, "%d article%s read: %d stored with %d event%s (%d not English), %d already stored, "
                        + "%d problem%s; %.1f s (model loading %.1f s), %.2f articles/s stored after loading, "
                        + "%.1f ms per article written%n",
                t.read, t.read == 1 ? "" : "s", t.stored, t.events, t.events == 1 ? "" : "s", t.foreign, t.skipped,
                t.problems, t.problems == 1 ? "" : "s", secs, load, t.stored / Math.max(secs - load, 1e-9),
                t.stored == 0 ? 0.0 : t.writeNanos / 1e6 / t.stored);
        try {
            Store.Counts c = db.counts();
            out.printf(Locale.ROOT, "knowledge base %s: %d articles, %d events, %d actors, %d aliases, %d people; "
                            + "%d reports merged into events told by several articles, %d plans linked to their "
                            + "execution%n",
                    db.location().describe(), c.articles(), c.distinctEvents(), c.actors(), c.aliases(), c.people(),
                    c.merged(), c.links());
        } catch (StoreException e) {
            console.report(e.getMessage());
        }
        out.flush();
    }

    /** Daemon threads with a deep stack: CoreNLP's parser recurses deeply on odd text. */
    private static ThreadFactory extractionThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, "entente-extract-" + n.incrementAndGet(), 64L << 20);
            t.setDaemon(true);
            return t;
        };
    }
}
