package org.entente.store.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.entente.article.Article;
import org.entente.event.ArticleEvents;
import org.entente.event.Event;
import org.entente.store.Store;
import org.entente.store.StoreException;
import org.entente.store.actor.ActorCounts;
import org.entente.store.actor.ActorResolver;
import org.entente.store.actor.AliasFile;
import org.entente.store.article.ArticleIdentity;
import org.entente.store.article.UrlDate;
import org.entente.store.merge.EventMerger;

/**
 * Stores articles with their events, one transaction per article, on one connection (the writer).
 *
 * <p>Idempotent: an article whose {@link ArticleIdentity} is stored already is skipped, and the identity is a
 * unique key, so even two writers racing on the same article store it once. Crash-safe: the article row and
 * all its events commit together, so a run killed mid-way leaves whole articles only and the next run skips
 * them. Each new report is merged with the earlier reports of the same interaction in the same transaction
 * ({@link EventMerger}), and counted in its parties' event counts ({@link ActorCounts}). Not thread-safe: one
 * {@code Ingestor} per writing thread.
 */
public final class Ingestor implements AutoCloseable {

    /** What happened to an article. */
    public enum Outcome { STORED, ALREADY_STORED }

    /** Unique key violation (SQL standard class 23, both H2 and PostgreSQL): another writer stored it first. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int ATTEMPTS = 3;

    private final Store store;
    private final Connection c;
    private final ActorResolver actors;
    private final EventWriter events;
    private final EventMerger merger = new EventMerger();

    /** Opens the writer connection; the aliases file's rules apply to every actor stored from now on. */
    public Ingestor(Store store, AliasFile aliases) {
        this.store = store;
        this.c = store.connect();
        this.actors = new ActorResolver(aliases.rules());
        this.events = new EventWriter(actors);
        try {
            c.setAutoCommit(false);
        } catch (SQLException e) {
            closeQuietly();
            throw new StoreException("cannot start a transaction: " + StoreException.firstLine(e), e);
        }
    }

    /**
     * Applies the aliases file to the actors stored so far (merging an alias that is an actor of its own into
     * the canonical one), in one transaction. Ingest calls it before and after a batch, so a rule whose
     * canonical name first arrives in the batch takes effect in the same run.
     *
     * @return how many aliases were added or actors merged
     */
    public int applyAliases() {
        try {
            int changes = actors.applyRules(c);
            store.commit(c);
            return changes;
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException("cannot apply the aliases file: " + StoreException.firstLine(e), e);
        }
    }

    /** Whether the article is stored already (checked before the costly extraction). */
    public boolean isStored(Article article) {
        try {
            boolean stored = exists(ArticleIdentity.of(article));
            c.commit();
            return stored;
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException("cannot look the article up: " + StoreException.firstLine(e), e);
        }
    }

    /**
     * Stores an article and its events in one transaction, unless it is stored already.
     *
     * @param origin where it was read ({@code FILE:LINE}), kept for tracing
     */
    public Outcome ingest(Article article, String origin, ArticleEvents result) {
        ArticleIdentity identity = ArticleIdentity.of(article);
        for (int attempt = 1; ; attempt++) {
            try {
                if (exists(identity)) {
                    c.rollback();
                    return Outcome.ALREADY_STORED;
                }
                long articleId = insertArticle(article, identity, origin, result.events().size());
                List<Event> list = result.events();
                List<Long> eventIds = new ArrayList<>();
                List<List<Long>> parties = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    EventWriter.Written w = events.write(c, articleId, i, list.get(i));
                    eventIds.add(w.eventId());
                    List<Long> ids = w.actorIds();
                    parties.add(ids);
                    for (int j = 0; j < ids.size(); j++) {
                        actors.recordAcronyms(c, ids.get(j), list.get(i).actors().get(j), article.text(), articleId,
                                article.id());
                    }
                }
                merger.merge(c, articleId, article.published() != null ? article.published()
                        : UrlDate.of(article.url()).orElse(null), eventIds);
                // last, so that the actors' rows (one per country is in most articles) stay locked only briefly
                ActorCounts.add(c, parties);
                store.commit(c); // durable when this returns, on H2 too
                return Outcome.STORED;
            } catch (SQLException e) {
                rollbackQuietly();
                if (attempt < ATTEMPTS && UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    continue; // a concurrent writer created the same article or actor: look again
                }
                throw new StoreException("cannot store article " + article.id() + ": " + StoreException.firstLine(e), e);
            }
        }
    }

    private boolean exists(ArticleIdentity identity) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM articles WHERE identity_key = ?")) {
            s.setString(1, identity.key());
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private long insertArticle(Article a, ArticleIdentity identity, String origin, int eventCount) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO articles (identity_key, source_id, url, published, "
                + "content_hash, body, origin, event_count, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            s.setString(1, identity.key());
            s.setString(2, a.id());
            s.setString(3, a.url());
            s.setObject(4, a.published(), Types.DATE);
            s.setString(5, identity.contentHash());
            s.setString(6, a.text());
            s.setString(7, origin);
            s.setInt(8, eventCount);
            s.setTimestamp(9, Timestamp.from(Instant.now()));
            s.executeUpdate();
            try (ResultSet k = s.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    private void rollbackQuietly() {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the transaction with it
        }
    }

    private void closeQuietly() {
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing left to release
        }
    }

    @Override
    public void close() {
        rollbackQuietly();
        closeQuietly();
    }
}
