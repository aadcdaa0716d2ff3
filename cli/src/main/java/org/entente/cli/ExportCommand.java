package org.entente.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.store.Store;
import org.entente.store.StoreException;
import org.entente.store.export.EventExport;
import org.entente.store.export.ExportFormat;
import org.entente.store.query.EventFilter;
import org.entente.store.query.EventQuery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code entente export --format jsonl|csv|plover [--out FILE] [filters]}: the stored events, streamed in
 * batches, to a file or standard output.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export the stored events (all, or those matching the filters).",
            "jsonl: the spec's event records with \"id\" and \"sources\" [{article, url, evidence}]; csv: one row per "
                    + "event; plover: one tab-separated row per event in PLOVER's terms.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:exported", "1:the database cannot be opened or the output written", "2:usage error"})
public final class ExportCommand implements Callable<Integer> {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", required = true,
            description = "jsonl, csv or plover.")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Mixin
    FilterOptions filters;

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        ExportFormat fmt;
        try {
            fmt = ExportFormat.valueOf(format.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--format: '" + format + "' is not one of jsonl, csv, plover");
        }
        EventFilter filter = filters.filter(cl);
        return store.run(cl.getErr(), s -> export(cl, fmt, filter, s));
    }

    private int export(CommandLine cl, ExportFormat fmt, EventFilter filter, Store s) {
        AtomicLong n = new AtomicLong();
        try (Writer w = out == null ? new NonClosing(cl.getOut())
                : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8))) {
            EventExport export = EventExport.of(fmt);
            export.begin(w);
            new EventQuery(s).forEach(filter, e -> {
                try {
                    export.write(w, e);
                    n.incrementAndGet();
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            cl.getErr().println("entente: cannot write " + (out == null ? "standard output" : out) + ": "
                    + StoreException.firstLine(e));
            return 1;
        }
        if (out != null) {
            cl.getErr().println("entente: " + n.get() + " event" + (n.get() == 1 ? "" : "s") + " written to " + out);
        }
        return 0;
    }

    /** Standard output is flushed, never closed, by the export. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer w) {
            super(w);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
