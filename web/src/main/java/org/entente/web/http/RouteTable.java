package org.entente.web.http;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers the API's routes and remembers them, so that a test can hold the OpenAPI document and the real
 * routes against each other (every route documented, every documented path answering).
 */
public final class RouteTable {

    /** One registered route, in OpenAPI's terms: lower-case method and a path with {@code {name}} parameters. */
    public record Route(String method, String path) {
    }

    private final Javalin app;
    private final List<Route> routes = new ArrayList<>();

    public RouteTable(Javalin app) {
        this.app = app;
    }

    public RouteTable get(String path, Handler handler) {
        return add(HandlerType.GET, path, handler);
    }

    public RouteTable post(String path, Handler handler) {
        return add(HandlerType.POST, path, handler);
    }

    private RouteTable add(HandlerType type, String path, Handler handler) {
        app.addHttpHandler(type, path, handler);
        routes.add(new Route(type.name().toLowerCase(java.util.Locale.ROOT), path));
        return this;
    }

    /** The routes registered so far. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }
}
