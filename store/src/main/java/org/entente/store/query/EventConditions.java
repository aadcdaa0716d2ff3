package org.entente.store.query;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.store.actor.ActorDirectory;

/**
 * The SQL condition of an {@link EventFilter} over {@code events e}, with its arguments. One place says what each
 * filter means, so that listing, counting, paging and the aggregates of the web views (per month, per pair,
 * network) select exactly the same events as {@code entente events}.
 *
 * <p>Conditions on parties and spheres are {@code e.id IN (subquery)} rather than correlated {@code EXISTS}: H2
 * then evaluates the subquery once through the actor and sphere indexes instead of once per event row (at 100,000
 * events a country search went from seconds to milliseconds); PostgreSQL plans both as a semi-join.
 *
 * @param sql  a condition on the alias {@code e} of the {@code events} table ({@code 1 = 1} for no filter)
 * @param args its arguments, in order
 */
public record EventConditions(String sql, List<Object> args) {

    public EventConditions {
        args = List.copyOf(args);
    }

    /** The condition of a filter (its limit is not part of it). */
    public static EventConditions of(EventFilter f) {
        // a report merged into another event counts through that event (see store.merge)
        StringBuilder sql = new StringBuilder("e.merged_into IS NULL");
        List<Object> args = new ArrayList<>();
        if (f.actor() != null) {
            sql.append(" AND e.id IN (SELECT ea.event_id FROM event_actors ea WHERE ea.actor_id IN ("
                    + ActorDirectory.MATCHING + "))");
            args.addAll(ActorDirectory.matchArguments(f.actor()));
        }
        if (f.country() != null) {
            sql.append(" AND e.id IN (SELECT ea.event_id FROM event_actors ea WHERE ea.actor_id IN "
                    + "(SELECT a.id FROM actors a WHERE a.country = ?))");
            args.add(f.country());
        }
        if (f.pair() != null) {
            sql.append(" AND e.id IN (SELECT x.event_id FROM event_actors x JOIN actors ax ON ax.id = x.actor_id "
                    + "JOIN event_actors y ON y.event_id = x.event_id AND y.ord <> x.ord "
                    + "JOIN actors ay ON ay.id = y.actor_id "
                    + "WHERE ax.country = ? AND ay.country = ?)");
            args.add(f.pair().first());
            args.add(f.pair().second());
        }
        simple(f, sql, args);
        if (f.sphere() != null) {
            sql.append(" AND e.id IN (SELECT s.event_id FROM event_spheres s WHERE s.sphere = ?)");
            args.add(f.sphere());
        }
        if (hasText(f)) {
            // each whole word narrows through the word index (EventWords; a merged report's words count for its
            // event), then the text as written must occur in the document's name, the gathering or an evidence
            for (String word : words(f)) {
                sql.append(" AND e.id IN (SELECT COALESCE(x.merged_into, x.id) FROM event_words w"
                        + " JOIN events x ON x.id = w.event_id WHERE w.word = ?)");
                args.add(word);
            }
            phrase(f, sql, args);
        }
        return new EventConditions(sql.toString(), args);
    }

