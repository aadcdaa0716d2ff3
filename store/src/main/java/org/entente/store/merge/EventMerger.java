package org.entente.store.merge;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.sql.Types;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.entente.event.ActorKind;
import org.entente.event.EventType;
import org.entente.event.Status;
import org.entente.store.event.DateSpan;
import org.entente.store.query.EventFacets;

/**
 * Merges each newly stored report into the event it reports, if there is one, and links plans with their
 * execution; inside the ingest transaction, so an article's merges commit or vanish with it.
 *
 * <p>A new report's <i>story</i> is every stored report connected to it through {@link MergeRule} matches
 * (directly, or through other reports): found by indexed lookups on the reports' {@link Report#partyKey()} and
 * date window. The story is then clustered afresh by {@link StoryClusters}, which depends on its reports alone,
 * so the events are the same whatever order the articles arrived in. Each cluster is one event: its row is the
 * report with the lowest id (the oldest row, so an event's id changes only when the story does), the others
 * point at it with {@code merged_into} and say why in {@code merge_reason}; every report keeps its own row and
 * mention. Plans and executions are then linked between the story's events and the other status's events
 * ({@link FulfilmentRule}, any report of one with any report of the other).
 */
public final class EventMerger {

    /** Stories larger than this are not followed further (each report costs a lookup); none comes near it. */
    static final int MAX_STORY = 500;

    /** The outcome for one report. */
    public record Result(long eventId, Long mergedInto, String reason) {
    }

