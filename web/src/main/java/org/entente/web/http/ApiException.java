package org.entente.web.http;

/**
 * A request the API refuses, with the status and the one-line reason the client gets as JSON. Thrown from
 * handlers and parameter parsing; {@link ErrorResponses} turns it into the response.
 */
public final class ApiException extends RuntimeException {

    private final int status;

    public ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }
}
