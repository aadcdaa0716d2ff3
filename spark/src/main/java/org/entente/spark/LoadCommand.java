package org.entente.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.entente.store.Store;
import org.entente.store.StoreException;
import org.entente.store.StoreLocation;
import org.entente.store.actor.AliasFile;
import org.entente.store.ingest.Ingestor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente-spark load --in OUT --db URL}: a job's output into the knowledge base ({@link StoreLoad}). */
@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Store the articles and events an 'extract' run wrote under OUT in the knowledge base "
                + "(PostgreSQL with --db, else the embedded H2 database of --data); stored articles are skipped.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:loaded", "1:the output or the database could not be read or written", "2:usage error"})
final class LoadCommand implements Callable<Integer> {

    @Option(names = "--in", paramLabel = "OUT", required = true, description = "The output directory of 'extract'.")
    String in;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory of the embedded database (default: ./entente-data/).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC-URL", description = "The database, e.g. jdbc:postgresql://host:5432/entente.")
    String db;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user (or in the URL).")
    String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD",
            description = "Database password (or in the URL, or the ENTENTE_DB_PASSWORD environment variable).")
    String password;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master when not run by spark-submit (default: local[*]).")
    String master;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path dataDir = data != null ? data : Path.of("entente-data");
        StoreLocation where = db == null ? StoreLocation.h2(dataDir)
                : StoreLocation.jdbc(db, user, password != null ? password : System.getenv("ENTENTE_DB_PASSWORD"));
        SparkSession spark = Sessions.open("entente-load", master);
        try (Ingestor ingestor = new Ingestor(Store.open(where), AliasFile.read(dataDir.resolve(AliasFile.NAME)))) {
            StoreLoad.Counts c = StoreLoad.load(spark, in, ingestor);
            ingestor.applyAliases();
            err.printf(Locale.ROOT, "entente-spark: %,d articles read: %,d stored with %,d events, %,d already stored -> %s%n",
                    c.articles(), c.stored(), c.events(), c.already(), where.describe());
            return 0;
        } catch (StoreException e) {
            err.println("entente-spark: " + e.getMessage());
            return 1;
        } finally {
            err.flush();
            spark.stop();
        }
    }
}
