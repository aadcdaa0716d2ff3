package org.entente.store.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.entente.store.Store;
import org.entente.store.query.EventFacets;

/** Assertions on the {@code event_facets} table (V5) that the ingest, the merger and the aliases file keep up. */
public final class Facets {

    private Facets() {
    }

    /** Every row as {@code facet|event|from|to|span|type|status}, in order. */
    public static List<String> rows(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT facet, event_id, date_from, "
                + "date_to, span_days, event_type, status FROM event_facets ORDER BY facet, event_id")) {
            while (r.next()) {
                out.add(r.getString(1) + "|" + r.getLong(2) + "|" + r.getDate(3) + "|" + r.getDate(4) + "|"
                        + r.getInt(5) + "|" + r.getString(6) + "|" + r.getString(7));
            }
        }
        return out;
    }

    /**
     * The table holds exactly what computing it afresh from the events gives (in a transaction rolled back), and
     * no row of a report merged into another event.
     *
     * @return its rows
     */
    public static List<String> assertUpToDate(Store store) {
        try (Connection c = store.connect()) {
            List<String> kept = rows(c);
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM event_facets");
                EventFacets.fillAll(c);
                assertEquals(kept, rows(c), "the kept rows are those computed afresh");
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM event_facets f "
                    + "JOIN events e ON e.id = f.event_id WHERE e.merged_into IS NOT NULL")) {
                r.next();
                assertEquals(0, r.getLong(1), "no rows of merged reports");
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM events e "
                    + "WHERE e.merged_into IS NULL AND NOT EXISTS (SELECT 1 FROM event_facets f WHERE f.facet = '"
                    + EventFacets.ALL + "' AND f.event_id = e.id)")) {
                r.next();
                assertEquals(0, r.getLong(1), "every event shown has its row under " + EventFacets.ALL);
            }
            return kept;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
