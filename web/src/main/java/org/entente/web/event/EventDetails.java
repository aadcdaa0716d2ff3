package org.entente.web.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entente.store.Store;
import org.entente.store.StoreException;
import org.entente.store.event.EventLoader;
import org.entente.store.event.StoredEvent;

/**
 * Reads one event with the texts of its articles. The record itself comes from the store's
 * {@link EventLoader}; only the article texts, which no store query returns, are read here.
 */
public final class EventDetails {

    private final Store store;

    public EventDetails(Store store) {
        this.store = store;
    }

    /** The event, or empty when there is no event of that id. */
    public Optional<EventDetail> find(long id) {
        try (Connection c = store.connect()) {
            List<StoredEvent> found = EventLoader.load(c, List.of(id), EventLoader.View.CANONICAL, null);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            List<SourceArticle> sources = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT a.source_id, a.url, a.published, a.body, m.evidence "
                    + "FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? ORDER BY m.id")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        java.sql.Date published = r.getDate(3);
                        sources.add(SourceArticle.of(r.getString(1), r.getString(2),
                                published == null ? null : published.toLocalDate().toString(), r.getString(4),
                                r.getString(5)));
                    }
                }
            }
            StoredEvent e = found.get(0);
            return Optional.of(new EventDetail(e.id(), e.event(), sources));
        } catch (SQLException e) {
            throw new StoreException("cannot read event " + id + ": " + StoreException.firstLine(e), e);
        }
    }
}
