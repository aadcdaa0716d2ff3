package org.entente.web.api;

import io.javalin.http.Context;
import org.entente.store.Store;
import org.entente.web.http.RouteTable;
import org.entente.web.stats.StatsReader;

/** {@code GET /api/stats} with the search's filters: the dashboard's and the pair page's figures. */
public final class StatsRoutes {

    private final StatsReader reader;

    public StatsRoutes(Store store) {
        this.reader = new StatsReader(store);
    }

    public void register(RouteTable routes) {
        routes.get("/api/stats", this::stats);
    }

    private void stats(Context ctx) {
        ctx.json(reader.read(Params.filter(ctx)));
    }
}
