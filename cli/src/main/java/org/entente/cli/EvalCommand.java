package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.entente.eval.ErrorAnalysis;
import org.entente.eval.EventFiles;
import org.entente.eval.Report;
import org.entente.eval.Scorer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente eval --gold GOLD.jsonl ARTICLES... | --pred PRED.jsonl}: scores events against gold
 * records exactly as {@code shared/eval/score.py} does ({@link Scorer}), after extracting them from the
 * articles with {@code entente extract} (same reader, screening and problem reports), or from an
 * existing prediction file.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Score extracted events against gold records, with the figures of shared/eval/score.py.",
            "Extracts the events of ARTICLES first (as 'entente extract' does), or scores the prediction file "
                    + "given with --pred.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:scored, and every article was read and analysed",
            "1:a gold or prediction file could not be read, or some article could not be read or analysed "
                    + "(the scores are still printed)",
            "2:usage error"})
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl",
            description = "Gold records: one JSON line {\"id\",\"events\"} per article.")
    Path gold;

    @Option(names = "--pred", paramLabel = "PRED.jsonl",
            description = "Score these predictions instead of extracting events from ARTICLES.")
    Path pred;

    @Parameters(paramLabel = "ARTICLES", arity = "0..*",
            description = "Article files or directories to extract from, as for 'entente extract'; '-' for "
                    + "standard input.")
    List<String> articles = new ArrayList<>();

    @Option(names = "--pred-out", paramLabel = "FILE", description = "Also save the extracted predictions to FILE.")
    Path predOut;

    @Option(names = "--misses",
            description = "Before the figures, list per article the gold units missed, the false hits (each with "
                    + "a category) and the date, location and instrument mismatches, then counts per category "
                    + "(on stderr with --json).")
    boolean misses;

    @Option(names = "--json", description = "Print the figures as score.py --json does.")
    boolean json;

    @Option(names = "--per-article", description = "Add tp/fp/fn per article, as score.py --per-article does.")
    boolean perArticle;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on stderr while extracting (default: when stderr is a terminal).")
    Boolean progress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<ExtractCommand> extractCommand;

    /** The production command: extraction by {@link ExtractCommand}, CoreNLP loaded when first needed. */
    public EvalCommand() {
        this(ExtractCommand::new);
    }

    /** For tests: extraction with another analyser and standard input. */
    EvalCommand(Supplier<ExtractCommand.Analyser> analyser, InputStream stdin) {
        this(() -> new ExtractCommand(analyser, stdin));
    }

    private EvalCommand(Supplier<ExtractCommand> extractCommand) {
        this.extractCommand = extractCommand;
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (pred != null && (!articles.isEmpty() || predOut != null)) {
            throw new CommandLine.ParameterException(cl, "--pred scores an existing file: give no ARTICLES nor --pred-out");
        }
        if (pred == null && articles.isEmpty()) {
            throw new CommandLine.ParameterException(cl, "give ARTICLES to extract from, or --pred PRED.jsonl");
        }
        Map<String, List<JsonNode>> goldEvents;
        try {
            goldEvents = EventFiles.load(gold);
        } catch (IOException e) {
            return fail(e, gold);
        }
        int code = 0;
        Map<String, List<JsonNode>> predEvents;
        try {
            if (pred != null) {
                predEvents = EventFiles.load(pred);
            } else {
                StringWriter lines = new StringWriter();
                code = extract(lines);
                if (code == 2) {
                    return code; // a usage error of the extraction, already reported
                }
                predEvents = predOut != null ? EventFiles.load(predOut)
                        : EventFiles.read(new StringReader(lines.toString()), "predictions");
            }
        } catch (IOException e) {
            return fail(e, pred != null ? pred : predOut);
        }
        Report report = Scorer.score(goldEvents, predEvents);
        if (report.articlesPredicted() == 0 && !goldEvents.isEmpty()) {
            warn("none of the gold articles has a line in the predictions: do their ids match those of " + gold + "?");
        }
        PrintWriter out = cl.getOut();
        if (misses) {
            PrintWriter analysisOut = json ? cl.getErr() : out;
            analysisOut.print(ErrorAnalysis.render(ErrorAnalysis.analyse(report)));
            analysisOut.println();
            analysisOut.flush();
        }
        out.print(json ? report.json(perArticle) + "\n" : report.text(perArticle));
        out.flush();
        return code;
    }

    /** Runs {@code entente extract} on the articles, its lines going to {@code --pred-out} or {@code lines}. */
    private int extract(StringWriter lines) {
        List<String> args = new ArrayList<>(articles);
        if (predOut != null) {
            args.add("--out");
            args.add(predOut.toString());
        }
        boolean showProgress = progress != null ? progress : Terminals.stderrIsTerminal();
        args.add(showProgress ? "--progress" : "--no-progress");
        CommandLine extract = new CommandLine(extractCommand.get());
        extract.setOut(new PrintWriter(lines, true));
        extract.setErr(spec.commandLine().getErr());
        return extract.execute(args.toArray(String[]::new));
    }

    /** Reports an unreadable file; the message names it even when the exception does not ("Is a directory"). */
    private int fail(IOException e, Path file) {
        String message = e instanceof NoSuchFileException ? "no such file: " + e.getMessage() : e.getMessage();
        if (file != null && (message == null || !message.contains(file.toString()))) {
            message = file + ": " + message;
        }
        warn(message);
        return 1;
    }

    private void warn(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("entente: " + message);
        err.flush();
    }
}