    /**
     * The same selection as {@link #of}, written as conditions checked on each event row (correlated
     * {@code EXISTS} through the primary keys) instead of sets: what a query wants when it visits few rows, either
     * a short list of candidates or the events in date order until a page is full ({@link PagePlan}). The actor
     * filter takes the actor ids its name matches ({@link ActorDirectory#MATCHING}), resolved beforehand; with none,
     * nothing matches.
     */
    public static EventConditions perRow(EventFilter f, List<Long> actorIds) {
        StringBuilder sql = new StringBuilder("e.merged_into IS NULL");
        List<Object> args = new ArrayList<>();
        if (f.actor() != null) {
            if (actorIds.isEmpty()) {
                return new EventConditions("1 = 0", List.of());
            }
            sql.append(" AND EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = e.id AND ea.actor_id IN (")
                    .append(String.join(", ", java.util.Collections.nCopies(actorIds.size(), "?"))).append("))");
            args.addAll(actorIds);
        }
        if (f.country() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
                    + "WHERE ea.event_id = e.id AND a.country = ?)");
            args.add(f.country());
        }
        if (f.pair() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM event_actors x JOIN actors ax ON ax.id = x.actor_id "
                    + "JOIN event_actors y ON y.event_id = x.event_id AND y.ord <> x.ord "
                    + "JOIN actors ay ON ay.id = y.actor_id "
                    + "WHERE x.event_id = e.id AND ax.country = ? AND ay.country = ?)");
            args.add(f.pair().first());
            args.add(f.pair().second());
        }
        simple(f, sql, args);
        if (f.sphere() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM event_spheres s WHERE s.event_id = e.id AND s.sphere = ?)");
            args.add(f.sphere());
        }
        if (hasText(f)) {
            EventConditions text = words(f, "e.id");
            sql.append(" AND ").append(text.sql());
            args.addAll(text.args());
            phrase(f, sql, args);
        }
        return new EventConditions(sql.toString(), args);
    }

    /**
     * Each whole word of the text filter, checked for one event by index lookups: the event's own words, or a word of
     * a report merged into it. The merged reports are found first (their index on {@code merged_into}) and their
     * words looked up after: written as a join, H2 started from the word's thousands of rows for every event. With
     * more than one word, the text as written is left to {@link #perRow} or to {@link #phrase(EventFilter, String)}.
     *
     * @param eventId the SQL of the event's id ({@code e.id}, a facet row's {@code f.event_id})
     */
    static EventConditions words(EventFilter f, String eventId) {
        StringBuilder sql = new StringBuilder("1 = 1");
        List<Object> args = new ArrayList<>();
        for (String word : words(f)) {
            sql.append(" AND (EXISTS (SELECT 1 FROM event_words w WHERE w.word = ? AND w.event_id = ").append(eventId)
                    .append(") OR EXISTS (SELECT 1 FROM events x WHERE x.merged_into = ").append(eventId)
                    .append(" AND EXISTS (SELECT 1 FROM event_words w WHERE w.word = ? AND w.event_id = x.id)))");
            args.add(word);
            args.add(word);
        }
        return new EventConditions(sql.toString(), args);
    }

    /**
     * The text as written ({@link #phrase(EventFilter, StringBuilder, List)}) for one event given by its id: an
     * {@code EXISTS} on its row, or {@code 1 = 1} when the words say it all.
     */
    static EventConditions phrase(EventFilter f, String eventId) {
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        phrase(f, sql, args);
        if (sql.length() == 0) {
            return new EventConditions("1 = 1", List.of());
        }
        return new EventConditions("EXISTS (SELECT 1 FROM events e WHERE e.id = " + eventId + sql + ")", args);
    }

    /** Whether the filter has words to search. */
    static boolean hasText(EventFilter f) {
        return f.text() != null && !f.text().isBlank();
    }

    /** The distinct whole words of the text filter, in order. */
    static List<String> words(EventFilter f) {
        return List.copyOf(new java.util.LinkedHashSet<>(EventWords.split(f.text())));
    }

    /** Type, status and date range: columns of the event row itself, the same in both forms. */
    private static void simple(EventFilter f, StringBuilder sql, List<Object> args) {
        if (f.type() != null) {
            sql.append(" AND e.event_type = ?");
            args.add(f.type().name());
        }
        if (f.status() != null) {
            sql.append(" AND e.status = ?");
            args.add(f.status().name());
        }
        if (f.from() != null) {
            sql.append(" AND e.date_to >= ?");
            args.add(Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            sql.append(" AND e.date_from <= ?");
            args.add(Date.valueOf(f.to()));
        }
    }

    /**
     * The text as written must occur in the document's name, the gathering or an evidence (of the event or of a
     * report merged into it). Left out when the text is one whole word: the word index has said so already.
     */
    private static void phrase(EventFilter f, StringBuilder sql, List<Object> args) {
        String lower = f.text().strip().toLowerCase(Locale.ROOT);
        if (words(f).equals(List.of(lower))) {
            return;
        }
        String like = "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        sql.append(" AND (LOWER(e.instrument_text) LIKE ? ESCAPE '\\' OR LOWER(e.event_name) LIKE ? ESCAPE '\\'"
                + " OR EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND LOWER(m.evidence) LIKE ? ESCAPE '\\')"
                + " OR EXISTS (SELECT 1 FROM events x JOIN mentions m ON m.event_id = x.id"
                + " WHERE x.merged_into = e.id AND LOWER(m.evidence) LIKE ? ESCAPE '\\'))");
        args.add(like);
        args.add(like);
        args.add(like);
        args.add(like);
    }

    /**
     * Binds the arguments from parameter {@code first} on.
     *
     * @return the index of the next parameter
     */
    public int bind(PreparedStatement s, int first) throws SQLException {
        int i = first;
        for (Object a : args) {
            s.setObject(i++, a);
        }
        return i;
    }
}
