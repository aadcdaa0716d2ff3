package org.entente.web.actor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entente.store.Store;
import org.entente.store.StoreException;
import org.entente.store.actor.ActorDirectory;
import org.entente.store.actor.ActorProfile;
import org.entente.store.event.EventLoader;
import org.entente.web.stats.MonthCount;

/**
 * Reads an {@link ActorPage}: the profile from the store's {@link ActorDirectory}, and what the store has no
 * query for, by actor id: counterparts, the monthly timeline and the latest events.
 */
public final class ActorActivity {

    /** Events listed on the page; the timeline counts all of them. */
    public static final int LATEST = 100;
    /** Counterparts listed. */
    public static final int COUNTERPARTS = 50;

    private final Store store;

    public ActorActivity(Store store) {
        this.store = store;
    }

    public Optional<ActorPage> find(long id) {
        Optional<ActorProfile> profile = new ActorDirectory(store).profile(id);
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        try (Connection c = store.connect()) {
            return Optional.of(new ActorPage(profile.get(), counterparts(c, id), timeline(c, id),
                    EventLoader.load(c, latest(c, id), EventLoader.View.CANONICAL, null)));
        } catch (SQLException e) {
            throw new StoreException("cannot read actor " + id + ": " + StoreException.firstLine(e), e);
        }
    }

    private static List<Counterpart> counterparts(Connection c, long id) throws SQLException {
        List<Counterpart> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT a.id, a.name, a.country, COUNT(DISTINCT x.event_id) "
                + "FROM event_actors x JOIN event_actors y ON y.event_id = x.event_id AND y.actor_id <> x.actor_id "
                + "JOIN actors a ON a.id = y.actor_id WHERE x.actor_id = ? GROUP BY a.id, a.name, a.country "
                + "ORDER BY 4 DESC, a.name FETCH FIRST " + COUNTERPARTS + " ROWS ONLY")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Counterpart(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4)));
                }
            }
        }
        return out;
    }

    private static List<MonthCount> timeline(Connection c, long id) throws SQLException {
        List<MonthCount> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT EXTRACT(YEAR FROM e.date_from), "
                + "EXTRACT(MONTH FROM e.date_from), e.event_type, COUNT(*) FROM events e WHERE e.date_from IS NOT NULL "
                + "AND e.id IN (SELECT event_id FROM event_actors WHERE actor_id = ?) "
                + "GROUP BY EXTRACT(YEAR FROM e.date_from), EXTRACT(MONTH FROM e.date_from), e.event_type "
                + "ORDER BY 1, 2, 3")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new MonthCount(String.format("%04d-%02d", r.getInt(1), r.getInt(2)), r.getString(3),
                            r.getLong(4)));
                }
            }
        }
        return out;
    }

    private static List<Long> latest(Connection c, long id) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT e.id FROM events e WHERE e.id IN "
                + "(SELECT event_id FROM event_actors WHERE actor_id = ?) ORDER BY e.date_to DESC NULLS LAST, e.id DESC "
                + "FETCH FIRST " + LATEST + " ROWS ONLY")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }
}
