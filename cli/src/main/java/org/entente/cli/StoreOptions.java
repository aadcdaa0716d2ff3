package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.entente.store.Store;
import org.entente.store.StoreException;
import org.entente.store.StoreLocation;
import org.entente.store.actor.AliasFile;
import picocli.CommandLine.Option;

/**
 * Where the knowledge base is, common to the commands that use it: the embedded H2 database of a data
 * directory by default, or a PostgreSQL server.
 */
final class StoreOptions {

    /** The data directory when none is given, relative to the working directory. */
    static final String DEFAULT_DATA = "entente-data";

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory of the embedded database and the aliases file (default: ./"
                    + DEFAULT_DATA + "/, created on first use).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "Use this database instead of the embedded one, e.g. jdbc:postgresql://localhost/entente.")
    String db;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user (or in the URL).")
    String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD",
            description = "Database password (or in the URL, or the ENTENTE_DB_PASSWORD environment variable).")
    String password;

    Path dataDir() {
        return data != null ? data : Path.of(DEFAULT_DATA);
    }

    StoreLocation location() {
        if (db == null) {
            return StoreLocation.h2(dataDir());
        }
        String pw = password != null ? password : System.getenv("ENTENTE_DB_PASSWORD");
        return StoreLocation.jdbc(db, user, pw);
    }

    /** Opens and migrates the database; the caller closes it. @throws StoreException with a one-line reason */
    Store open() {
        return Store.open(location());
    }

    /** What a command does with the opened knowledge base: its exit code. */
    @FunctionalInterface
    interface Work {
        int run(Store store);
    }

    /**
     * Opens the knowledge base, runs the command's work on it and closes it (its connection pool, and so an
     * embedded database's file). A database that cannot be opened or read is one line on stderr and exit code 1,
     * the same for every command.
     */
    int run(PrintWriter err, Work work) {
        try (Store s = open()) {
            return work.run(s);
        } catch (StoreException e) {
            err.println("entente: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    /** The aliases file of the data directory. */
    Path aliasesFile() {
        return dataDir().resolve(AliasFile.NAME);
    }
}
