package org.entente.store.actor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.actor.ActorNames;
import org.entente.event.Actor;
import org.entente.event.ActorKind;
import org.entente.store.query.EventFacets;

/**
 * Finds or creates the canonical actor row for each actor an event reports, across articles.
 *
 * <p>Rules, in order (first version, conservative: a wrong merge corrupts every view of both bodies):
 * <ol>
 *   <li>a rule of the aliases file for the name and country sends it to the rule's canonical actor;</li>
 *   <li>a known alias with the same normalised name ({@link ActorNames#key}) and the same country resolves
 *       to its actor, and a new spelling is recorded as {@link AliasReason#SAME_NAME};</li>
 *   <li>otherwise a new actor is created, with its name as its first alias.</li>
 * </ol>
 * After an article's events are stored, {@link #recordAcronyms} adds the acronyms the article used for each
 * of its actors, so later articles that use only the acronym resolve by rule 2. Bodies of different countries
 * never merge, and a body without a country does not merge with one that has a country.
 *
 * <p>All methods work inside the caller's transaction.
 */
public final class ActorResolver {

    private final Map<String, AliasRule> rules = new HashMap<>();
    private final AcronymFinder acronyms = new AcronymFinder();

    /** @param rules the aliases file's rules (later lines win over earlier ones for the same alias) */
    public ActorResolver(List<AliasRule> rules) {
        for (AliasRule r : rules) {
            this.rules.put(ActorNames.key(r.alias()) + "|" + countryKey(r.country()), r);
        }
    }

    /** The canonical actor's row id for a reported actor. */
    public long resolve(Connection c, Actor actor, Long articleId) throws SQLException {
        String key = ActorNames.key(actor.name());
        String ck = countryKey(actor.country());
        AliasRule rule = rules.get(key + "|" + ck);
        if (rule != null && !ActorNames.key(rule.canonical()).equals(key)) {
            long id = findOrCreate(c, rule.canonical(), actor.country(), actor.kind(), articleId);
            addAlias(c, id, actor.name(), ck, AliasReason.ALIASES_FILE, rule.origin(), articleId);
            return id;
        }
        Long found = lookup(c, key, ck);
        if (found != null) {
            addAlias(c, found, actor.name(), ck, AliasReason.SAME_NAME,
                    "normalises to the same name as '" + nameOf(c, found) + "'", articleId);
            return found;
        }
        return create(c, actor.name(), actor.country(), actor.kind(), articleId);
    }

    /**
     * Records the acronyms an article uses for an actor it names in full ("Central Bank of Azerbaijan (CBA)"),
     * unless the acronym already names some actor of that country.
     */
    public void recordAcronyms(Connection c, long actorId, Actor actor, String text, long articleId,
            String articleSourceId) throws SQLException {
        if (actor.kind() == ActorKind.CITY) {
            return;
        }
        String ck = countryKey(actor.country());
        for (AcronymFinder.Acronym a : acronyms.find(text, actor.name())) {
            if (lookup(c, ActorNames.key(a.acronym()), ck) == null) {
                addAlias(c, actorId, a.acronym(), ck, AliasReason.ACRONYM,
                        a.explain(actor.name()) + " in article " + articleSourceId, articleId);
            }
        }
    }

    /**
     * Applies the aliases file to what is already stored: an alias that is its own actor is merged into the
     * rule's canonical actor (its events and aliases move over); a rule whose canonical actor exists adds the
     * alias. Applying the same rules again changes nothing.
     *
     * @return how many aliases were added or actors merged
     */
    public int applyRules(Connection c) throws SQLException {
        int changes = 0;
        for (AliasRule rule : rules.values()) {
            String ck = countryKey(rule.country());
            String aliasKey = ActorNames.key(rule.alias());
            if (aliasKey.equals(ActorNames.key(rule.canonical()))) {
                continue;
            }
            Long alias = lookup(c, aliasKey, ck);
            Long canonical = lookup(c, ActorNames.key(rule.canonical()), ck);
            if (alias == null && canonical == null) {
                continue; // nothing stored yet: resolve() applies the rule when the name comes
            }
            if (canonical == null) {
                canonical = create(c, rule.canonical(), rule.country(), kindOf(c, alias), null);
            }
            if (alias == null) {
                addAlias(c, canonical, rule.alias(), ck, AliasReason.ALIASES_FILE, rule.origin(), null);
                changes++;
            } else if (!alias.equals(canonical)) {
                merge(c, alias, canonical, aliasKey, rule.origin());
                changes++;
            }
        }
        return changes;
    }

