package org.entente.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.entente.store.actor.ActorDirectory;

/**
 * How the events of a filter are found, chosen per query from how many rows its most selective index lookup would
 * give. Why: a filter on an actor's name or on words can match a tenth of the base, and collecting all those
 * events to sort them costs hundreds of milliseconds on H2 at 100,000 articles, while a page needs only 50.
 *
 * <ul>
 *   <li><b>Sets</b> (no actor, no text): every condition an {@code IN (subquery)} ({@link EventConditions#of});
 *       the country, pair, sphere and date filters are index lookups both databases plan well; with at most a type
 *       and a status, a page is read in date order through {@code events_page}.</li>
 *   <li><b>Candidates</b>: the rarest of the actor's events and each word's events gives at most {@link #FEW}
 *       ids (counted with a bounded probe); those events are checked row by row ({@link EventConditions#perRow})
 *       and sorted. Rarest first: "ulaanbaatar railways" reads the few events of the rare word, not the
 *       thousands of the common one.</li>
 *   <li><b>Date scan</b>: every lookup gives more than that: the sets are computed once and the events visited
 *       in date order through the {@code events_page} index until the page is full, so that thousands of matches
 *       are not all read and sorted for 50 (on H2 the index is named: H2 would start from the sets).</li>
 * </ul>
 * The three give the same events in the same order (date, then id; the tests run filters through each).
 */
final class PagePlan {

    /** Candidate lists up to this size are checked one by one; beyond it the date scan is cheaper for a page. */
    static final int FEW = 1_000;

    private enum Kind { SETS, NONE, CANDIDATES, SCAN }

    private final Kind kind;
    private final List<Long> actorIds;
    private final List<Long> candidates;

    private PagePlan(Kind kind, List<Long> actorIds, List<Long> candidates) {
        this.kind = kind;
        this.actorIds = actorIds;
        this.candidates = candidates;
    }

    /** Chooses how to find the filter's events (a few bounded index probes). */
    static PagePlan of(Connection c, EventFilter f) throws SQLException {
        return of(c, f, FEW);
    }

    /** The set form whatever the filter: what the other plans must agree with (tests). */
    static PagePlan sets() {
        return new PagePlan(Kind.SETS, List.of(), List.of());
    }

    /**
     * Chooses with another threshold: {@code few} below 0 forces the date scan and a huge one the candidates, for
     * filters with an actor or text (tests).
     */
    static PagePlan of(Connection c, EventFilter f, int few) throws SQLException {
        boolean text = EventConditions.hasText(f);
        if (f.actor() == null && !text) {
            return new PagePlan(Kind.SETS, List.of(), List.of());
        }
        List<Long> actorIds = List.of();
        long fewest = Long.MAX_VALUE;
        String driver = null;
        List<Object> driverArgs = null;
        if (f.actor() != null) {
            actorIds = ActorDirectory.matching(c, f.actor());
            if (actorIds.isEmpty()) {
                return new PagePlan(Kind.NONE, actorIds, List.of());
            }
            String in = "ea.actor_id IN (" + String.join(", ", Collections.nCopies(actorIds.size(), "?")) + ")";
            fewest = probe(c, "SELECT 1 FROM event_actors ea WHERE " + in, new ArrayList<>(actorIds));
            driver = "SELECT DISTINCT ea.event_id FROM event_actors ea WHERE " + in;
            driverArgs = new ArrayList<>(actorIds);
        }
        if (text) {
            for (String word : EventConditions.words(f)) {
                long n = probe(c, "SELECT 1 FROM event_words w WHERE w.word = ?", List.of(word));
                if (n == 0) {
                    return new PagePlan(Kind.NONE, actorIds, List.of());
                }
                if (n < fewest) {
                    fewest = n;
                    driver = "SELECT DISTINCT COALESCE(x.merged_into, x.id) FROM event_words w "
                            + "JOIN events x ON x.id = w.event_id WHERE w.word = ?";
                    driverArgs = List.of(word);
                }
            }
        }
        if (fewest <= few) {
            return new PagePlan(Kind.CANDIDATES, actorIds, longs(c, driver, driverArgs));
        }
        return new PagePlan(Kind.SCAN, actorIds, List.of());
    }

