package org.entente.web.http;

import io.javalin.http.Context;

/**
 * The standard protective headers on every response: a content security policy that allows only this server's
 * scripts (no inline script, so injected text cannot run), no MIME sniffing, no framing, no referrer leaking
 * search terms to other sites.
 */
public final class SecurityHeaders {

    /** Styles may be inline: ECharts and Cytoscape.js set element styles. Scripts come from this origin only. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** Sets the headers (a before-handler of every path). */
    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    }
}
