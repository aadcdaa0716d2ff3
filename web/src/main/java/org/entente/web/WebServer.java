package org.entente.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.List;
import org.entente.store.Store;
import org.entente.web.api.ActorRoutes;
import org.entente.web.api.ArticleRoutes;
import org.entente.web.api.EventRoutes;
import org.entente.web.api.ExportRoutes;
import org.entente.web.api.NetworkRoutes;
import org.entente.web.api.OpenApiRoute;
import org.entente.web.api.StatsRoutes;
import org.entente.web.http.AccessGuard;
import org.entente.web.http.ErrorResponses;
import org.entente.web.http.RouteTable;
import org.entente.web.http.SecurityHeaders;
import org.entente.web.page.PageRoutes;
import org.entente.web.submit.ArticleSubmission;
import org.entente.web.submit.PageFetcher;
import org.entente.web.submit.JobStore;
import org.entente.web.submit.SubmissionQueue;

/**
 * The web application over one knowledge base: assembles the API, the pages, the static files (the pages' own
 * scripts and the ECharts and Cytoscape.js WebJars) and the HTTP rules, and runs them on Javalin (Jetty).
 */
public final class WebServer implements AutoCloseable {

    /** Where the pages' scripts and styles are on the class path, served under {@code /static}. */
    static final String STATIC = "/org/entente/web/static";

    private final Javalin app;
    private final RouteTable routes;
    private final WebSettings settings;
    private final SubmissionQueue submissions;

    private WebServer(Javalin app, RouteTable routes, WebSettings settings, SubmissionQueue submissions) {
        this.app = app;
        this.routes = routes;
        this.settings = settings;
        this.submissions = submissions;
    }

    /** Builds the application (not yet listening). */
    public static WebServer create(Store store, WebSettings settings) {
        ObjectMapper json = JsonMapper.builder().build();
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.jsonMapper(new JavalinJackson(json, false));
            config.router.ignoreTrailingSlashes = true;
            config.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = STATIC;
                s.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
        });
        AccessGuard guard = new AccessGuard(settings.token(), settings.readsNeedToken());
        app.before(SecurityHeaders::apply);
        app.before("/api/*", guard::check);
        ErrorResponses.install(app);
        RouteTable routes = new RouteTable(app);
        new OpenApiRoute().register(routes);
        new EventRoutes(store).register(routes);
        new ActorRoutes(store).register(routes);
        new NetworkRoutes(store).register(routes);
        new StatsRoutes(store).register(routes);
        new ExportRoutes(store).register(routes);
        PageFetcher fetcher = new PageFetcher();
        SubmissionQueue submissions = new SubmissionQueue(new ArticleSubmission(store, settings.aliases(),
                settings.analyser()), new JobStore(store), request -> request.article() != null
                ? List.of(request.article()) : request.urls().stream().map(fetcher::fetch).toList(),
                settings.queueCapacity());
        new ArticleRoutes(json, submissions, fetcher).register(routes);
        new PageRoutes().register(app);
        return new WebServer(app, routes, settings, submissions);
    }

    /** Starts listening. @return this */
    public WebServer start() {
        app.start(settings.host(), settings.port());
        submissions.start(); // the submissions a stopped server left queued or running
        return this;
    }

    /** The port it listens on (the chosen one when the settings said 0). */
    public int port() {
        return app.port();
    }

    /** The API's routes, for the test that checks the OpenAPI document. */
    public List<RouteTable.Route> apiRoutes() {
        return routes.routes();
    }

    /** Stops serving, then the submission worker (the store is its opener's to close). */
    @Override
    public void close() {
        app.stop();
        submissions.close();
    }
}
