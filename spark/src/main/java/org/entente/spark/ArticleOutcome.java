package org.entente.spark;

import java.io.Serializable;

/**
 * What the job made of one input record: the article's output line as {@code entente extract} writes it
 * ({@code {"id","events":[...]}}), or the problem that kept it out, with where the record is.
 */
record ArticleOutcome(String origin, String id, String url, String published, String text, String line,
                      int events, String problem) implements Serializable {

    static ArticleOutcome extracted(InputRecord in, String line, int events) {
        return new ArticleOutcome(in.origin(), in.id(), in.url(), in.published(), in.text(), line, events, null);
    }

    static ArticleOutcome failed(InputRecord in) {
        return new ArticleOutcome(in.origin(), in.id(), null, null, null, null, 0, in.problem());
    }

    static ArticleOutcome failed(InputRecord in, String problem) {
        return new ArticleOutcome(in.origin(), in.id(), null, null, null, null, 0, problem);
    }

    boolean isProblem() {
        return problem != null;
    }
}
