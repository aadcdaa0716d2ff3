package org.entente.event;

import java.util.List;

/** The output line for one article: its id and the events it reports (possibly none). */
public record ArticleEvents(String id, List<Event> events) {
    public ArticleEvents {
        events = List.copyOf(events);
    }
}
