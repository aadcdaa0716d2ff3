package org.entente.web.api;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.entente.store.Store;
import org.entente.store.export.EventExport;
import org.entente.store.export.ExportFormat;
import org.entente.store.query.EventFilter;
import org.entente.store.query.EventQuery;
import org.entente.web.http.RouteTable;

/**
 * {@code GET /api/export.csv} and {@code /api/export.jsonl}: any search, every matching event, written by the
 * store's exports (the same files as {@code entente export}) and streamed in batches.
 */
public final class ExportRoutes {

    private final EventQuery query;

    public ExportRoutes(Store store) {
        this.query = new EventQuery(store);
    }

    public void register(RouteTable routes) {
        routes.get("/api/export.csv", ctx -> export(ctx, ExportFormat.CSV, "text/csv; charset=utf-8", "csv"));
        routes.get("/api/export.jsonl", ctx -> export(ctx, ExportFormat.JSONL, "application/x-ndjson; charset=utf-8",
                "jsonl"));
    }

    private void export(Context ctx, ExportFormat format, String contentType, String extension) throws IOException {
        EventFilter filter = Params.filter(ctx);
        ctx.contentType(contentType);
        ctx.header("Content-Disposition", "attachment; filename=\"entente-events." + extension + "\"");
        EventExport export = EventExport.of(format);
        Writer w = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
        export.begin(w);
        query.forEach(filter, e -> {
            try {
                export.write(w, e);
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        });
        w.flush();
    }
}
