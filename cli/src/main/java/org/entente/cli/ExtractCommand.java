package org.entente.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.entente.article.Article;
import org.entente.article.ArticleReader;
import org.entente.article.ReadItem;
import org.entente.event.ArticleEvents;
import org.entente.extract.ArticleRejectedException;
import org.entente.extract.Extractor;
import org.entente.language.ArticleScreen;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente extract [PATH...] [--out FILE]}: articles in, one JSON line {@code {"id", "events"}}
 * per article out (spec/EVENTS.md).
 *
 * <p>Every input is read with {@link ArticleReader}; each problem is reported on stderr as
 * {@code entente: ORIGIN: message} and the batch goes on. A non-English article is reported and still
 * gets a line with no events (it was read and analysed); an empty or oversized article gets no line. An
 * unexpected failure of the extractor on one article is reported with its origin and the batch goes on.
 * The exit code is 0 when every input was read and analysed, 1 otherwise.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Extract cooperation events from news articles.",
            "Reads JSON lines {\"id\",\"url\",\"published\",\"text\"} (.jsonl, .ndjson, .json) and text files (.txt, "
                    + "an optional first line ' date YYYY-MM-DD'); directories recursively; '-' or nothing: stdin.",
            "Writes one JSON line {\"id\",\"events\":[...]} per article. Problems go to stderr as "
                    + "'entente: FILE:LINE: message'.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input was read and analysed (a non-English article counts as analysed)",
            "1:some input could not be read, was refused or failed",
            "2:usage error"})
public final class ExtractCommand implements Callable<Integer> {

    /** What analyses one article; {@link Extractor#extract} in production. */
    @FunctionalInterface
    interface Analyser {
        ArticleEvents extract(Article article) throws ArticleRejectedException;
    }

