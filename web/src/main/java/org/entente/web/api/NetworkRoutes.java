package org.entente.web.api;

import io.javalin.http.Context;
import org.entente.store.Store;
import org.entente.web.http.RouteTable;
import org.entente.web.network.NetworkLevel;
import org.entente.web.network.NetworkReader;

/** {@code GET /api/network?level=actor|country&type=&from=&to=&limit=} (and any other event filter). */
public final class NetworkRoutes {

    static final int MAX_EDGES = 1000;

    private final NetworkReader reader;

    public NetworkRoutes(Store store) {
        this.reader = new NetworkReader(store);
    }

    public void register(RouteTable routes) {
        routes.get("/api/network", this::network);
    }

    private void network(Context ctx) {
        String level = Params.text(ctx, "level");
        NetworkLevel l = level == null ? NetworkLevel.COUNTRY : Params.choice("level", level, NetworkLevel.class);
        int limit = Params.integer(ctx, "limit", 200, 1, MAX_EDGES);
        ctx.json(reader.read(l, Params.filter(ctx), limit));
    }
}
