package org.entente.web.submit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.entente.article.Article;
import org.entente.event.ArticleEvents;
import org.entente.extract.ArticleRejectedException;
import org.entente.store.Store;
import org.entente.store.StoreException;
import org.entente.store.actor.AliasFile;
import org.entente.store.article.ArticleIdentity;
import org.entente.store.ingest.Ingestor;
import org.entente.web.http.ApiException;

/**
 * Stores posted articles the way {@code entente ingest} does: skipped when already stored (before the costly
 * extraction), else extracted and stored with its events in one transaction.
 *
 * <p>The analyser is created on first use (CoreNLP takes tens of seconds and gigabytes to load, which a
 * read-only server never needs). Submissions run one at a time: extraction already uses what the machine has,
 * and an {@link Ingestor} is one writer.
 */
public final class ArticleSubmission {

    private final Store store;
    private final AliasFile aliases;
    private final Supplier<ArticleAnalyser> analyserFactory;
    private ArticleAnalyser analyser;

    public ArticleSubmission(Store store, AliasFile aliases, Supplier<ArticleAnalyser> analyserFactory) {
        this.store = store;
        this.aliases = aliases;
        this.analyserFactory = analyserFactory;
    }

    /** Stores the articles in order. @throws ApiException 422 when the extractor refuses one */
    public synchronized List<SubmittedArticle> submit(List<Article> articles) {
        List<SubmittedArticle> out = new ArrayList<>();
        try (Ingestor ingestor = new Ingestor(store, aliases)) {
            for (Article a : articles) {
                Ingestor.Outcome outcome;
                if (ingestor.isStored(a)) {
                    outcome = Ingestor.Outcome.ALREADY_STORED;
                } else {
                    ArticleEvents events;
                    try {
                        events = analyser().extract(a);
                    } catch (ArticleRejectedException e) {
                        throw new ApiException(422, "article " + a.id() + " refused: " + e.getMessage());
                    }
                    outcome = ingestor.ingest(a, "web", events);
                }
                out.add(new SubmittedArticle(a.id(), a.url(),
                        outcome == Ingestor.Outcome.STORED ? "stored" : "already_stored", eventIds(a)));
            }
        }
        return out;
    }

    private ArticleAnalyser analyser() {
        if (analyser == null) {
            analyser = analyserFactory.get();
        }
        return analyser;
    }

    private List<Long> eventIds(Article a) {
        try (Connection c = store.connect(); PreparedStatement s = c.prepareStatement("SELECT m.event_id FROM mentions m "
                + "JOIN articles ar ON ar.id = m.article_id WHERE ar.identity_key = ? ORDER BY m.ord")) {
            s.setString(1, ArticleIdentity.of(a).key());
            List<Long> ids = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new StoreException("cannot read the stored events: " + StoreException.firstLine(e), e);
        }
    }
}
