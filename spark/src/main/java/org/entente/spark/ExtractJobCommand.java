package org.entente.spark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code entente-spark extract --in PATH... --out PATH}: the corpus job ({@link CorpusExtraction}). Problems
 * (unreadable records, refused or failed articles) are skipped, written to {@code OUT/problems/} and counted
 * on stderr with the first twenty; they do not fail the job.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Extract the events of a corpus with Spark: JSON lines and WARC files (plain or gzip) from any "
                    + "Hadoop path (file:, hdfs:, s3a:...), directories read recursively, globs allowed.",
            "Writes OUT/jsonl (the lines of 'entente extract'), OUT/events (Parquet, one row per event), "
                    + "OUT/articles (Parquet, for 'load') and OUT/problems (JSON lines of the records skipped)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the job ran (skipped records are reported, not fatal)",
            "1:no input could be found or the job failed", "2:usage error"})
final class ExtractJobCommand implements Callable<Integer> {

    @Option(names = "--in", paramLabel = "PATH", required = true, split = ",",
            description = "Input files, directories or globs (repeat or separate with commas).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "PATH", required = true,
            description = "Output directory (its four subdirectories are replaced).")
    String out;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Extraction tasks (default: Spark's default parallelism, i.e. all executor cores).")
    int partitions;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not run by spark-submit (default: local[*]).")
    String master;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        SparkSession spark = Sessions.open("entente-extract", master);
        try {
            CorpusExtraction.Summary s = new CorpusExtraction(spark).run(inputs, out, partitions);
            s.missingInputs().forEach(m -> err.println("entente-spark: " + m + ": no such file or directory"));
            if (!s.skippedFiles().isEmpty()) {
                err.printf(Locale.ROOT, "entente-spark: %d file(s) of other formats skipped, e.g. %s%n",
                        s.skippedFiles().size(), s.skippedFiles().get(0));
            }
            s.firstProblems().forEach(p -> err.println("entente-spark: " + p));
            if (s.problems() > s.firstProblems().size()) {
                err.printf(Locale.ROOT, "entente-spark: ... %d more in %s/problems%n",
                        s.problems() - s.firstProblems().size(), out);
            }
            err.printf(Locale.ROOT, "entente-spark: %,d articles, %,d events, %,d records skipped, in %.1f s -> %s%n",
                    s.articles(), s.events(), s.problems(), (System.nanoTime() - start) / 1e9, out);
            err.flush();
            return s.articles() + s.problems() == 0 ? 1 : 0;
        } finally {
            spark.stop();
        }
    }
}
