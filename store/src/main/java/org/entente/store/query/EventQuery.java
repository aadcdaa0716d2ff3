package org.entente.store.query;

import java.sql.Connection;
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
        try (Connection c = store.connect()) {
            return PagePlan.of(c, filter).count(c, filter);
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
            EventFilter all = filter.withLimit(0);
            return EventLoader.load(c, PagePlan.of(c, all).ids(c, all, offset, size), EventLoader.View.CANONICAL,
                    null);
        } catch (SQLException e) {
            throw new StoreException("cannot query the events: " + StoreException.firstLine(e), e);
        }
    }

    private static List<Long> ids(Connection c, EventFilter f) throws SQLException {
        return PagePlan.of(c, f).ids(c, f, 0, f.limit());
    }
}
