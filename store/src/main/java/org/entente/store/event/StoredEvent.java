package org.entente.store.event;

import java.util.List;
import org.entente.event.Event;

/**
 * An event as the knowledge base holds it: the spec's record with canonical actors, its database id, and
 * every report of it.
 *
 * @param id      the event's row id (stable: exports and later merges refer to it)
 * @param event   the record; its actors are the canonical ones, people act for canonical names
 * @param sources the articles that report it, in the order they were ingested
 */
public record StoredEvent(long id, Event event, List<Source> sources) {
    public StoredEvent {
        sources = List.copyOf(sources);
    }
}
