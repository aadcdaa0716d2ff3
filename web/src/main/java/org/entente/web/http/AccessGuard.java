package org.entente.web.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may call the API: writes always need {@code Authorization: Bearer <token>} with the token given at
 * start-up (and are refused when none was given); reads need it too in {@code --auth} mode. The comparison is
 * constant-time so the token cannot be guessed byte by byte from response times.
 */
public final class AccessGuard {

    private final byte[] token;
    private final boolean readsNeedToken;

    /**
     * @param token          the bearer token, or null (then nothing can be written)
     * @param readsNeedToken whether reads need the token as well
     */
    public AccessGuard(String token, boolean readsNeedToken) {
        if (readsNeedToken && (token == null || token.isBlank())) {
            throw new IllegalArgumentException("reads cannot need a token when none is set");
        }
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
        this.readsNeedToken = readsNeedToken;
    }

    /** A before-handler of {@code /api/*}. @throws ApiException 401 when the request may not pass */
    public void check(Context ctx) {
        boolean write = ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD
                && ctx.method() != HandlerType.OPTIONS;
        if (!write && !readsNeedToken) {
            return;
        }
        if (token == null) {
            throw refuse(ctx, "writes are disabled: the server was started without a token");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw refuse(ctx, "missing 'Authorization: Bearer <token>'");
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token)) {
            throw refuse(ctx, "wrong token");
        }
    }

    private static ApiException refuse(Context ctx, String reason) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"entente\"");
        return new ApiException(401, reason);
    }
}
