package org.entente.web.page;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The pages' addresses: {@code /} (dashboard), {@code /search}, {@code /events/{id}}, {@code /actors/{id}},
 * {@code /network}, {@code /pair/{a}/{b}}. Each serves a static HTML shell; its script reads the state from the
 * address (path and query string), so every view can be bookmarked and shared, and calls the API.
 */
public final class PageRoutes {

    static final String PAGES = "/org/entente/web/pages/";

    private final Map<String, byte[]> pages = new HashMap<>();

    public void register(Javalin app) {
        app.get("/", ctx -> serve(ctx, "dashboard"));
        app.get("/search", ctx -> serve(ctx, "search"));
        app.get("/events/{id}", ctx -> serve(ctx, "event"));
        app.get("/actors/{id}", ctx -> serve(ctx, "actor"));
        app.get("/network", ctx -> serve(ctx, "network"));
        app.get("/pair/{a}/{b}", ctx -> serve(ctx, "pair"));
    }

    private void serve(Context ctx, String name) {
        ctx.contentType("text/html; charset=utf-8").result(pages.computeIfAbsent(name, PageRoutes::load));
    }

    private static byte[] load(String name) {
        try (InputStream in = PageRoutes.class.getResourceAsStream(PAGES + name + ".html")) {
            if (in == null) {
                throw new IllegalStateException("missing page " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
