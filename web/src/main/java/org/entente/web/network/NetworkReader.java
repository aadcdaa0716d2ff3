package org.entente.web.network;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.store.Store;
import org.entente.store.StoreException;
import org.entente.store.query.EventConditions;
import org.entente.store.query.EventFilter;

/**
 * Builds the {@link Network} of a selection of events: every two different parties of an event are an edge,
 * weighted by the number of events they share; only the heaviest edges are kept so the page stays readable and
 * the response bounded.
 */
public final class NetworkReader {

    private final Store store;

    public NetworkReader(Store store) {
        this.store = store;
    }

    /** The network of the events the filter selects, with at most {@code maxEdges} edges. */
    public Network read(NetworkLevel level, EventFilter filter, int maxEdges) {
        EventConditions where = EventConditions.of(filter);
        String ends = level == NetworkLevel.ACTOR
                ? "LEAST(x.actor_id, y.actor_id) s, GREATEST(x.actor_id, y.actor_id) t"
                : "LEAST(ax.country, ay.country) s, GREATEST(ax.country, ay.country) t";
        String different = level == NetworkLevel.ACTOR ? "x.actor_id <> y.actor_id"
                : "ax.country IS NOT NULL AND ay.country IS NOT NULL AND ax.country <> ay.country";
        String sql = "SELECT p.s, p.t, COUNT(*) FROM (SELECT DISTINCT e.id, " + ends + " FROM events e "
                + "JOIN event_actors x ON x.event_id = e.id JOIN actors ax ON ax.id = x.actor_id "
                + "JOIN event_actors y ON y.event_id = e.id AND y.ord > x.ord JOIN actors ay ON ay.id = y.actor_id "
                + "WHERE " + different + " AND " + where.sql() + ") p GROUP BY p.s, p.t ORDER BY 3 DESC, 1, 2 "
                + "FETCH FIRST " + (maxEdges + 1) + " ROWS ONLY";
        try (Connection c = store.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            where.bind(s, 1);
            List<Network.Edge> edges = new ArrayList<>();
            Map<String, Long> weights = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery()) {
                int rows = 0;
                while (r.next() && ++rows <= maxEdges) {
                    Network.Edge edge = new Network.Edge(r.getString(1), r.getString(2), r.getLong(3));
                    edges.add(edge);
                    weights.merge(edge.source(), edge.events(), Long::sum);
                    weights.merge(edge.target(), edge.events(), Long::sum);
                }
                return new Network(level, nodes(c, level, weights), edges, rows > maxEdges);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot build the network: " + StoreException.firstLine(e), e);
        }
    }

    private static List<Network.Node> nodes(Connection c, NetworkLevel level, Map<String, Long> weights)
            throws SQLException {
        List<Network.Node> out = new ArrayList<>();
        if (level == NetworkLevel.COUNTRY) {
            weights.forEach((code, n) -> out.add(new Network.Node(code, code, code, n)));
            return out;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT name, country FROM actors WHERE id = ?")) {
            for (Map.Entry<String, Long> w : weights.entrySet()) {
                s.setLong(1, Long.parseLong(w.getKey()));
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        out.add(new Network.Node(w.getKey(), r.getString(1), r.getString(2), w.getValue()));
                    }
                }
            }
        }
        return out;
    }
}
