package org.entente.web.submit;

import org.entente.article.Article;
import org.entente.event.ArticleEvents;
import org.entente.extract.ArticleRejectedException;

/**
 * What turns an article into events: the real {@code Extractor} in production; a fake in tests, given through
 * {@link org.entente.web.WebSettings} (the Java API), never through a command-line flag.
 */
@FunctionalInterface
public interface ArticleAnalyser {
    ArticleEvents extract(Article article) throws ArticleRejectedException;
}
