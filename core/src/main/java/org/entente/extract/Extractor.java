package org.entente.extract;

import java.util.List;
import org.entente.article.Article;
import org.entente.event.ArticleEvents;

/**
 * Entente's public entry point: a news article in, the cooperation events it reports out.
 * One instance per JVM is enough; it is thread-safe.
 */
public final class Extractor {

    /** Largest article text analysed, in characters; longer ones are refused rather than risk the heap. */
    public static final int MAX_CHARS = 200_000;

    /**
     * Extracts the events of one article.
     *
     * @throws ArticleRejectedException when the text is empty, too large or not English
     */
    public ArticleEvents extract(Article article) throws ArticleRejectedException {
        // TODO(pipeline): replaced by the staged pipeline
        return new ArticleEvents(article.id(), List.of());
    }
}
