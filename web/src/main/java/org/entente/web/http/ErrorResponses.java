package org.entente.web.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.entente.store.StoreException;

/**
 * The one place errors become responses: {@code {"status": N, "error": "reason"}} for every failure, so that a
 * client never sees a stack trace or Jetty's HTML error page. Unexpected exceptions are logged on the server
 * with their stack and answered with a generic 500.
 */
public final class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class.getName());

    private ErrorResponses() {
    }

    /** Installs the exception and error-status handlers. */
    public static void install(Javalin app) {
        app.exception(Exception.class, (e, ctx) -> {
            if (e instanceof ApiException a) {
                write(ctx, a.status(), a.getMessage());
            } else if (e instanceof HttpResponseException h) {
                write(ctx, h.getStatus(), h.getMessage() == null || h.getMessage().isBlank()
                        ? "request refused" : h.getMessage());
            } else if (e instanceof StoreException) {
                LOG.log(Level.WARNING, "knowledge base failure on " + ctx.method() + " " + ctx.path(), e);
                write(ctx, 503, "the knowledge base is not available");
            } else {
                LOG.log(Level.SEVERE, "unexpected failure on " + ctx.method() + " " + ctx.path(), e);
                write(ctx, 500, "internal error");
            }
        });
        for (int status : new int[] {400, 401, 403, 404, 405, 413, 415, 500}) {
            app.error(status, ctx -> {
                String type = ctx.res().getContentType();
                if (ctx.resultInputStream() == null || type == null || !type.startsWith("application/json")) {
                    write(ctx, status, defaultReason(status));
                }
            });
        }
    }

    /** Writes the error body. */
    public static void write(Context ctx, int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", message);
        ctx.status(status).json(body);
    }

    /** Javalin's own messages (say "Endpoint GET /x not found") are plain text: they are replaced by JSON. */
    private static String defaultReason(int status) {
        return switch (status) {
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 413 -> "request body too large";
            case 401 -> "authentication required";
            case 500 -> "internal error";
            default -> "request refused";
        };
    }
}
