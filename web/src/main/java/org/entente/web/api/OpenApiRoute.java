package org.entente.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.entente.web.http.RouteTable;

/**
 * {@code GET /openapi.json}: the hand-written OpenAPI 3 document of the API, a resource beside the code (a test
 * holds it against the registered routes).
 */
public final class OpenApiRoute {

    /** Where the document is on the class path. */
    public static final String RESOURCE = "/org/entente/web/openapi.json";

    private final byte[] document;

    public OpenApiRoute() {
        try (InputStream in = OpenApiRoute.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            this.document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void register(RouteTable routes) {
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(document));
    }
}