    /**
     * Records the lookup key of the new reports of one article, merges each where it matches, and links plans.
     *
     * @param eventIds  the article's new event rows
     * @param published its publication day (or the day in its address, {@link org.entente.store.article.UrlDate}),
     *                  may be null
     */
    public List<Result> merge(Connection c, long articleId, LocalDate published, List<Long> eventIds)
            throws SQLException {
        List<Result> out = new ArrayList<>();
        if (eventIds.isEmpty()) {
            return out;
        }
        Map<Long, Report> fresh = load(c, eventIds, published);
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE events SET party_key = ?, reported_on = ? WHERE id = ?")) {
            for (Report r : fresh.values()) {
                s.setString(1, r.partyKey());
                s.setObject(2, published == null ? null : Date.valueOf(published));
                s.setLong(3, r.eventId());
                s.addBatch();
            }
            s.executeBatch();
        }
        Set<Long> touched = new TreeSet<>(eventIds);
        for (Report r : fresh.values()) {
            touched.addAll(recluster(c, r));
        }
        // which reports head an event may have changed anywhere in the stories: their facet rows follow
        EventFacets.refresh(c, touched);
        try (PreparedStatement s = c.prepareStatement("SELECT merged_into, merge_reason FROM events WHERE id = ?")) {
            for (long id : eventIds) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    long into = rs.getLong(1);
                    out.add(new Result(id, rs.wasNull() ? null : into, rs.getString(2)));
                }
            }
        }
        return out;
    }

    /**
     * Clusters the story of a new report afresh, writes its events and relinks them.
     *
     * @return the story's reports (whose {@code merged_into} may have changed)
     */
    private Set<Long> recluster(Connection c, Report start) throws SQLException {
        Map<Long, Report> story = new LinkedHashMap<>();
        story.put(start.eventId(), start);
        Deque<Report> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty() && story.size() < MAX_STORY) {
            Report x = todo.poll();
            for (Report y : candidates(c, x)) {
                if (!story.containsKey(y.eventId()) && MergeRule.match(x, y).isPresent()) {
                    story.put(y.eventId(), y);
                    todo.add(y);
                }
            }
        }
        // the events these reports belong to now, whole (they are connected, so only a story cut at MAX_STORY
        // could leave members out)
        Set<Long> oldHeads = new TreeSet<>();
        String in = marks(story.size());
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(merged_into, id) FROM events WHERE id IN ("
                + in + ")")) {
            bind(s, new ArrayList<>(story.keySet()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    oldHeads.add(rs.getLong(1));
                }
            }
        }
        // two lookups, not "id IN (..) OR merged_into IN (..)", which H2 answers by reading every event
        List<Long> missing = new ArrayList<>();
        for (String sql : List.of("SELECT id FROM events WHERE id IN (", "SELECT id FROM events WHERE merged_into IN (")) {
            try (PreparedStatement s = c.prepareStatement(sql + marks(oldHeads.size()) + ")")) {
                bind(s, new ArrayList<>(oldHeads));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (!story.containsKey(rs.getLong(1)) && !missing.contains(rs.getLong(1))) {
                            missing.add(rs.getLong(1));
                        }
                    }
                }
            }
        }
        story.putAll(load(c, missing, null));
        Map<Long, StoryClusters.Member> members = members(c, story);
        List<StoryClusters.Cluster> clusters = StoryClusters.of(new ArrayList<>(members.values()));
        Set<Long> heads = new TreeSet<>(oldHeads);
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE events SET merged_into = ?, merge_reason = ? WHERE id = ?")) {
            for (StoryClusters.Cluster cluster : clusters) {
                StoryClusters.Member head = head(cluster);
                heads.add(head.report().eventId());
                for (StoryClusters.Member m : cluster.members()) {
                    if (m == head) {
                        s.setNull(1, Types.BIGINT);
                        s.setNull(2, Types.VARCHAR);
                    } else {
                        StoryClusters.Member other = m == cluster.first() ? head : cluster.first();
                        s.setLong(1, head.report().eventId());
                        s.setString(2, MergeRule.match(m.report(), other.report()).orElseThrow().reason());
                    }
                    s.setLong(3, m.report().eventId());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
        relink(c, clusters, heads);
        return story.keySet();
    }

    /** The report whose row stands for the event: the oldest row. */
    private static StoryClusters.Member head(StoryClusters.Cluster cluster) {
        return cluster.members().stream().min(Comparator.comparingLong(m -> m.report().eventId())).orElseThrow();
    }

    /**
     * Links the story's plans and executions anew: the links of every event the story had or has are dropped,
     * then a cluster is linked with each event of the other status any report of which carries out (or is
     * carried out by) any of its reports; the reason is that of the first such pair in the fixed order.
     */
    private void relink(Connection c, List<StoryClusters.Cluster> clusters, Set<Long> heads) throws SQLException {
        for (String column : List.of("planned_event_id", "done_event_id")) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM event_links WHERE " + column + " IN ("
                    + marks(heads.size()) + ")")) {
                bind(s, new ArrayList<>(heads));
                s.executeUpdate();
            }
        }
        for (StoryClusters.Cluster cluster : clusters) {
            Status status = cluster.first().report().status();
            Status other = status == Status.DONE ? Status.PLANNED : status == Status.PLANNED ? Status.DONE : null;
            if (other == null) {
                continue;
            }
            Map<Long, Report> opposite = new LinkedHashMap<>();
            for (StoryClusters.Member m : cluster.members()) {
                opposite.putAll(load(c, oppositeIds(c, m.report(), other), null));
            }
            if (opposite.isEmpty()) {
                continue;
            }
            Map<Long, StoryClusters.Member> theirs = members(c, opposite);
            Map<Long, Long> headOf = headsOf(c, opposite.keySet());
            // per event of the other status, the first pair (in the fixed order) that fulfils
            Map<Long, String> reasons = new TreeMap<>();
            Map<Long, StoryClusters.Member[]> firstPair = new TreeMap<>();
            for (StoryClusters.Member mine : cluster.members()) {
                for (StoryClusters.Member o : theirs.values()) {
                    Report planned = status == Status.PLANNED ? mine.report() : o.report();
                    Report done = status == Status.PLANNED ? o.report() : mine.report();
                    Optional<String> why = FulfilmentRule.fulfils(planned, done);
                    if (why.isEmpty()) {
                        continue;
                    }
                    long otherHead = headOf.get(o.report().eventId());
                    StoryClusters.Member[] pair = {status == Status.PLANNED ? mine : o,
                        status == Status.PLANNED ? o : mine};
                    StoryClusters.Member[] known = firstPair.get(otherHead);
                    if (known == null || PAIR_ORDER.compare(pair, known) < 0) {
                        firstPair.put(otherHead, pair);
                        reasons.put(otherHead, why.get());
                    }
                }
            }
            long mineHead = head(cluster).report().eventId();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO event_links (planned_event_id, done_event_id, "
                    + "relation, reason) SELECT ?, ?, 'fulfils', ? FROM events WHERE id = ? AND NOT EXISTS (SELECT 1 "
                    + "FROM event_links WHERE planned_event_id = ? AND done_event_id = ?)")) {
                for (Map.Entry<Long, String> e : reasons.entrySet()) {
                    long plannedId = status == Status.PLANNED ? mineHead : e.getKey();
                    long doneId = status == Status.PLANNED ? e.getKey() : mineHead;
                    s.setLong(1, plannedId);
                    s.setLong(2, doneId);
                    s.setString(3, e.getValue());
                    s.setLong(4, plannedId);
                    s.setLong(5, plannedId);
                    s.setLong(6, doneId);
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
    }

    private static final Comparator<StoryClusters.Member[]> PAIR_ORDER = (a, b) -> {
        int x = StoryClusters.ORDER.compare(a[0], b[0]);
        return x != 0 ? x : StoryClusters.ORDER.compare(a[1], b[1]);
    };

    /** The reports of the other status a report could be linked with: same type and countries, near in time. */
    private static List<Long> oppositeIds(Connection c, Report r, Status other) throws SQLException {
        List<Long> ids = new ArrayList<>();
        if (r.reportedOn() == null) {
            return ids;
        }
        String key = Report.partyKey(r.type(), other, r.parties());
        LocalDate lo = r.reportedOn().minusDays(FulfilmentRule.WINDOW_DAYS + 366);
        LocalDate hi = r.reportedOn().plusDays(FulfilmentRule.WINDOW_DAYS + 366);
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id FROM events WHERE party_key = ? AND reported_on BETWEEN ? AND ? ORDER BY id")) {
            s.setString(1, key);
            s.setDate(2, Date.valueOf(lo));
            s.setDate(3, Date.valueOf(hi));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The event each report belongs to. */
    private static Map<Long, Long> headsOf(Connection c, Set<Long> ids) throws SQLException {
        Map<Long, Long> out = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, COALESCE(merged_into, id) FROM events WHERE id IN ("
                + marks(ids.size()) + ")")) {
            bind(s, new ArrayList<>(ids));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    /** The reports with what orders them in a story: their article's identity key and place in the article. */
    private static Map<Long, StoryClusters.Member> members(Connection c, Map<Long, Report> reports)
            throws SQLException {
        Map<Long, StoryClusters.Member> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT m.event_id, a.identity_key, m.ord FROM mentions m "
                + "JOIN articles a ON a.id = m.article_id WHERE m.event_id IN (" + marks(reports.size()) + ")")) {
            bind(s, new ArrayList<>(reports.keySet()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Report r = reports.get(rs.getLong(1));
                    out.putIfAbsent(r.eventId(), new StoryClusters.Member(r, rs.getString(2), rs.getInt(3)));
                }
            }
        }
        return out;
    }

    /** Every stored report (merged or not) that {@link MergeRule} could match with this one: one indexed lookup. */
    private List<Report> candidates(Connection c, Report r) throws SQLException {
        LocalDate lo;
        LocalDate hi;
        if (r.date().isPresent()) {
            lo = r.date().get().from();
            hi = r.date().get().to();
        } else if (r.reportedOn() != null) {
            lo = r.reportedOn();
            hi = r.reportedOn();
        } else {
            return List.of();
        }
        int w = MergeRule.UNDATED_WINDOW_DAYS;
        LocalDate datedLo = r.date().isPresent() ? lo : lo.minusDays(w);
        LocalDate datedHi = r.date().isPresent() ? hi : hi.plusDays(w);
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM events WHERE party_key = ? AND "
                + "((date_from IS NOT NULL AND date_from <= ? AND date_to >= ?) OR (date_from IS NULL AND "
                + "reported_on BETWEEN ? AND ?)) ORDER BY id")) {
            s.setString(1, r.partyKey());
            s.setDate(2, Date.valueOf(datedHi));
            s.setDate(3, Date.valueOf(datedLo));
            s.setDate(4, Date.valueOf(lo.minusDays(w)));
            s.setDate(5, Date.valueOf(hi.plusDays(w)));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (rs.getLong(1) != r.eventId()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
        }
        return new ArrayList<>(load(c, ids, null).values());
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement s, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            s.setLong(i + 1, ids.get(i));
        }
    }

    /**
     * The reports of these event rows, in id order.
     *
     * @param published the day to use for all of them (new reports), or null to read each one's reported_on
     */
    static Map<Long, Report> load(Connection c, List<Long> ids, LocalDate published) throws SQLException {
        Map<Long, Report> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        String in = String.join(", ", Collections.nCopies(ids.size(), "?"));
        Map<Long, List<Report.Party>> parties = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT ea.event_id, ea.actor_id, a.country, a.kind FROM "
                + "event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id IN (" + in
                + ") ORDER BY ea.event_id, ea.ord")) {
            for (int i = 0; i < ids.size(); i++) {
                s.setLong(i + 1, ids.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    parties.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(
                            new Report.Party(r.getLong(2), r.getString(3), ActorKind.valueOf(r.getString(4))));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT e.id, e.event_type, e.status, e.date_text, "
                + "e.location_name, e.reported_on, m.article_id FROM events e JOIN mentions m ON m.event_id = e.id "
                + "WHERE e.id IN (" + in + ") ORDER BY e.id")) {
            for (int i = 0; i < ids.size(); i++) {
                s.setLong(i + 1, ids.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    LocalDate day = published != null ? published
                            : r.getDate(6) == null ? null : r.getDate(6).toLocalDate();
                    out.putIfAbsent(id, new Report(id, r.getLong(7), EventType.valueOf(r.getString(2)),
                            Status.valueOf(r.getString(3)), parties.getOrDefault(id, List.of()),
                            DateSpan.of(r.getString(4)), day, r.getString(5)));
                }
            }
        }
        return out;
    }
}
