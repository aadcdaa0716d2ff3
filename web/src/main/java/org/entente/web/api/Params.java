package org.entente.web.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.entente.event.EventType;
import org.entente.event.Status;
import org.entente.store.event.DateSpan;
import org.entente.store.query.EventFilter;
import org.entente.web.http.ApiException;

/**
 * Query parameters, validated: a bad value is a 400 that names the parameter and the forms it takes, the same
 * rules as the command line's filters ({@code type}, {@code status}, {@code from}/{@code to} as YYYY, YYYY-MM
 * or YYYY-MM-DD, {@code pair} as {@code ISO3,ISO3}).
 */
public final class Params {

    /** Longest free-text parameter accepted. */
    static final int MAX_TEXT = 200;

    private Params() {
    }

    /** The event filter of the search, the exports, the statistics and the network. */
    public static EventFilter filter(Context ctx) {
        EventFilter f = EventFilter.none().withActor(text(ctx, "actor")).withText(text(ctx, "text"));
        String country = text(ctx, "country");
        if (country != null) {
            f = f.withCountry(country(country, "country"));
        }
        String sphere = text(ctx, "sphere");
        if (sphere != null) {
            if (!sphere.matches("[A-Za-z_]{1,32}")) {
                throw ApiException.badRequest("sphere: '" + sphere + "' is not a sphere name");
            }
            f = f.withSphere(sphere);
        }
        String pair = text(ctx, "pair");
        if (pair != null) {
            String[] two = pair.split(",", -1);
            if (two.length != 2) {
                throw ApiException.badRequest("pair: takes two countries, e.g. pair=AZE,TUR");
            }
            f = f.withPair(country(two[0], "pair"), country(two[1], "pair"));
        }
        String type = text(ctx, "type");
        if (type != null) {
            f = f.withType(choice("type", type, EventType.class));
        }
        String status = text(ctx, "status");
        if (status != null) {
            f = f.withStatus(choice("status", status, Status.class));
        }
        String from = text(ctx, "from");
        if (from != null) {
            f = f.withFrom(date("from", from).from());
        }
        String to = text(ctx, "to");
        if (to != null) {
            f = f.withTo(date("to", to).to());
        }
        return f;
    }

    /** A trimmed parameter, null when absent or empty; at most {@link #MAX_TEXT} characters. */
    public static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > MAX_TEXT) {
            throw ApiException.badRequest(name + ": longer than " + MAX_TEXT + " characters");
        }
        return v.strip();
    }

    /** An integer parameter in {@code [min, max]}, or the default when absent. */
    public static int integer(Context ctx, String name, int dflt, int min, int max) {
        String v = text(ctx, name);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw ApiException.badRequest(name + ": must be between " + min + " and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + ": '" + v + "' is not a whole number");
        }
    }

    /** A numeric path parameter (an id). @throws ApiException 400 when it is not a positive number */
    public static long id(Context ctx) {
        String v = ctx.pathParam("id");
        try {
            long id = Long.parseLong(v);
            if (id < 1) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("id: '" + v + "' is not a positive whole number");
        }
    }

    /** An enum value by its name, case-insensitive. */
    public static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(name + ": '" + value + "' is not one of "
                    + List.of(type.getEnumConstants()).toString().toLowerCase(Locale.ROOT));
        }
    }

    private static String country(String v, String name) {
        String c = v.strip();
        if (!c.matches("[A-Za-z]{3}")) {
            throw ApiException.badRequest(name + ": '" + v + "' is not an ISO-3 country code");
        }
        return c.toUpperCase(Locale.ROOT);
    }

    private static DateSpan date(String name, String value) {
        return DateSpan.of(value).filter(s -> !value.contains("/")).orElseThrow(() ->
                ApiException.badRequest(name + ": '" + value + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"));
    }
}
