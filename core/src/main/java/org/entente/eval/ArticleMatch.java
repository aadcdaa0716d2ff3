package org.entente.eval;

import java.util.List;

/**
 * How the predicted units of one article met its gold units at name level.
 *
 * @param counts    tp (gold units matched), fp (false units, duplicates counted once), fn (required gold units missed)
 * @param matched   each matched gold unit with the first predicted unit that matched it
 * @param missed    the required gold units no prediction matched
 * @param falseHits the predicted units counted as false positives
 */
public record ArticleMatch(Counts counts, List<Pair> matched, List<Unit> missed, List<Unit> falseHits) {

    /** A matched gold unit and the predicted unit that matched it. */
    public record Pair(Unit gold, Unit pred) {
    }

    public ArticleMatch {
        matched = List.copyOf(matched);
        missed = List.copyOf(missed);
        falseHits = List.copyOf(falseHits);
    }
}
