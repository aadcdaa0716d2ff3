package org.entente.web.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.store.Store;
import org.entente.store.event.StoredEvent;
import org.entente.store.query.EventFilter;
import org.entente.store.query.EventQuery;
import org.entente.web.event.EventDetails;
import org.entente.web.http.ApiException;
import org.entente.web.http.RouteTable;

/**
 * {@code GET /api/events} (the search: filters, pages, total) and {@code GET /api/events/{id}} (one event with
 * its articles' texts and evidence offsets).
 */
public final class EventRoutes {

    /** Largest page: bounds the response and the work of one request. */
    public static final int MAX_SIZE = 100;
    static final int DEFAULT_SIZE = 20;

    private final EventQuery query;
    private final EventDetails details;

    public EventRoutes(Store store) {
        this.query = new EventQuery(store);
        this.details = new EventDetails(store);
    }

    public void register(RouteTable routes) {
        routes.get("/api/events", this::search);
        routes.get("/api/events/{id}", this::one);
    }

    private void search(Context ctx) {
        EventFilter filter = Params.filter(ctx);
        int page = Params.integer(ctx, "page", 1, 1, 1_000_000);
        int size = Params.integer(ctx, "size", DEFAULT_SIZE, 1, MAX_SIZE);
        long total = query.count(filter);
        List<StoredEvent> events = (long) (page - 1) * size >= total ? List.of()
                : query.page(filter, (long) (page - 1) * size, size);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", total);
        body.put("page", page);
        body.put("size", size);
        body.put("pages", (total + size - 1) / size);
        body.put("events", events);
        ctx.json(body);
    }

    private void one(Context ctx) {
        long id = Params.id(ctx);
        ctx.json(details.find(id).orElseThrow(() -> ApiException.notFound("no event " + id)));
    }
}
