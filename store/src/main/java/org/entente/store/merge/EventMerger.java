package org.entente.store.merge;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.event.ActorKind;
import org.entente.event.EventType;
import org.entente.event.Status;
import org.entente.store.event.DateSpan;

/**
 * Merges each newly stored report into the earlier event it reports, if there is one, and links plans with
 * their execution; inside the ingest transaction, so an article's merges commit or vanish with it.
 *
 * <p>Candidates are the unmerged events with the same {@link Report#partyKey()} whose date (or, undated, whose
 * article day) falls in the window {@link MergeRule} could accept: one indexed lookup, then the rule in Java.
 * The best-scoring match wins (ties: the oldest event); the report keeps its row and mention and points at the
 * event with {@code merged_into}, the rule's reason in {@code merge_reason}. A cluster never takes two reports
 * of one article: the extractor already merged what one article says twice.
 *
 * <p>Merging is by arrival: a report joins the event of the first report it matched, and is compared with
 * that first report, not with every member. The result depends on input order only where a report matches
 * two events that do not match each other.
 */
public final class EventMerger {

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
        for (Report r : fresh.values()) {
            Long into = null;
            String reason = null;
            MergeRule.Match best = null;
            for (Report earlier : candidates(c, r, r.partyKey(), eventIds)) {
                Optional<MergeRule.Match> m = MergeRule.match(r, earlier);
                if (m.isPresent() && (best == null || m.get().score() > best.score())
                        && !clusterHasArticle(c, earlier.eventId(), articleId)) {
                    best = m.get();
                    into = earlier.eventId();
                }
            }
            if (best != null) {
                reason = best.reason();
                try (PreparedStatement s = c.prepareStatement(
                        "UPDATE events SET merged_into = ?, merge_reason = ? WHERE id = ?")) {
                    s.setLong(1, into);
                    s.setString(2, reason);
                    s.setLong(3, r.eventId());
                    s.executeUpdate();
                }
            }
            link(c, r, into != null ? into : r.eventId(), eventIds);
            out.add(new Result(r.eventId(), into, reason));
        }
        return out;
    }

    /** Links a plan to its later execution, in whichever order the two articles arrive. */
    private void link(Connection c, Report r, long eventId, List<Long> exclude) throws SQLException {
        Status other = r.status() == Status.DONE ? Status.PLANNED : r.status() == Status.PLANNED ? Status.DONE : null;
        if (other == null || r.reportedOn() == null) {
            return;
        }
        String key = Report.partyKey(r.type(), other, r.parties());
        LocalDate lo = r.reportedOn().minusDays(FulfilmentRule.WINDOW_DAYS + 366);
        LocalDate hi = r.reportedOn().plusDays(FulfilmentRule.WINDOW_DAYS + 366);
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM events WHERE party_key = ? AND merged_into IS "
                + "NULL AND reported_on BETWEEN ? AND ? ORDER BY id")) {
            s.setString(1, key);
            s.setDate(2, Date.valueOf(lo));
            s.setDate(3, Date.valueOf(hi));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (!exclude.contains(rs.getLong(1))) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
        }
        for (Report o : load(c, ids, null).values()) {
            Report planned = r.status() == Status.PLANNED ? r : o;
            Report done = r.status() == Status.PLANNED ? o : r;
            Optional<String> why = FulfilmentRule.fulfils(planned, done);
            if (why.isEmpty()) {
                continue;
            }
            long plannedId = planned == r ? eventId : o.eventId();
            long doneId = done == r ? eventId : o.eventId();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO event_links (planned_event_id, done_event_id, "
                    + "relation, reason) SELECT ?, ?, 'fulfils', ? FROM events WHERE id = ? AND NOT EXISTS (SELECT 1 "
                    + "FROM event_links WHERE planned_event_id = ? AND done_event_id = ?)")) {
                s.setLong(1, plannedId);
                s.setLong(2, doneId);
                s.setString(3, why.get());
                s.setLong(4, plannedId);
                s.setLong(5, plannedId);
                s.setLong(6, doneId);
                s.executeUpdate();
            }
        }
    }

    private List<Report> candidates(Connection c, Report r, String key, List<Long> exclude) throws SQLException {
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
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM events WHERE party_key = ? AND merged_into IS "
                + "NULL AND ((date_from IS NOT NULL AND date_from <= ? AND date_to >= ?) OR (date_from IS NULL AND "
                + "reported_on BETWEEN ? AND ?)) ORDER BY id")) {
            s.setString(1, key);
            s.setDate(2, Date.valueOf(datedHi));
            s.setDate(3, Date.valueOf(datedLo));
            s.setDate(4, Date.valueOf(lo.minusDays(w)));
            s.setDate(5, Date.valueOf(hi.plusDays(w)));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (!exclude.contains(rs.getLong(1))) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
        }
        return new ArrayList<>(load(c, ids, null).values());
    }

    private static boolean clusterHasArticle(Connection c, long eventId, long articleId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM mentions m JOIN events x ON x.id = m.event_id "
                + "WHERE m.article_id = ? AND (x.id = ? OR x.merged_into = ?)")) {
            s.setLong(1, articleId);
            s.setLong(2, eventId);
            s.setLong(3, eventId);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
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
