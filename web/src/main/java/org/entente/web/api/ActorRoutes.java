package org.entente.web.api;

import io.javalin.http.Context;
import java.util.Map;
import org.entente.store.Store;
import org.entente.store.actor.ActorDirectory;
import org.entente.web.actor.ActorActivity;
import org.entente.web.http.ApiException;
import org.entente.web.http.RouteTable;

/** {@code GET /api/actors} (most active first, or those a query names) and {@code GET /api/actors/{id}}. */
public final class ActorRoutes {

    static final int MAX_LIMIT = 200;

    private final ActorDirectory directory;
    private final ActorActivity activity;

    public ActorRoutes(Store store) {
        this.directory = new ActorDirectory(store);
        this.activity = new ActorActivity(store);
    }

    public void register(RouteTable routes) {
        routes.get("/api/actors", this::list);
        routes.get("/api/actors/{id}", this::one);
    }

    private void list(Context ctx) {
        String q = Params.text(ctx, "q");
        int limit = Params.integer(ctx, "limit", 50, 1, MAX_LIMIT);
        ctx.json(Map.of("actors", directory.list(q, limit)));
    }

    private void one(Context ctx) {
        long id = Params.id(ctx);
        ctx.json(activity.find(id).orElseThrow(() -> ApiException.notFound("no actor " + id)));
    }
}
