package org.entente.web.event;

import java.util.List;
import org.entente.event.Event;

/**
 * What the event page shows: the stored record (canonical actors) and every article that reports it.
 *
 * @param id      the event's id
 * @param event   the spec's record
 * @param sources the reporting articles with their texts
 */
public record EventDetail(long id, Event event, List<SourceArticle> sources) {
    public EventDetail {
        sources = List.copyOf(sources);
    }
}
