package org.entente.store.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.entente.store.Store;

/** Assertions on the stored event count of each actor ({@code actors.event_count}, V7). */
public final class ActorEventCounts {

    private ActorEventCounts() {
    }

    /**
     * The stored counts equal the actor list's former count on every query (events whose parties include the actor,
     * each event once), for every actor.
     *
     * @return {@code name|country|count} per actor, ordered (no row ids: comparable across databases)
     */
    public static List<String> assertUpToDate(Store store) {
        try (Connection c = store.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT a.name, a.country, a.event_count, (SELECT COUNT(DISTINCT ea.event_id) FROM event_actors ea "
                        + "WHERE ea.actor_id = a.id) FROM actors a ORDER BY a.name, a.country")) {
            List<String> stored = new ArrayList<>();
            List<String> counted = new ArrayList<>();
            while (r.next()) {
                String actor = r.getString(1) + "|" + r.getString(2) + "|";
                stored.add(actor + r.getLong(3));
                counted.add(actor + r.getLong(4));
            }
            assertEquals(counted, stored, "the stored counts are those counted afresh");
            return stored;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