    /** Moves an actor's events and aliases to another and deletes it; its matching aliases now cite the file. */
    private static void merge(Connection c, long from, long into, String aliasKey, String origin) throws SQLException {
        update(c, "UPDATE actor_aliases SET reason = ?, detail = ? WHERE actor_id = ? AND alias_key = ?",
                AliasReason.ALIASES_FILE.name(), origin, from, aliasKey);
        List<Long> moved = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT event_id FROM event_actors WHERE actor_id = ?")) {
            s.setLong(1, from);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    moved.add(r.getLong(1));
                }
            }
        }
        update(c, "UPDATE event_actors SET actor_id = ? WHERE actor_id = ?", into, from);
        update(c, "UPDATE actor_aliases SET actor_id = ? WHERE actor_id = ?", into, from);
        update(c, "DELETE FROM actors WHERE id = ?", from);
        EventFacets.refresh(c, moved); // their actor facet is now the canonical one's
        ActorCounts.recount(c, List.of(into)); // not a sum: an event may have named both
    }

    private long findOrCreate(Connection c, String name, String country, ActorKind kind, Long articleId)
            throws SQLException {
        Long found = lookup(c, ActorNames.key(name), countryKey(country));
        return found != null ? found : create(c, name, country, kind, articleId);
    }

    private static long create(Connection c, String name, String country, ActorKind kind, Long articleId)
            throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO actors (name, name_key, country, country_key, kind) VALUES (?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            s.setString(1, name);
            s.setString(2, ActorNames.key(name));
            s.setString(3, country);
            s.setString(4, countryKey(country));
            s.setString(5, kind.name());
            s.executeUpdate();
            try (ResultSet k = s.getGeneratedKeys()) {
                k.next();
                id = k.getLong(1);
            }
        }
        addAlias(c, id, name, countryKey(country), AliasReason.NAME, null, articleId);
        return id;
    }

    /** The actor a normalised name of a country names, by the alias of highest precedence; null if none. */
    static Long lookup(Connection c, String key, String countryKey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT actor_id, reason FROM actor_aliases WHERE alias_key = ? AND country_key = ? ORDER BY id")) {
            s.setString(1, key);
            s.setString(2, countryKey);
            Long best = null;
            int bestRank = Integer.MAX_VALUE;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int rank = AliasReason.valueOf(r.getString(2)).precedence();
                    if (rank < bestRank) {
                        best = r.getLong(1);
                        bestRank = rank;
                    }
                }
            }
            return best;
        }
    }

    /** Adds a surface form unless that exact form of that country is known already. */
    private static void addAlias(Connection c, long actorId, String alias, String countryKey, AliasReason reason,
            String detail, Long articleId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM actor_aliases WHERE alias = ? AND country_key = ?")) {
            s.setString(1, alias);
            s.setString(2, countryKey);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO actor_aliases "
                + "(actor_id, alias, alias_key, country_key, reason, detail, article_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, actorId);
            s.setString(2, alias);
            s.setString(3, ActorNames.key(alias));
            s.setString(4, countryKey);
            s.setString(5, reason.name());
            s.setString(6, detail);
            if (articleId == null) {
                s.setNull(7, java.sql.Types.BIGINT);
            } else {
                s.setLong(7, articleId);
            }
            s.executeUpdate();
        }
    }

    private static String nameOf(Connection c, long actorId) throws SQLException {
        return single(c, "SELECT name FROM actors WHERE id = ?", actorId);
    }

    private static ActorKind kindOf(Connection c, long actorId) throws SQLException {
        return ActorKind.valueOf(single(c, "SELECT kind FROM actors WHERE id = ?", actorId));
    }

    private static String single(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new SQLException("no actor " + id);
                }
                return r.getString(1);
            }
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    /** The country column of the unique keys: the code, or '' for none. */
    static String countryKey(String country) {
        return country == null ? "" : country;
    }
}
