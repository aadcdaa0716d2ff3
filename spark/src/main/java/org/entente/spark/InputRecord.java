package org.entente.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.entente.article.Article;

/**
 * What reading one record of an input file gave: an article (its fields, so that Spark can ship it), or a
 * problem with where it is ({@code FILE:LINE} for a JSON line, {@code FILE@OFFSET} for a WARC record).
 */
record InputRecord(String origin, String id, String url, String published, String text, String problem)
        implements Serializable {

    static InputRecord of(Article a, String origin) {
        return new InputRecord(origin, a.id(), a.url(), a.published() == null ? null : a.published().toString(),
                a.text(), null);
    }

    static InputRecord problem(String origin, String message) {
        return new InputRecord(origin, null, null, null, null, message);
    }

    boolean isProblem() {
        return problem != null;
    }

    Article article() {
        return new Article(id, url, published == null ? null : LocalDate.parse(published), text);
    }
}
