package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The scoring of one gold article.
 *
 * @param id        the article id
 * @param gold      its gold events
 * @param pred      its predicted events of a known type (none when it was not predicted)
 * @param predicted whether the predictions had a line for it
 * @param match     name-level matching, all types together
 */
public record ArticleResult(String id, List<JsonNode> gold, List<JsonNode> pred, boolean predicted,
                            ArticleMatch match) {

    public ArticleResult {
        gold = List.copyOf(gold);
        pred = List.copyOf(pred);
    }
}
