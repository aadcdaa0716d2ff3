package org.entente.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.event.Actor;
import org.entente.event.Event;
import org.entente.store.event.StoredEvent;

/**
 * One stored event on one terminal line, for {@code events} and {@code timeline}:
 * {@code #ID  DATE  TYPE  STATUS  ACTOR (CTY) + ACTOR (CTY)  | gathering | instrument | place | N sources}.
 */
final class EventLine {

    private EventLine() {
    }

    static String of(StoredEvent s) {
        Event e = s.event();
        List<String> parts = new ArrayList<>();
        parts.add(String.format("#%-5d %-21s %-6s %-7s %s", s.id(), e.date() == null ? "-" : e.date(), e.type(),
                e.status().json(), e.actors().stream().map(EventLine::actor).collect(Collectors.joining(" + "))));
        if (e.eventName() != null) {
            parts.add(e.eventName());
        }
        if (e.instrument() != null) {
            parts.add((e.instrument().kind() == null ? "" : e.instrument().kind().json() + ": ") + e.instrument().text());
        }
        if (e.location() != null) {
            parts.add("at " + e.location().name() + (e.location().country() == null ? "" : ", " + e.location().country()));
        }
        parts.add(s.sources().size() + (s.sources().size() == 1 ? " source" : " sources"));
        return String.join("  | ", parts);
    }

    static String actor(Actor a) {
        return a.name() + (a.country() == null ? "" : " (" + a.country() + ")");
    }
}
