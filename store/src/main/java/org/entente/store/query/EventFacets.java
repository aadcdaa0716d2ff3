package org.entente.store.query;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The denormalised {@code event_facets} table (V5): one row per event shown (not merged into another) and each
 * thing a filter selects it by, with the event's date, type and status copied beside it, so that a page of a
 * country, pair, actor, sphere or date-range filter is one index range read in the list's order
 * ({@code event_facets_page}: facet, date undated last, id) that stops when the page is full, instead of a set of
 * thousands of events computed, read and sorted for 50 (what H2 did: see {@link PagePlan}).
 *
 * <p>Facets: {@value #ALL} (every event), {@code c:ISO3} (a party's canonical actor is of that country),
 * {@code p:ISO3,ISO3} (two different parties of those countries, in that order: both orders are stored),
 * {@code a:ID} (a party is that canonical actor) and {@code s:SPHERE}. They mean exactly what
 * {@link EventConditions#of} means by the same filters; the tests compare the two on both backends.
 *
 * <p>Upkeep: {@link #refresh} recomputes the rows of some events from the tables themselves (their row, parties and
 * spheres), in the caller's transaction. The ingest calls it for each new report, the merger for every report of
 * a reclustered story (a report merged into another loses its rows, a report that heads an event again gets them),
 * the aliases file when it moves events to another actor, and V5 for every event stored before it. Running it
 * twice gives the same rows.
 */
public final class EventFacets {

    /** The facet of every event shown: the date range filter and the unfiltered list read it. */
    public static final String ALL = "*";

    /** Ids per statement, as in the event loader. */
    private static final int BATCH = 500;

    private EventFacets() {
    }

    /** The facet of a country. */
    public static String country(String iso3) {
        return "c:" + iso3;
    }

    /** The facet of an ordered country pair. */
    public static String pair(String first, String second) {
        return "p:" + first + "," + second;
    }

    /** The facet of a canonical actor. */
    public static String actor(long actorId) {
        return "a:" + actorId;
    }

    /** The facet of a sphere. */
    public static String sphere(String sphere) {
        return "s:" + sphere;
    }

    /**
     * Recomputes the facet rows of these events: deletes them, then inserts those of each event that is shown
     * (not merged into another). Ids of reports merged away, or of deleted events, only lose their rows.
     */
    public static void refresh(Connection c, Collection<Long> eventIds) throws SQLException {
        List<Long> ids = new ArrayList<>(new TreeSet<>(eventIds));
        for (int i = 0; i < ids.size(); i += BATCH) {
            refreshBatch(c, ids.subList(i, Math.min(ids.size(), i + BATCH)));
        }
    }

    /**
     * Fills the table for every event shown, in batches (V5's backfill, on a database that has no facet rows).
     *
     * @return how many events got rows
     */
    public static long fillAll(Connection c) throws SQLException {
        long done = 0;
        long after = 0;
        while (true) {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM events WHERE id > ? AND merged_into IS NULL "
                    + "ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY")) {
                s.setLong(1, after);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return done;
            }
            refreshBatch(c, ids);
            done += ids.size();
            after = ids.get(ids.size() - 1);
        }
    }

    /**
     * The longest span in days between an event's first and last day among the events shown (0 when none is
     * dated): how far before a date range's first day an event can start and still overlap it. One index read.
     */
    static int longestSpan(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(span_days) FROM event_facets")) {
            return r.next() ? Math.max(0, r.getInt(1)) : 0;
        }
    }

    /** The event's base row: what every facet row of it repeats. */
    private record Base(LocalDate from, LocalDate to, String type, String status) {
    }

    private static void refreshBatch(Connection c, List<Long> ids) throws SQLException {
        String in = String.join(", ", Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement s = c.prepareStatement("DELETE FROM event_facets WHERE event_id IN (" + in + ")")) {
            bind(s, ids);
            s.executeUpdate();
        }
        Map<Long, Base> base = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, date_from, date_to, event_type, status FROM events "
                + "WHERE id IN (" + in + ") AND merged_into IS NULL ORDER BY id")) {
            bind(s, ids);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    base.put(r.getLong(1), new Base(day(r.getDate(2)), day(r.getDate(3)), r.getString(4),
                            r.getString(5)));
                }
            }
        }
        if (base.isEmpty()) {
            return;
        }
        Map<Long, TreeSet<String>> facets = new LinkedHashMap<>();
        base.keySet().forEach(id -> facets.put(id, new TreeSet<>(List.of(ALL))));
        List<Long> shown = new ArrayList<>(base.keySet());
        String shownIn = String.join(", ", Collections.nCopies(shown.size(), "?"));
        Map<Long, List<String[]>> parties = new LinkedHashMap<>(); // event -> [actor id, country] in order
        try (PreparedStatement s = c.prepareStatement("SELECT ea.event_id, ea.actor_id, a.country FROM event_actors ea "
                + "JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id IN (" + shownIn + ") ORDER BY ea.event_id, ea.ord")) {
            bind(s, shown);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    parties.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(new String[] {Long.toString(r.getLong(2)), r.getString(3)});
                }
            }
        }
        for (Map.Entry<Long, List<String[]>> e : parties.entrySet()) {
            TreeSet<String> mine = facets.get(e.getKey());
            List<String[]> ps = e.getValue();
            for (int i = 0; i < ps.size(); i++) {
                mine.add(actor(Long.parseLong(ps.get(i)[0])));
                String x = ps.get(i)[1];
                if (x == null) {
                    continue;
                }
                mine.add(country(x));
                for (int j = 0; j < ps.size(); j++) {
                    if (j != i && ps.get(j)[1] != null) {
                        mine.add(pair(x, ps.get(j)[1]));
                    }
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT event_id, sphere FROM event_spheres WHERE event_id IN ("
                + shownIn + ")")) {
            bind(s, shown);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    facets.get(r.getLong(1)).add(sphere(r.getString(2)));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO event_facets (facet, event_id, date_from, date_to, "
                + "span_days, event_type, status) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<Long, TreeSet<String>> e : facets.entrySet()) {
                Base b = base.get(e.getKey());
                for (String facet : e.getValue()) {
                    s.setString(1, facet);
                    s.setLong(2, e.getKey());
                    s.setObject(3, b.from() == null ? null : Date.valueOf(b.from()), java.sql.Types.DATE);
                    s.setObject(4, b.to() == null ? null : Date.valueOf(b.to()), java.sql.Types.DATE);
                    s.setInt(5, b.from() == null || b.to() == null ? -1
                            : (int) ChronoUnit.DAYS.between(b.from(), b.to()));
                    s.setString(6, b.type());
                    s.setString(7, b.status());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    private static LocalDate day(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static void bind(PreparedStatement s, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            s.setLong(i + 1, ids.get(i));
        }
    }
}