    static final ObjectMapper JSON = JsonMapper.builder().build();
    /** The reader logs skipped files at debug level through {@link System.Logger}, that is to this logger. */
    private static final Logger READER_LOG = Logger.getLogger(ArticleReader.class.getName());

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or directories to read; '-' for standard input (the default).")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write the JSON lines to FILE instead of standard output.")
    Path out;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on stderr (default: when stderr is a terminal and the output "
                    + "goes elsewhere).")
    Boolean progress;

    @Option(names = {"-v", "--verbose"},
            description = "Also report the files skipped in directories (other extensions, hidden files).")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<Analyser> analyserFactory;
    private final InputStream stdin;
    private final Object errLock = new Object();
    private Analyser analyser;
    private ProgressBar bar;

    /** The production command: CoreNLP is loaded on the first article that needs it. */
    public ExtractCommand() {
        this(() -> new Extractor()::extract, System.in);
    }

    /** For tests: another analyser, another standard input. */
    ExtractCommand(Supplier<Analyser> analyserFactory, InputStream stdin) {
        this.analyserFactory = analyserFactory;
        this.stdin = stdin;
    }

    /** Counts of what happened, for the exit code and the summary. */
    private static final class Tally {
        long articles;
        long events;
        long foreign;
        long problems;
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (out != null && overwritesInput(out)) {
            throw new CommandLine.ParameterException(cl, "--out " + out + " is one of the inputs");
        }
        ArticleReader reader = new ArticleReader(stdin, Extractor.MAX_CHARS);
        // by default only where it cannot mix with the output lines on the same screen
        boolean showProgress = progress != null ? progress
                : Terminals.stderrIsTerminal() && (out != null || !Terminals.stdoutIsTerminal());
        PrintWriter sink;
        if (out == null) {
            sink = cl.getOut();
        } else {
            try {
                sink = new PrintWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8));
            } catch (IOException e) {
                report("cannot write " + out + ": " + e.getMessage());
                return 1;
            }
        }
        Tally tally = new Tally();
        long start = System.nanoTime();
        boolean writeFailed = false;
        Handler debug = verbose ? debugHandler() : null;
        try (Stream<ReadItem> items = reader.read(paths)) {
            if (showProgress) {
                bar = progressBar(reader.estimateCount(paths));
            }
            var it = items.iterator();
            while (it.hasNext() && !writeFailed) {
                ReadItem item = it.next();
                if (item instanceof ReadItem.ReadProblem p) {
                    tally.problems++;
                    report(p.origin() + ": " + p.message());
                } else if (item instanceof ReadItem.ArticleRead a) {
                    tally.articles++;
                    ArticleEvents result = analyse(a, tally);
                    if (result != null) {
                        tally.events += result.events().size();
                        sink.println(line(result));
                        writeFailed = sink.checkError();
                    }
                }
                if (bar != null) {
                    bar.step();
                    if (bar.getCurrent() > bar.getMax() && bar.getMax() > 0) {
                        bar.maxHint(bar.getCurrent());
                    }
                }
            }
        } finally {
            if (debug != null) {
                READER_LOG.removeHandler(debug);
                READER_LOG.setLevel(null);
            }
            if (bar != null) {
                bar.close();
                synchronized (errLock) {
                    cl.getErr().println();
                    cl.getErr().flush();
                }
                bar = null;
            }
            if (out != null) {
                sink.close();
                writeFailed |= sink.checkError();
            } else {
                sink.flush();
            }
        }
        if (writeFailed) {
            report("cannot write " + (out == null ? "standard output" : out.toString()));
            return 1;
        }
        if (showProgress) {
            double secs = (System.nanoTime() - start) / 1e9;
            report(String.format(Locale.ROOT, "%d article%s, %d event%s, %d not English, %d problem%s in %.1f s",
                    tally.articles, tally.articles == 1 ? "" : "s", tally.events, tally.events == 1 ? "" : "s",
                    tally.foreign, tally.problems, tally.problems == 1 ? "" : "s", secs));
        }
        return tally.problems == 0 ? 0 : 1;
    }

    /**
     * The events of one article, or null when it yields no output line (refused as empty or too large,
     * or the extractor failed); problems are reported and counted.
     */
    private ArticleEvents analyse(ReadItem.ArticleRead read, Tally tally) {
        Article article = read.article();
        Optional<ArticleScreen.Refusal> refusal = ArticleScreen.screen(article.text(), Extractor.MAX_CHARS);
        if (refusal.isPresent()) {
            report(read.origin() + ": " + refusal.get().message());
            if (refusal.get().reason() == ArticleScreen.Reason.NOT_ENGLISH) {
                tally.foreign++;
                return new ArticleEvents(article.id(), List.of());
            }
            tally.problems++;
            return null;
        }
        try {
            if (analyser == null) {
                if (bar != null) {
                    bar.setExtraMessage(" loading the language models...");
                }
                analyser = analyserFactory.get();
                if (bar != null) {
                    bar.setExtraMessage("");
                }
            }
            return analyser.extract(article);
        } catch (ArticleRejectedException e) {
            report(read.origin() + ": " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // one article's failure must not cost the batch; CoreNLP can overflow the stack on odd text
            report(read.origin() + ": extraction failed: " + e);
        }
        tally.problems++;
        return null;
    }

    /** One output line. */
    static String line(ArticleEvents events) {
        try {
            return JSON.writeValueAsString(events);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code entente: message} on stderr, clearing the progress bar's line first. */
    private void report(String message) {
        PrintWriter err = spec.commandLine().getErr();
        synchronized (errLock) {
            if (bar != null) {
                err.print("\r\033[K");
            }
            err.println("entente: " + message);
            err.flush();
        }
    }

    /** Routes the reader's debug messages (skipped files) to stderr for the time of the command. */
    private Handler debugHandler() {
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (isLoggable(r)) {
                    report(new SimpleFormatter().formatMessage(r));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        h.setLevel(Level.ALL);
        READER_LOG.setLevel(Level.ALL);
        READER_LOG.addHandler(h);
        return h;
    }

    private ProgressBar progressBar(OptionalLong total) {
        PrintWriter err = spec.commandLine().getErr();
        DelegatingProgressBarConsumer consumer = new DelegatingProgressBarConsumer(rendered -> {
            synchronized (errLock) {
                err.print('\r' + rendered + "\033[K"); // cleared to the end: a shorter line leaves no tail
                err.flush();
            }
        }, Terminals.columns() - 1);
        return new ProgressBarBuilder()
                .setTaskName("extract")
                .setInitialMax(total.orElse(-1))
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" articles", 1)
                .showSpeed(new DecimalFormat("0.0"))
                .setSpeedUnit(ChronoUnit.SECONDS)
                .setUpdateIntervalMillis(500)
                .continuousUpdate() // elapsed time and messages move even while one article takes long
                .setConsumer(consumer)
                .build();
    }

    private boolean overwritesInput(Path target) {
        if (!Files.exists(target)) {
            return false;
        }
        for (String p : paths) {
            try {
                if (!p.equals(ArticleReader.STDIN) && Files.exists(Path.of(p)) && Files.isSameFile(Path.of(p), target)) {
                    return true;
                }
            } catch (IOException | RuntimeException e) {
                // not comparable: cannot be the same file as far as we can tell
            }
        }
        return false;
    }
}
