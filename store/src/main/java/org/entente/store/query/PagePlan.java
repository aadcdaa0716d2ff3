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
 *   <li><b>Facets</b> (no words; an actor name matching at most {@link #MAX_BRANCHES} actors): the denormalised
 *       {@code event_facets} table ({@link EventFacets}, V5). Of the facets the filter names (pair, country, the
 *       actor's actors, sphere; every event when none), the one with the fewest rows in the date range is read in
 *       the list's order through {@code event_facets_page} and stops when the page is full; type, status and dates
 *       are checked on its index entries, the other facets by primary key. An actor name's actors are one range
 *       each, each stopped after the page, merged. A date range is an index range: an event cannot start more
 *       than the longest stored span before the range's first day. This is what keeps H2 under 100 ms at 100,000
 *       articles for the country, pair, actor, sphere and date filters. With words that are all common (more than
 *       {@link #FEW} events each), the same range read, each row checked for the words by index lookups
 *       ({@link EventConditions#words}); its count is the sets' (a count has to visit every row).</li>
 *   <li><b>Sets</b> (no actor, no text; the reference the tests compare the others with): every condition an {@code IN (subquery)} ({@link EventConditions#of});
 *       the country, pair, sphere and date filters are index lookups both databases plan well; with at most a type
 *       and a status, a page is read in date order through {@code events_page}.</li>
 *   <li><b>Candidates</b>: the rarest of the actor's events and each word's events gives at most {@link #FEW}
 *       ids (counted with a bounded probe); those events are checked row by row ({@link EventConditions#perRow})
 *       and sorted. Rarest first: "ulaanbaatar railways" reads the few events of the rare word, not the
 *       thousands of the common one.</li>
 *   <li><b>Date scan</b>: every lookup gives more than that and the actor name matches more than
 *       {@link #MAX_BRANCHES} actors (otherwise the facets with words per row): the sets are computed once and the events visited
 *       in date order through the {@code events_page} index until the page is full, so that thousands of matches
 *       are not all read and sorted for 50 (on H2 the index is named: H2 would start from the sets).</li>
 * </ul>
 * All give the same events in the same order (date, then id; the tests run filters through each).
 */
final class PagePlan {

    /** Candidate lists up to this size are checked one by one; beyond it the date scan is cheaper for a page. */
    static final int FEW = 1_000;

    /** An actor name matching more actors than this is left to the date scan (one index range per actor). */
    static final int MAX_BRANCHES = 64;

    private enum Kind { SETS, NONE, CANDIDATES, SCAN, FACETS }

    private final Kind kind;
    private final List<Long> actorIds;
    private final List<Long> candidates;
    /** FACETS: the facets whose index ranges are read (one, or one per actor the name matches). */
    private final List<String> driver;
    /** FACETS with a first day: the earliest start an overlapping event can have. */
    private final java.time.LocalDate earliest;
    /** FACETS: the filter's words are checked on each facet row read (a text filter whose words are all common). */
    private final boolean words;

    private PagePlan(Kind kind, List<Long> actorIds, List<Long> candidates) {
        this(kind, actorIds, candidates, List.of(), null, false);
    }

    private PagePlan(Kind kind, List<Long> actorIds, List<Long> candidates, List<String> driver,
            java.time.LocalDate earliest, boolean words) {
        this.kind = kind;
        this.actorIds = actorIds;
        this.candidates = candidates;
        this.driver = driver;
        this.earliest = earliest;
        this.words = words;
    }

    /** Chooses how to find the filter's events (a few bounded index probes). */
    static PagePlan of(Connection c, EventFilter f) throws SQLException {
        if (!EventConditions.hasText(f)) {
            List<Long> actorIds = f.actor() == null ? List.of() : ActorDirectory.matching(c, f.actor());
            if (f.actor() != null && actorIds.isEmpty()) {
                return new PagePlan(Kind.NONE, actorIds, List.of());
            }
            if (actorIds.size() <= MAX_BRANCHES) {
                return facets(c, f, actorIds, false);
            }
        }
        return of(c, f, FEW);
    }

    /** The date scan whatever the lookups give (tests: the plan a text filter with an actor name of many actors takes). */
    static PagePlan scan(Connection c, EventFilter f) throws SQLException {
        if (f.actor() != null && ActorDirectory.matching(c, f.actor()).isEmpty()) {
            return new PagePlan(Kind.NONE, List.of(), List.of());
        }
        return new PagePlan(Kind.SCAN, f.actor() == null ? List.of() : ActorDirectory.matching(c, f.actor()),
                List.of());
    }

    /** The set form whatever the filter: what the other plans must agree with (tests). */
    static PagePlan sets() {
        return new PagePlan(Kind.SETS, List.of(), List.of());
    }

    /**
     * Chooses among the plans before the facets, with another threshold: {@code few} below 0 forces the date scan and
     * a huge one the candidates, for filters with an actor or text (tests); what {@link #of(Connection, EventFilter)}
     * falls back to for words, and for an actor name that matches more than {@link #MAX_BRANCHES} actors.
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
        if (text && actorIds.size() <= MAX_BRANCHES) {
            // every word common: the facet range in the list's order, each row checked for the words (index
            // lookups), stops when the page is full; 'railways' reads about 450 rows for a page of 50 instead of
            // computing its 5,000 events and their reports (100 ms on H2 at 100,000 articles)
            return facets(c, f, actorIds, true);
        }
        return new PagePlan(Kind.SCAN, actorIds, List.of());
    }

    /**
     * The facet plan: of the facets the filter names (pair, country, actor, sphere; every event when none), the one
     * with the fewest rows in the date range (bounded probes) is read in date order, and the rest is checked on each
     * of its rows ({@link #facetConditions}).
     */
    private static PagePlan facets(Connection c, EventFilter f, List<Long> actorIds, boolean words)
            throws SQLException {
        java.time.LocalDate earliest = f.from() == null ? null : f.from().minusDays(EventFacets.longestSpan(c));
        List<List<String>> options = new ArrayList<>();
        if (f.pair() != null) {
            options.add(List.of(EventFacets.pair(f.pair().first(), f.pair().second())));
        }
        if (f.country() != null) {
            options.add(List.of(EventFacets.country(f.country())));
        }
        if (!actorIds.isEmpty()) {
            options.add(actorIds.stream().map(EventFacets::actor).toList());
        }
        if (f.sphere() != null) {
            options.add(List.of(EventFacets.sphere(f.sphere())));
        }
        if (options.isEmpty()) {
            options.add(List.of(EventFacets.ALL));
        }
        List<String> best = options.get(0);
        if (options.size() > 1) {
            long fewest = Long.MAX_VALUE;
            for (List<String> o : options) {
                List<Object> args = new ArrayList<>(o);
                String dates = dateBounds(f, earliest, args);
                long n = probe(c, "SELECT 1 FROM event_facets f WHERE f.facet IN (" + marks(o.size()) + ")" + dates,
                        args);
                if (n < fewest) {
                    fewest = n;
                    best = o;
                }
            }
        }
        return new PagePlan(Kind.FACETS, actorIds, List.of(), best, earliest, words);
    }

    /** The date range as conditions on a facet row: an index range on its first day, checked on its last. */
    private static String dateBounds(EventFilter f, java.time.LocalDate earliest, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        if (f.from() != null) {
            sql.append(" AND f.date_from >= ? AND f.date_to >= ?");
            args.add(java.sql.Date.valueOf(earliest));
            args.add(java.sql.Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            sql.append(" AND f.date_from <= ?");
            args.add(java.sql.Date.valueOf(f.to()));
        }
        return sql.toString();
    }

    /**
     * The filter as conditions on a row {@code f} of the driving facet: type, status and dates on the row itself,
     * each other facet the filter names by the primary key (facet, event), which exactly mirror
     * {@link EventConditions#of}.
     */
    private EventConditions facetConditions(EventFilter f) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("1 = 1");
        if (f.type() != null) {
            sql.append(" AND f.event_type = ?");
            args.add(f.type().name());
        }
        if (f.status() != null) {
            sql.append(" AND f.status = ?");
            args.add(f.status().name());
        }
        sql.append(dateBounds(f, earliest, args));
        List<List<String>> others = new ArrayList<>();
        if (f.pair() != null) {
            others.add(List.of(EventFacets.pair(f.pair().first(), f.pair().second())));
        }
        if (f.country() != null) {
            others.add(List.of(EventFacets.country(f.country())));
        }
        if (!actorIds.isEmpty()) {
            others.add(actorIds.stream().map(EventFacets::actor).toList());
        }
        if (f.sphere() != null) {
            others.add(List.of(EventFacets.sphere(f.sphere())));
        }
        for (List<String> o : others) {
            if (o.equals(driver)) {
                continue;
            }
            sql.append(" AND EXISTS (SELECT 1 FROM event_facets g WHERE g.facet IN (").append(marks(o.size()))
                    .append(") AND g.event_id = f.event_id)");
            args.addAll(o);
        }
        if (words) {
            for (EventConditions text : List.of(EventConditions.words(f, "f.event_id"),
                    EventConditions.phrase(f, "f.event_id"))) {
                sql.append(" AND ").append(text.sql());
                args.addAll(text.args());
            }
        }
        return new EventConditions(sql.toString(), args);
    }

    /**
     * The facet plan's page: each driving facet's index range in the list's order, stopped after
     * {@code offset + limit} matches; several (an actor name's actors) are merged without duplicates.
     */
    private List<Long> facetIds(Connection c, EventFilter f, long offset, int limit) throws SQLException {
        EventConditions where = facetConditions(f);
        String hint = hint(c, "event_facets_page");
        String rangeOrder = " ORDER BY f.facet, f.date_from NULLS LAST, f.event_id";
        String window = (offset > 0 ? " OFFSET " + offset + " ROWS" : "")
                + (limit > 0 ? " FETCH NEXT " + limit + " ROWS ONLY" : "");
        List<Object> args = new ArrayList<>();
        if (driver.size() == 1) {
            args.add(driver.get(0));
            args.addAll(where.args());
            return longs(c, "SELECT f.event_id FROM event_facets f" + hint + " WHERE f.facet = ? AND " + where.sql()
                    + rangeOrder + window, args);
        }
        // an actor name's actors: one prepared statement run per actor (its range, stopped after offset + limit),
        // merged here; H2 plans a UNION of forty ranges slower than it reads them
        String top = limit > 0 ? " FETCH FIRST " + (offset + limit) + " ROWS ONLY" : "";
        java.util.Map<Long, java.sql.Date> found = new java.util.HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT f.event_id, f.date_from FROM event_facets f" + hint
                + " WHERE f.facet = ? AND " + where.sql() + rangeOrder + top)) {
            for (String facet : driver) {
                s.setString(1, facet);
                where.bind(s, 2);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.put(r.getLong(1), r.getDate(2));
                    }
                }
            }
        }
        List<Long> ids = new ArrayList<>(found.keySet());
        ids.sort(java.util.Comparator.comparing((Long id) -> found.get(id),
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())).thenComparing(id -> id));
        int from = (int) Math.min(offset, ids.size());
        return new ArrayList<>(ids.subList(from, limit > 0 ? (int) Math.min(ids.size(), offset + limit) : ids.size()));
    }

    /** How many events the facet plan finds. */
    private long facetCount(Connection c, EventFilter f) throws SQLException {
        EventConditions where = facetConditions(f);
        List<Object> args = new ArrayList<>(driver);
        args.addAll(where.args());
        return longs(c, "SELECT COUNT(" + (driver.size() == 1 ? "*" : "DISTINCT f.event_id")
                + ") FROM event_facets f WHERE f.facet IN (" + marks(driver.size()) + ") AND " + where.sql(), args)
                .get(0);
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
            case FACETS:
                if (words && window.isEmpty()) {
                    // every match (an export): the sets, once each, rather than the words looked up for every event
                    return sets(c, f, order, window);
                }
                return facetIds(c, f, offset, limit);
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
        if (kind == Kind.FACETS && !words) {
            return facetCount(c, f);
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

    @Override
    public String toString() {
        return kind + (kind == Kind.FACETS ? " " + driver.size() + " range(s)" + (words ? ", words per row" : "") : "")
                + (kind == Kind.CANDIDATES ? " " + candidates.size() : "");
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
        return hint(c, "events_page");
    }

    private static String hint(Connection c, String index) throws SQLException {
        return c.getMetaData().getDatabaseProductName().equals("H2") ? " USE INDEX (" + index + ")" : "";
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
