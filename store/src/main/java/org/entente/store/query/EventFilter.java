package org.entente.store.query;

import java.time.LocalDate;
import java.util.Locale;
import org.entente.event.EventType;
import org.entente.event.Status;

/**
 * Which stored events to show; every criterion is optional (null) and they combine with AND.
 *
 * @param actor    an actor one of whose names contains these words ({@link org.entente.store.actor.ActorDirectory#list})
 * @param country  an actor of this ISO-3 country takes part
 * @param pair     two ISO-3 countries, each with an actor in the event (two different parties)
 * @param type     event type
 * @param status   done or planned
 * @param sphere   one of the spec's spheres
 * @param from     the event's date span ends on or after this day (events without a date are left out)
 * @param to       the event's date span starts on or before this day (likewise)
 * @param text     words in the evidence, the instrument or the gathering's name, case-insensitive: whole words
 *                 ({@link EventWords}), and the text as written
 * @param limit    at most this many events, or 0 for all
 */
public record EventFilter(String actor, String country, Pair pair, EventType type, Status status, String sphere,
        LocalDate from, LocalDate to, String text, int limit) {

    /** Two countries that must both take part. */
    public record Pair(String first, String second) {
        public Pair {
            first = first.strip().toUpperCase(Locale.ROOT);
            second = second.strip().toUpperCase(Locale.ROOT);
        }
    }

    public EventFilter {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        country = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
        sphere = sphere == null ? null : sphere.strip().toLowerCase(Locale.ROOT);
    }

    /** Every event. */
    public static EventFilter none() {
        return new EventFilter(null, null, null, null, null, null, null, null, null, 0);
    }

    public EventFilter withActor(String v) {
        return new EventFilter(v, country, pair, type, status, sphere, from, to, text, limit);
    }

    public EventFilter withCountry(String v) {
        return new EventFilter(actor, v, pair, type, status, sphere, from, to, text, limit);
    }

    public EventFilter withPair(String a, String b) {
        return new EventFilter(actor, country, new Pair(a, b), type, status, sphere, from, to, text, limit);
    }

    public EventFilter withType(EventType v) {
        return new EventFilter(actor, country, pair, v, status, sphere, from, to, text, limit);
    }

    public EventFilter withStatus(Status v) {
        return new EventFilter(actor, country, pair, type, v, sphere, from, to, text, limit);
    }

    public EventFilter withSphere(String v) {
        return new EventFilter(actor, country, pair, type, status, v, from, to, text, limit);
    }

    public EventFilter withFrom(LocalDate v) {
        return new EventFilter(actor, country, pair, type, status, sphere, v, to, text, limit);
    }

    public EventFilter withTo(LocalDate v) {
        return new EventFilter(actor, country, pair, type, status, sphere, from, v, text, limit);
    }

    public EventFilter withText(String v) {
        return new EventFilter(actor, country, pair, type, status, sphere, from, to, v, limit);
    }

    public EventFilter withLimit(int v) {
        return new EventFilter(actor, country, pair, type, status, sphere, from, to, text, v);
    }
}
