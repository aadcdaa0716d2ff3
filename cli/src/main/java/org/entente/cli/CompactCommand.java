package org.entente.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.store.Compaction;
import org.entente.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code entente compact [--data DIR]}: the embedded database rewritten into a file of its live data only. */
@Command(name = "compact", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Rewrite the embedded database of a data directory into a file of its live data only.",
            "A base written by many ingests keeps the space of old row versions (the store does not compact when it "
                + "closes); this gives it back. Stop every ingest and server using the directory first: a database "
                + "in use is refused. The rows of every table are counted before and after, and the file as it was "
                + "is put back if they differ. PostgreSQL keeps its own files: VACUUM there.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compacted", "1:no database there, it is in use, or it could not be compacted",
            "2:usage error (e.g. --db)"})
public final class CompactCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (store.db != null) {
            throw new CommandLine.ParameterException(cl,
                    "compact works on the embedded database of a data directory (--data), not on --db");
        }
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        try {
            Compaction.Result r = Compaction.compact(store.dataDir());
            long rows = r.rows().values().stream().mapToLong(Long::longValue).sum();
            out.printf(Locale.ROOT, "compacted %s: %s -> %s in %.1f s; %,d rows in %d tables, the same before and after%n",
                    Compaction.databaseFile(store.dataDir()), size(r.bytesBefore()), size(r.bytesAfter()),
                    r.took().toMillis() / 1000.0, rows, r.rows().size());
            out.flush();
            return 0;
        } catch (StoreException e) {
            err.println("entente: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private static String size(long bytes) {
        return bytes >= 10L << 20 ? String.format(Locale.ROOT, "%,d MB", bytes >> 20)
                : String.format(Locale.ROOT, "%,d KB", (bytes + 1023) >> 10);
    }
}
