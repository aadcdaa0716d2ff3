package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.store.export.EventExport;
import org.entente.store.export.ExportFormat;
import org.entente.store.query.EventFilter;
import org.entente.store.query.EventQuery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entente events [filters]}: the stored events that match, one line each (or JSON lines). */
@Command(name = "events", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the stored events that match every filter given, in date order (undated last).", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed (possibly nothing)", "1:the database cannot be opened or read", "2:usage error"})
public final class EventsCommand implements Callable<Integer> {

    @Mixin
    FilterOptions filters;

    @Option(names = "--json", description = "One JSON line per event (the export's jsonl records).")
    boolean json;

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        EventFilter filter = filters.filter(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        EventExport jsonl = EventExport.of(ExportFormat.JSONL);
        AtomicLong n = new AtomicLong();
        int code = store.run(spec.commandLine().getErr(), s -> {
            new EventQuery(s).forEach(filter, e -> {
                n.incrementAndGet();
                if (json) {
                    try {
                        jsonl.write(out, e);
                    } catch (IOException x) {
                        throw new UncheckedIOException(x);
                    }
                } else {
                    out.println(EventLine.of(e));
                }
            });
            return 0;
        });
        if (code != 0) {
            return code;
        }
        out.flush();
        if (n.get() == 0 && !json) {
            spec.commandLine().getErr().println("entente: no stored event matches");
        }
        return 0;
    }
}
