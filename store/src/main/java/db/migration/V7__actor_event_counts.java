package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import org.entente.store.actor.ActorCounts;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * V7: each canonical actor's event count, stored ({@link ActorCounts}), so that the actor list (most active first)
 * reads a column in the order of an index instead of counting every actor's events on each query.
 *
 * <ul>
 *   <li>{@code actors.event_count}: the events whose parties include the actor, each report's row once; filled here
 *       for the events stored before it, by the code that keeps it up.</li>
 *   <li>{@code actors_by_events} (count descending, name, id): the list's order.</li>
 * </ul>
 */
public class V7__actor_event_counts extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE actors ADD COLUMN event_count BIGINT DEFAULT 0 NOT NULL");
        }
        ActorCounts.recountAll(c);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX actors_by_events ON actors (event_count DESC, name, id)");
        }
    }
}
