package org.entente.store.actor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The stored count of events per canonical actor ({@code actors.event_count}, V7): how many event rows (each
 * report's own row, merged or not) have the actor among their parties, counted once per event. It is what the actor
 * list showed and sorted by when it counted {@code event_actors} for every actor on each query (150 ms at 100,000
 * articles on H2); now the list reads it, in its order, from the index {@code actors_by_events}.
 *
 * <p>Upkeep, in the caller's transaction: the ingest {@link #add adds} each new report to its parties' counts;
 * the aliases file {@link #recount recounts} the actor that received another's events (an event may name both).
 * Merging reports into one event changes no count: each report keeps its row and its parties (which report heads an
 * event depends on arrival order; the reports naming an actor do not). V7 fills the column with {@link #recountAll},
 * and the tests compare the column with a recount after ingest, merging in every order, re-ingest and the aliases
 * file, on both backends.
 */
public final class ActorCounts {

    /** The count as the actor list computed it on every query, per actor: the definition of the column. */
    static final String COUNT_OF_ACTOR =
            "(SELECT COUNT(DISTINCT ea.event_id) FROM event_actors ea WHERE ea.actor_id = actors.id)";

    private ActorCounts() {
    }

    /**
     * Adds newly written events to their parties' counts: each actor once per event, however many of its parties
     * it is. Rows are updated in ascending id order, so that concurrent writers lock them in the same order.
     *
     * @param partiesPerEvent the canonical actor ids of each new event's parties
     */
    public static void add(Connection c, Collection<List<Long>> partiesPerEvent) throws SQLException {
        Map<Long, Integer> increments = new TreeMap<>();
        for (List<Long> parties : partiesPerEvent) {
            for (Long actor : new TreeSet<>(parties)) {
                increments.merge(actor, 1, Integer::sum);
            }
        }
        if (increments.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE actors SET event_count = event_count + ? WHERE id = ?")) {
            for (Map.Entry<Long, Integer> e : increments.entrySet()) {
                s.setInt(1, e.getValue());
                s.setLong(2, e.getKey());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Counts these actors' events afresh. */
    public static void recount(Connection c, Collection<Long> actorIds) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE actors SET event_count = " + COUNT_OF_ACTOR
                + " WHERE id = ?")) {
            for (Long id : new TreeSet<>(actorIds)) {
                s.setLong(1, id);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * Counts every actor's events afresh (V7's backfill).
     *
     * @return how many actors were counted
     */
    public static int recountAll(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate("UPDATE actors SET event_count = " + COUNT_OF_ACTOR);
        }
    }
}
