package org.entente.web.page;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages' addresses: {@code /} (dashboard), {@code /search}, {@code /events/{id}}, {@code /actors/{id}},
 * {@code /network}, {@code /pair/{a}/{b}}. Each serves a static HTML shell; its script reads the state from the
 * address (path and query string), so every view can be bookmarked and shared, and calls the API.
 *
 * <p>A shell is the shared {@code layout.html} (head, navigation, the common script) around the page's own
 * {@code <main>} content, with its title and scripts from {@link Page}: one place for what every page repeats.
 */
public final class PageRoutes {

    static final String PAGES = "/org/entente/web/pages/";

    private static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final String CHARTS = "/static/js/charts.js";

    /** One page: its file (and {@code data-page} name), title and the scripts after the common one. */
    private record Page(String name, String title, List<String> scripts) {
    }

    private static final Page DASHBOARD = new Page("dashboard", "Dashboard",
            List.of(ECHARTS, CHARTS, "/static/js/dashboard.js"));
    private static final Page SEARCH = new Page("search", "Search", List.of("/static/js/search.js"));
    private static final Page EVENT = new Page("event", "Event", List.of("/static/js/event.js"));
    private static final Page ACTOR = new Page("actor", "Actor", List.of(ECHARTS, CHARTS, "/static/js/actor.js"));
    private static final Page NETWORK = new Page("network", "Network",
            List.of("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js", "/static/js/network.js"));
    private static final Page PAIR = new Page("pair", "Country pair", List.of(ECHARTS, CHARTS, "/static/js/pair.js"));

    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();

    public void register(Javalin app) {
        app.get("/", ctx -> serve(ctx, DASHBOARD));
        app.get("/search", ctx -> serve(ctx, SEARCH));
        app.get("/events/{id}", ctx -> serve(ctx, EVENT));
        app.get("/actors/{id}", ctx -> serve(ctx, ACTOR));
        app.get("/network", ctx -> serve(ctx, NETWORK));
        app.get("/pair/{a}/{b}", ctx -> serve(ctx, PAIR));
    }

    private void serve(Context ctx, Page page) {
        ctx.contentType("text/html; charset=utf-8").result(pages.computeIfAbsent(page.name(), n -> render(page)));
    }

    private static byte[] render(Page page) {
        StringBuilder scripts = new StringBuilder();
        page.scripts().forEach(src -> scripts.append("<script src=\"").append(src).append("\"></script>\n"));
        return read("layout").replace("{{title}}", page.title()).replace("{{page}}", page.name())
                .replace("{{scripts}}", scripts).replace("{{main}}", read(page.name()))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String read(String name) {
        try (InputStream in = PageRoutes.class.getResourceAsStream(PAGES + name + ".html")) {
            if (in == null) {
                throw new IllegalStateException("missing page " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
