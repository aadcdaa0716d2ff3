package org.entente.store.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entente.actor.ActorNames;
import org.entente.event.Actor;
import org.entente.event.Event;
import org.entente.event.Person;
import org.entente.store.actor.ActorResolver;
import org.entente.store.event.DateSpan;
import org.entente.store.query.EventWords;

/**
 * Writes one reported event: its row, its parties (canonical actor and reported form), people, spheres, the
 * mention that ties it to its article, and the words the text filter finds it by. Inside the caller's transaction.
 */
final class EventWriter {

    private final ActorResolver actors;

    EventWriter(ActorResolver actors) {
        this.actors = actors;
    }

    /** A written event: its row and the canonical actor ids of its parties, in order. */
    record Written(long eventId, List<Long> actorIds) {
    }

    Written write(Connection c, long articleId, int ord, Event e) throws SQLException {
        long eventId = insertEvent(c, e);
        List<Long> actorIds = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO event_actors "
                + "(event_id, ord, actor_id, reported_name, reported_country, reported_kind) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < e.actors().size(); i++) {
                Actor a = e.actors().get(i);
                long actorId = actors.resolve(c, a, articleId);
                actorIds.add(actorId);
                s.setLong(1, eventId);
                s.setInt(2, i);
                s.setLong(3, actorId);
                s.setString(4, a.name());
                s.setString(5, a.country());
                s.setString(6, a.kind().name());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO event_people "
                + "(event_id, ord, person_id, reported_name, title, for_actor) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < e.people().size(); i++) {
                Person p = e.people().get(i);
                s.setLong(1, eventId);
                s.setInt(2, i);
                Long personId = p.name() == null || p.name().isBlank() ? null : person(c, p.name());
                if (personId == null) {
                    s.setNull(3, Types.BIGINT);
                } else {
                    s.setLong(3, personId);
                }
                s.setString(4, p.name());
                s.setString(5, p.title());
                s.setString(6, p.forActor());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO event_spheres (event_id, ord, sphere) VALUES (?, ?, ?)")) {
            for (int i = 0; i < e.spheres().size(); i++) {
                s.setLong(1, eventId);
                s.setInt(2, i);
                s.setString(3, e.spheres().get(i));
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO mentions (event_id, article_id, ord, evidence, confidence) VALUES (?, ?, ?, ?, ?)")) {
            s.setLong(1, eventId);
            s.setLong(2, articleId);
            s.setInt(3, ord);
            s.setString(4, e.evidence());
            s.setDouble(5, e.confidence());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO event_words (word, event_id) VALUES (?, ?)")) {
            for (String w : EventWords.of(e.evidence(), e.instrument() == null ? null : e.instrument().text(),
                    e.eventName())) {
                s.setString(1, w);
                s.setLong(2, eventId);
                s.addBatch();
            }
            s.executeBatch();
        }
        return new Written(eventId, actorIds);
    }

    private static long insertEvent(Connection c, Event e) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO events (event_type, status, date_text, date_from, "
                + "date_to, location_name, location_country, instrument_text, instrument_kind, event_name, confidence, "
                + "plover, cameo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            Optional<DateSpan> span = DateSpan.of(e.date());
            s.setString(1, e.type().name());
            s.setString(2, e.status().name());
            s.setString(3, e.date());
            s.setObject(4, span.map(DateSpan::from).orElse(null), Types.DATE);
            s.setObject(5, span.map(DateSpan::to).orElse(null), Types.DATE);
            s.setString(6, e.location() == null ? null : e.location().name());
            s.setString(7, e.location() == null ? null : e.location().country());
            s.setString(8, e.instrument() == null ? null : e.instrument().text());
            s.setString(9, e.instrument() == null || e.instrument().kind() == null ? null
                    : e.instrument().kind().name());
            s.setString(10, e.eventName());
            s.setDouble(11, e.confidence());
            s.setString(12, e.plover());
            s.setString(13, e.cameo());
            s.executeUpdate();
            try (ResultSet k = s.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    /** The person row of a name, created on first sight. */
    private static long person(Connection c, String name) throws SQLException {
        String key = ActorNames.key(name);
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM people WHERE name_key = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return r.getLong(1);
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO people (name, name_key) VALUES (?, ?)",
                new String[] {"id"})) {
            s.setString(1, name);
            s.setString(2, key);
            s.executeUpdate();
            try (ResultSet k = s.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }
}
