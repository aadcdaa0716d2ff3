package org.entente.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.entente.store.Store;
import org.entente.store.StoreException;
import org.entente.store.event.EventLoader;
import org.entente.store.event.StoredEvent;

/**
 * Selects stored events with an {@link EventFilter}, in date order (undated last, then by id), in the
 * knowledge base's view: canonical actors and every report. Reports merged into an earlier event are not events
 * of their own here: they are among that event's sources (the text filter searches their evidence too).
 */
public final class EventQuery {

    private final Store store;

    public EventQuery(Store store) {
        this.store = store;
    }

    /** The matching events. */
    public List<StoredEvent> find(EventFilter filter) {
        List<StoredEvent> out = new ArrayList<>();
        forEach(filter, out::add);
        return out;
    }

    /** Streams the matching events in batches, so an export of the whole base holds one batch in memory. */
    public void forEach(EventFilter filter, Consumer<StoredEvent> sink) {
        try (Connection c = store.connect()) {
            forEach(c, filter, sink);
        } catch (SQLException e) {
            throw new StoreException("cannot query the events: " + StoreException.firstLine(e), e);
        }
    }

    /** How many events match (the filter's limit aside): the total a page of results is out of. */
    public long count(EventFilter filter) {
        EventConditions where = EventConditions.of(filter);
        try (Connection c = store.connect();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM events e WHERE " + where.sql())) {
            where.bind(s, 1);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count the events: " + StoreException.firstLine(e), e);
        }
    }

    /**
     * The matching events, on a connection the caller holds open (a long-running process, the benchmark): what a
     * query costs without connecting.
     */
    public List<StoredEvent> find(Connection c, EventFilter filter) {
        List<StoredEvent> out = new ArrayList<>();
        try {
            forEach(c, filter, out::add);
        } catch (SQLException e) {
            throw new StoreException("cannot query the events: " + StoreException.firstLine(e), e);
        }
        return out;
    }

    private static void forEach(Connection c, EventFilter filter, Consumer<StoredEvent> sink) throws SQLException {
        List<Long> ids = ids(c, filter);
        for (int i = 0; i < ids.size(); i += EventLoader.BATCH) {
            EventLoader.load(c, ids.subList(i, Math.min(ids.size(), i + EventLoader.BATCH)),
                    EventLoader.View.CANONICAL, null).forEach(sink);
        }
    }

    /**
     * One page of the matching events in the order of {@link #find} (the filter's limit aside): at most
     * {@code size} events after the first {@code offset}.
     */
    public List<StoredEvent> page(EventFilter filter, long offset, int size) {
        if (offset < 0 || size < 1 || size > EventLoader.BATCH) {
            throw new IllegalArgumentException("bad page: offset " + offset + ", size " + size);
        }
        try (Connection c = store.connect()) {
            return EventLoader.load(c, ids(c, filter.withLimit(0), " OFFSET " + offset + " ROWS FETCH NEXT " + size
                    + " ROWS ONLY"), EventLoader.View.CANONICAL, null);
        } catch (SQLException e) {
            throw new StoreException("cannot query the events: " + StoreException.firstLine(e), e);
        }
    }

    private static List<Long> ids(Connection c, EventFilter f) throws SQLException {
        return ids(c, f, f.limit() > 0 ? " FETCH FIRST " + f.limit() + " ROWS ONLY" : "");
    }

    private static List<Long> ids(Connection c, EventFilter f, String window) throws SQLException {
        EventConditions where = EventConditions.of(f);
        StringBuilder sql = new StringBuilder("SELECT e.id FROM events e WHERE ").append(where.sql());
        List<Object> args = where.args();
        sql.append(" ORDER BY e.date_from NULLS LAST, e.id").append(window);
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                s.setObject(i + 1, args.get(i));
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            return ids;
        }
    }
}
