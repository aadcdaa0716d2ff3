package org.entente.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.entente.store.Store;
import org.entente.store.StoreException;
import org.entente.store.StoreLocation;
import org.entente.store.bench.StoreBenchmark;
import org.entente.store.bench.SyntheticCorpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code entente bench-store}: the knowledge base's benchmark ({@link StoreBenchmark}) on a synthetic corpus, in
 * a fresh H2 database of a temporary directory (deleted afterwards) or in an empty database given by
 * {@code --db}. The events come from a synthetic stand-in for the extractor, which the output says.
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Benchmark the knowledge base: ingest a synthetic corpus (events from a SYNTHETIC stand-in "
                + "for the extractor, not CoreNLP), then time every 'events' filter and 'timeline'.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured", "1:the database cannot be opened or is not empty", "2:usage error"})
public final class BenchStoreCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", description = "Synthetic articles to ingest (default: 100000).")
    int articles = 100_000;

    @Option(names = "--seed", paramLabel = "S", description = "Corpus seed (default: 1).")
    long seed = 1;

    @Option(names = "--repeat", paramLabel = "N", description = "Timed runs of each query (default: 20).")
    int repeat = 20;

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "An empty database to use (e.g. PostgreSQL) instead of a temporary H2 one.")
    String db;

    @Option(names = "--keep", paramLabel = "DIR", description = "Keep the H2 database in this (new) directory.")
    Path keep;

    @Option(names = "--queries-only", description = "Only time the queries, on a database filled by an earlier run "
            + "(--keep DIR or --db), e.g. after a migration.")
    boolean queriesOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        if (articles < 1 || repeat < 1) {
            throw new CommandLine.ParameterException(cl, "--articles and --repeat must be at least 1");
        }
        PrintWriter out = cl.getOut();
        if (queriesOnly && db == null && keep == null) {
            throw new CommandLine.ParameterException(cl, "--queries-only needs the filled database: --keep DIR or --db");
        }
        Path temp = db == null && keep == null ? Files.createTempDirectory("entente-bench-") : null;
        StoreLocation location = db != null ? StoreLocation.jdbc(db, null, System.getenv("ENTENTE_DB_PASSWORD"))
                : StoreLocation.h2(keep != null ? keep : temp);
        try (Store store = Store.open(location)) {
            if (queriesOnly) {
                return queries(store, out);
            }
            out.printf("bench-store: %,d synthetic articles (seed %d), events from the SYNTHETIC extractor; %s%n",
                    articles, seed, location.describe());
            out.flush();
            PrintStream log = new PrintStream(new java.io.OutputStream() {
                @Override
                public void write(int b) {
                    out.write(b);
                }

                @Override
                public void flush() {
                    out.flush();
                }
            }, true, StandardCharsets.UTF_8);
            StoreBenchmark.Result r = StoreBenchmark.run(store, new SyntheticCorpus(seed, articles), repeat, log);
            out.print(r.describe());
            out.printf("java heap limit %.0f MB; %d processors%n", Runtime.getRuntime().maxMemory() / 1e6,
                    Runtime.getRuntime().availableProcessors());
            out.flush();
            return 0;
        } catch (StoreException e) {
            cl.getErr().println("entente: " + e.getMessage());
            return 1;
        } finally {
            if (temp != null) {
                try (Stream<Path> files = Files.walk(temp)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** The queries of the benchmark on an already filled database. */
    private int queries(Store store, PrintWriter out) {
        Store.Counts counts = store.counts();
        if (counts.articles() == 0) {
            spec.commandLine().getErr().println("entente: --queries-only needs a filled database; "
                    + store.location().describe() + " has no articles");
            return 1;
        }
        out.printf("bench-store --queries-only: %,d articles, %,d events shown (%,d reports); %s%n", counts.articles(),
                counts.distinctEvents(), counts.events(), store.location().describe());
        out.print(StoreBenchmark.describe(StoreBenchmark.queries(store, repeat)));
        out.flush();
        return 0;
    }
}
