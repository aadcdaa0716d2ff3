package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import org.entente.store.query.EventFacets;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * V5: the denormalised {@code event_facets} table ({@link EventFacets}): each shown event once per country, ordered
 * country pair, canonical actor and sphere, and once under {@value EventFacets#ALL}, with its date, type and status,
 * so that H2 answers a page of those filters and of a date range by one index range in the list's order. Filled
 * here for the events stored before it, by the same code that keeps it up at ingest.
 *
 * <ul>
 *   <li>{@code event_facets_page} (facet, date undated last, id, then the columns the filters check): the page
 *       index; the trailing columns let a date range, type or status be checked on the index entry itself.</li>
 *   <li>the primary key (facet, event_id): whether an event has a second facet (a country and a sphere).</li>
 *   <li>{@code event_facets_event}: an event's rows, for their upkeep.</li>
 *   <li>{@code event_facets_span}: the longest date span, which bounds a date range's index range from below.</li>
 * </ul>
 */
public class V5__event_facets extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE event_facets ("
                    + "facet VARCHAR(64) NOT NULL, "
                    + "event_id BIGINT NOT NULL REFERENCES events (id), "
                    + "date_from DATE, "
                    + "date_to DATE, "
                    + "span_days INT NOT NULL, "
                    + "event_type VARCHAR(16) NOT NULL, "
                    + "status VARCHAR(16) NOT NULL, "
                    + "PRIMARY KEY (facet, event_id))");
            s.execute("CREATE INDEX event_facets_page ON event_facets "
                    + "(facet, date_from ASC NULLS LAST, event_id, date_to, event_type, status)");
            s.execute("CREATE INDEX event_facets_event ON event_facets (event_id)");
            s.execute("CREATE INDEX event_facets_span ON event_facets (span_days)");
        }
        EventFacets.fillAll(c);
    }
}
