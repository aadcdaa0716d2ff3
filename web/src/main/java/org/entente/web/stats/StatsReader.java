package org.entente.web.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.entente.event.EventType;
import org.entente.store.Store;
import org.entente.store.StoreException;
import org.entente.store.actor.ActorDirectory;
import org.entente.store.event.EventLoader;
import org.entente.store.query.EventConditions;
import org.entente.store.query.EventFilter;
import org.entente.store.query.EventQuery;

/**
 * Computes {@link Stats} in the database (GROUP BY), so the dashboard costs the same whether the base holds a
 * hundred events or a million. The selection is an {@link EventFilter}, the same as the search's: the pair
 * page is the dashboard of one dyad.
 */
public final class StatsReader {

    /** Rows of each top list. */
    public static final int TOP = 10;

    private final Store store;

    public StatsReader(Store store) {
        this.store = store;
    }

    public Stats read(EventFilter filter) {
        EventConditions where = EventConditions.of(filter);
        try (Connection c = store.connect()) {
            return new Stats(new EventQuery(store).count(filter), monthly(c, where), topPairs(c, where),
                    new ActorDirectory(store).list(null, TOP), latestAgreements(c, filter));
        } catch (SQLException e) {
            throw new StoreException("cannot compute the statistics: " + StoreException.firstLine(e), e);
        }
    }

    private static List<MonthCount> monthly(Connection c, EventConditions where) throws SQLException {
        String sql = "SELECT EXTRACT(YEAR FROM e.date_from) y, EXTRACT(MONTH FROM e.date_from) m, e.event_type, "
                + "COUNT(*) FROM events e WHERE e.date_from IS NOT NULL AND " + where.sql()
                + " GROUP BY EXTRACT(YEAR FROM e.date_from), EXTRACT(MONTH FROM e.date_from), e.event_type "
                + "ORDER BY 1, 2, 3";
        List<MonthCount> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            where.bind(s, 1);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new MonthCount(String.format("%04d-%02d", r.getInt(1), r.getInt(2)), r.getString(3),
                            r.getLong(4)));
                }
            }
        }
        return out;
    }

    private static List<PairCount> topPairs(Connection c, EventConditions where) throws SQLException {
        String sql = "SELECT p.c1, p.c2, COUNT(*) FROM (SELECT DISTINCT e.id, "
                + "LEAST(ax.country, ay.country) c1, GREATEST(ax.country, ay.country) c2 FROM events e "
                + "JOIN event_actors x ON x.event_id = e.id JOIN actors ax ON ax.id = x.actor_id "
                + "JOIN event_actors y ON y.event_id = e.id AND y.ord > x.ord JOIN actors ay ON ay.id = y.actor_id "
                + "WHERE ax.country IS NOT NULL AND ay.country IS NOT NULL AND ax.country <> ay.country AND "
                + where.sql() + ") p GROUP BY p.c1, p.c2 ORDER BY 3 DESC, 1, 2 FETCH FIRST " + TOP + " ROWS ONLY";
        List<PairCount> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            where.bind(s, 1);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new PairCount(r.getString(1), r.getString(2), r.getLong(3)));
                }
            }
        }
        return out;
    }

    private static List<org.entente.store.event.StoredEvent> latestAgreements(Connection c, EventFilter filter)
            throws SQLException {
        EventConditions where = EventConditions.of(filter.withType(EventType.AGREE));
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT e.id FROM events e WHERE " + where.sql()
                + " ORDER BY e.date_to DESC NULLS LAST, e.id DESC FETCH FIRST " + TOP + " ROWS ONLY")) {
            where.bind(s, 1);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return EventLoader.load(c, ids, EventLoader.View.CANONICAL, null);
    }
}
