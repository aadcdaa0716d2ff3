package org.entente.store.article;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entente.article.Article;
import org.entente.event.ArticleEvents;
import org.entente.store.Store;
import org.entente.store.StoreException;
import org.entente.store.event.EventLoader;
import org.entente.store.event.StoredEvent;

/**
 * The stored articles, read back: what the extractor reported for an article, exactly as it reported it (the
 * round trip that proves nothing of the spec's record is lost in the tables).
 */
public final class ArticleArchive {

    private final Store store;

    public ArticleArchive(Store store) {
        this.store = store;
    }

    /** The events stored for an article (found by its identity), as reported, in their original order. */
    public Optional<ArticleEvents> eventsOf(Article article) {
        ArticleIdentity identity = ArticleIdentity.of(article);
        try (Connection c = store.connect()) {
            long articleId;
            String sourceId;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, source_id FROM articles WHERE identity_key = ?")) {
                s.setString(1, identity.key());
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    articleId = r.getLong(1);
                    sourceId = r.getString(2);
                }
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT event_id FROM mentions WHERE article_id = ? ORDER BY ord")) {
                s.setLong(1, articleId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
            }
            List<StoredEvent> events = new ArrayList<>();
            for (int i = 0; i < ids.size(); i += EventLoader.BATCH) {
                events.addAll(EventLoader.load(c, ids.subList(i, Math.min(ids.size(), i + EventLoader.BATCH)),
                        EventLoader.View.AS_REPORTED, articleId));
            }
            return Optional.of(new ArticleEvents(sourceId, events.stream().map(StoredEvent::event).toList()));
        } catch (SQLException e) {
            throw new StoreException("cannot read article " + article.id() + ": " + StoreException.firstLine(e), e);
        }
    }
}