    /**
     * The ids of the matching events in date order (undated last, then by id), {@code limit} of them (0: all)
     * after the first {@code offset}.
     */
    List<Long> ids(Connection c, EventFilter f, long offset, int limit) throws SQLException {
        String window = (offset > 0 ? " OFFSET " + offset + " ROWS" : "")
                + (limit > 0 ? " FETCH NEXT " + limit + " ROWS ONLY" : "");
        String order = " ORDER BY e.date_from NULLS LAST, e.id";
        switch (kind) {
            case NONE:
                return List.of();
            case CANDIDATES: {
                if (candidates.isEmpty()) {
                    return List.of();
                }
                EventConditions where = EventConditions.perRow(f, actorIds);
                List<Object> args = new ArrayList<>(candidates);
                args.addAll(where.args());
                return longs(c, "SELECT e.id FROM events e WHERE e.id IN (" + marks(candidates.size()) + ") AND "
                        + where.sql() + order + window, args);
            }
            case SCAN:
                if (!window.isEmpty()) {
                    // the sets, computed once each (an index-only read), then events in date order until the
                    // page is full; a per-row EXISTS costs H2 tens of microseconds an event, more than the sets
                    EventConditions where = EventConditions.of(f);
                    return longs(c, "SELECT e.id FROM events e" + hint(c) + " WHERE " + where.sql() + order + window,
                            where.args());
                }
                return sets(c, f, order, window);
            default:
                return sets(c, f, order, window);
        }
    }

    /** How many events match. */
    long count(Connection c, EventFilter f) throws SQLException {
        if (kind == Kind.NONE || kind == Kind.CANDIDATES && candidates.isEmpty()) {
            return 0;
        }
        if (kind == Kind.CANDIDATES) {
            EventConditions where = EventConditions.perRow(f, actorIds);
            List<Object> args = new ArrayList<>(candidates);
            args.addAll(where.args());
            return longs(c, "SELECT COUNT(*) FROM events e WHERE e.id IN (" + marks(candidates.size()) + ") AND "
                    + where.sql(), args).get(0);
        }
        EventConditions where = EventConditions.of(f);
        return longs(c, "SELECT COUNT(*) FROM events e WHERE " + where.sql(), where.args()).get(0);
    }

    private static List<Long> sets(Connection c, EventFilter f, String order, String window) throws SQLException {
        EventConditions where = EventConditions.of(f);
        return longs(c, "SELECT e.id FROM events e" + (!window.isEmpty() && onlyCommonColumns(f) ? hint(c) : "")
                + " WHERE " + where.sql() + order + window, where.args());
    }

    /**
     * Whether the filter is at most a type and a status: conditions that a good share of all events meet, so that a
     * page is found within the first few hundred events in date order. (H2 would otherwise read every unmerged
     * event through the {@code merged_into} index and sort them: 600 ms at 100,000 articles.) A date range or a
     * country is left to the database's own plan, which starts from its index.
     */
    private static boolean onlyCommonColumns(EventFilter f) {
        return f.country() == null && f.pair() == null && f.sphere() == null && f.from() == null && f.to() == null;
    }

    /** On H2, the index in the list's order, named (PostgreSQL finds it itself when it pays). */
    private static String hint(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().equals("H2") ? " USE INDEX (events_page)" : "";
    }

    /** How many rows a lookup gives, counted no further than one past {@link #FEW}. */
    private static long probe(Connection c, String select, List<Object> args) throws SQLException {
        return longs(c, "SELECT COUNT(*) FROM (" + select + " FETCH FIRST " + (FEW + 1) + " ROWS ONLY) t", args)
                .get(0);
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static List<Long> longs(Connection c, String sql, List<?> args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                s.setObject(i + 1, args.get(i));
            }
            List<Long> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
            return out;
        }
    }
}
