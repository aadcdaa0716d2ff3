package org.entente.store.export;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.event.Actor;
import org.entente.event.Event;
import org.entente.event.EventType;
import org.entente.store.event.StoredEvent;

/**
 * One tab-separated row per event in PLOVER's terms, for tools built around event datasets of that ontology:
 * {@code event_type} is the PLOVER category (AGREE, CONSULT), {@code event_mode} says a CONSULT is multilateral
 * (an ATTEND), actor 1 and 2 are the first two parties (the rest in {@code other_actors}), contexts are the
 * spheres. Entente's own fields (status, CAMEO code, gathering) follow.
 */
final class PloverExport extends DelimitedExport {

    static final List<String> COLUMNS = Arrays.asList("event_id", "event_date", "event_type", "event_mode",
            "actor1", "actor1_country", "actor1_kind", "actor2", "actor2_country", "actor2_kind", "other_actors",
            "location", "location_country", "contexts", "event_name", "status", "cameo", "source_count", "url");

    PloverExport() {
        super(DelimitedRow.tsv(), COLUMNS);
    }

    @Override
    List<?> values(StoredEvent s) {
        Event e = s.event();
        List<Actor> a = e.actors();
        Actor first = a.isEmpty() ? null : a.get(0);
        Actor second = a.size() < 2 ? null : a.get(1);
        return Arrays.asList(s.id(), e.date(), e.plover(), e.type() == EventType.ATTEND ? "multilateral" : null,
                name(first), country(first), kind(first), name(second), country(second), kind(second),
                a.stream().skip(2).map(x -> x.name() + (x.country() == null ? "" : " (" + x.country() + ")"))
                        .collect(Collectors.joining("; ")),
                e.location() == null ? null : e.location().name(), e.location() == null ? null : e.location().country(),
                String.join(";", e.spheres()), e.eventName(), e.status().json(), e.cameo(), s.sources().size(),
                s.sources().isEmpty() ? null : s.sources().get(0).url());
    }

    private static String name(Actor a) {
        return a == null ? null : a.name();
    }

    private static String country(Actor a) {
        return a == null ? null : a.country();
    }

    private static String kind(Actor a) {
        return a == null ? null : a.kind().name();
    }
}
