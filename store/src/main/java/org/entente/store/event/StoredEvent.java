package org.entente.store.event;

import java.util.List;
import org.entente.event.Event;

/**
 * An event as the knowledge base holds it: the spec's record with canonical actors, its database id, every
 * report of it (several when articles reporting the same interaction were merged), and its links to plans or
 * executions.
 *
 * @param id      the event's row id (stable: exports and later merges refer to it)
 * @param event   the record as its first report stated it; its actors are the canonical ones
 * @param sources the articles that report it, in the order they were ingested
 * @param links   plans it carries out, or executions of it
 */
public record StoredEvent(long id, Event event, List<Source> sources, List<EventLink> links) {
    public StoredEvent {
        sources = List.copyOf(sources);
        links = List.copyOf(links);
    }

    public StoredEvent(long id, Event event, List<Source> sources) {
        this(id, event, sources, List.of());
    }
}
