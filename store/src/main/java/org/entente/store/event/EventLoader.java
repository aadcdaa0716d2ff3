package org.entente.store.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.event.Actor;
import org.entente.event.ActorKind;
import org.entente.event.Event;
import org.entente.event.EventType;
import org.entente.event.Instrument;
import org.entente.event.InstrumentKind;
import org.entente.event.Person;
import org.entente.event.Place;
import org.entente.event.Status;

/**
 * Rebuilds the spec's {@link Event} records of stored event rows, a few queries per batch of ids rather than
 * several per event.
 *
 * <p>Two views of the same rows: {@link View#CANONICAL} (the knowledge base's: canonical actors, people acting
 * for canonical names) and {@link View#AS_REPORTED} (exactly what the extractor reported, for one article).
 */
public final class EventLoader {

    /** Which names an event is rebuilt with. */
    public enum View { CANONICAL, AS_REPORTED }

    /** Ids per statement: keeps the IN lists well below every driver's parameter limit. */
    public static final int BATCH = 500;

    private EventLoader() {
    }

    /**
     * The events of the given ids, in the order of the ids. In the reported view each event's evidence and
     * confidence are those of its mention in {@code reportArticle}; in the canonical view, of its first mention.
     */
    public static List<StoredEvent> load(Connection c, List<Long> ids, View view, Long reportArticle)
            throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = String.join(", ", Collections.nCopies(ids.size(), "?"));
        Map<Long, Row> rows = new LinkedHashMap<>();
        ids.forEach(id -> rows.put(id, new Row()));
        try (PreparedStatement s = c.prepareStatement("SELECT id, event_type, status, date_text, location_name, "
                + "location_country, instrument_text, instrument_kind, event_name, confidence FROM events WHERE id IN ("
                + in + ")")) {
            bind(s, ids);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Row row = rows.get(r.getLong(1));
                    row.type = EventType.valueOf(r.getString(2));
                    row.status = Status.valueOf(r.getString(3));
                    row.date = r.getString(4);
                    row.location = r.getString(5) == null ? null : new Place(r.getString(5), r.getString(6));
                    row.instrument = r.getString(7) == null && r.getString(8) == null ? null
                            : new Instrument(r.getString(7), r.getString(8) == null ? null
                            : InstrumentKind.valueOf(r.getString(8)));
                    row.eventName = r.getString(9);
                    row.confidence = r.getDouble(10);
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT ea.event_id, ea.reported_name, ea.reported_country, "
                + "ea.reported_kind, a.name, a.country, a.kind FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
                + "WHERE ea.event_id IN (" + in + ") ORDER BY ea.event_id, ea.ord")) {
            bind(s, ids);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Row row = rows.get(r.getLong(1));
                    Actor reported = new Actor(r.getString(2), r.getString(3), ActorKind.valueOf(r.getString(4)));
                    Actor canonical = new Actor(r.getString(5), r.getString(6), ActorKind.valueOf(r.getString(7)));
                    row.actors.add(view == View.CANONICAL ? canonical : reported);
                    row.canonicalNames.putIfAbsent(reported.name(), canonical.name());
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT event_id, reported_name, title, for_actor "
                + "FROM event_people WHERE event_id IN (" + in + ") ORDER BY event_id, ord")) {
            bind(s, ids);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Row row = rows.get(r.getLong(1));
                    String forActor = r.getString(4);
                    if (view == View.CANONICAL && forActor != null) {
                        forActor = row.canonicalNames.getOrDefault(forActor, forActor);
                    }
                    row.people.add(new Person(r.getString(2), r.getString(3), forActor));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT event_id, sphere FROM event_spheres WHERE event_id IN ("
                + in + ") ORDER BY event_id, ord")) {
            bind(s, ids);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.get(r.getLong(1)).spheres.add(r.getString(2));
                }
            }
        }
        for (Mention m : mentions(c, ids, view)) {
            Row row = rows.get(m.head());
            row.sources.add(new Source(m.sourceId(), m.url(), m.evidence(), m.mergeReason()));
            boolean chosen = reportArticle != null ? reportArticle == m.articleId() : row.evidence == null;
            if (chosen && !row.reported) {
                row.evidence = m.evidence();
                row.reported = true;
                if (view == View.AS_REPORTED) {
                    row.confidence = m.confidence();
                }
            }
        }
        if (view == View.CANONICAL) {
            try (PreparedStatement s = c.prepareStatement("SELECT planned_event_id, done_event_id, reason FROM "
                    + "event_links WHERE planned_event_id IN (" + in + ") UNION SELECT planned_event_id, done_event_id, "
                    + "reason FROM event_links WHERE done_event_id IN (" + in + ") ORDER BY 1, 2")) {
                bind(s, ids);
                for (int i = 0; i < ids.size(); i++) {
                    s.setLong(ids.size() + i + 1, ids.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Row planned = rows.get(r.getLong(1));
                        Row done = rows.get(r.getLong(2));
                        if (planned != null) {
                            planned.links.add(new EventLink("planned_as", r.getLong(2), r.getString(3)));
                        }
                        if (done != null) {
                            done.links.add(new EventLink("fulfils", r.getLong(1), r.getString(3)));
                        }
                    }
                }
            }
        }
        List<StoredEvent> out = new ArrayList<>(ids.size());
        for (Map.Entry<Long, Row> e : rows.entrySet()) {
            Row row = e.getValue();
            if (row.type == null) {
                continue; // deleted meanwhile
            }
            out.add(new StoredEvent(e.getKey(), new Event(row.type, row.status, row.actors, row.instrument,
                    row.eventName, row.people, row.date, row.location, row.spheres, row.evidence, row.confidence),
                    row.sources, row.links));
        }
        return out;
    }

    /** One report's mention, under the event it counts for. */
    private record Mention(long head, boolean own, long id, String sourceId, String url, String evidence,
            double confidence, long articleId, String mergeReason) {
    }

    /**
     * The mentions of the events, each event's own first, then those of the reports merged into it (canonical view
     * only), in order of storage. Three simple lookups joined here: H2 took tens of milliseconds for the same rows
     * as one three-table join.
     */
    private static List<Mention> mentions(Connection c, List<Long> ids, View view) throws SQLException {
        String in = String.join(", ", Collections.nCopies(ids.size(), "?"));
        Map<Long, long[]> reports = new LinkedHashMap<>(); // report row -> {event it counts for, 1 if its own}
        Map<Long, String> reasons = new HashMap<>();
        ids.forEach(id -> reports.put(id, new long[] {id, 1}));
        if (view == View.CANONICAL) {
            try (PreparedStatement s = c.prepareStatement("SELECT id, merged_into, merge_reason FROM events "
                    + "WHERE merged_into IN (" + in + ")")) {
                bind(s, ids);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        reports.put(r.getLong(1), new long[] {r.getLong(2), 0});
                        reasons.put(r.getLong(1), r.getString(3));
                    }
                }
            }
        }
        List<Long> reportIds = new ArrayList<>(reports.keySet());
        List<long[]> rows = new ArrayList<>();
        List<String[]> texts = new ArrayList<>();
        List<Double> confidences = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT m.event_id, m.id, m.article_id, m.evidence, m.confidence "
                + "FROM mentions m WHERE m.event_id IN (" + String.join(", ", Collections.nCopies(reportIds.size(),
                "?")) + ")")) {
            bind(s, reportIds);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new long[] {r.getLong(1), r.getLong(2), r.getLong(3)});
                    texts.add(new String[] {r.getString(4)});
                    confidences.add(r.getDouble(5));
                }
            }
        }
        Map<Long, String[]> articles = new HashMap<>();
        List<Long> articleIds = rows.stream().map(x -> x[2]).distinct().toList();
        if (!articleIds.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("SELECT id, source_id, url FROM articles WHERE id IN ("
                    + String.join(", ", Collections.nCopies(articleIds.size(), "?")) + ")")) {
                bind(s, articleIds);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        articles.put(r.getLong(1), new String[] {r.getString(2), r.getString(3)});
                    }
                }
            }
        }
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            long[] row = rows.get(i);
            long[] report = reports.get(row[0]);
            String[] article = articles.getOrDefault(row[2], new String[2]);
            out.add(new Mention(report[0], report[1] == 1, row[1], article[0], article[1], texts.get(i)[0],
                    confidences.get(i), row[2], reasons.get(row[0])));
        }
        out.sort(java.util.Comparator.comparingLong(Mention::head)
                .thenComparing(m -> !m.own()).thenComparingLong(Mention::id));
        return out;
    }

    private static void bind(PreparedStatement s, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            s.setLong(i + 1, ids.get(i));
        }
    }

    /** The pieces of one event as they are read. */
    private static final class Row {
        EventType type;
        Status status;
        String date;
        Place location;
        Instrument instrument;
        String eventName;
        double confidence;
        String evidence;
        boolean reported;
        final List<Actor> actors = new ArrayList<>();
        final Map<String, String> canonicalNames = new HashMap<>();
        final List<Person> people = new ArrayList<>();
        final List<String> spheres = new ArrayList<>();
        final List<Source> sources = new ArrayList<>();
        final List<EventLink> links = new ArrayList<>();
    }
}
