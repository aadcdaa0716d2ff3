package org.entente.store.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.article.Article;
import org.entente.event.ArticleEvents;

/**
 * <b>Synthetic, for benchmarks and tests only:</b> returns the events {@link SyntheticCorpus} put into one of its
 * articles, recognised by the id ({@code syn-SEED-I}), in microseconds. It reads no text and extracts nothing;
 * it stands in for the real extractor (about 3 articles/s, benchmarked by {@code entente bench}) so that the
 * knowledge base's own costs can be measured at 100,000 articles. Any other article gets no events.
 */
public final class SyntheticExtractor {

    private static final Pattern ID = Pattern.compile("syn-(-?\\d+)-(\\d+)");

    /** The generator's events of a synthetic article; none for any other. */
    public ArticleEvents extract(Article article) {
        Matcher m = ID.matcher(article.id());
        if (!m.matches()) {
            return new ArticleEvents(article.id(), java.util.List.of());
        }
        int i = Integer.parseInt(m.group(2));
        return new SyntheticCorpus(Long.parseLong(m.group(1)), i + 1).result(i);
    }
}
