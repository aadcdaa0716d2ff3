package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Scores predicted events against gold events: a Java port of {@code shared/eval/score.py}
 * ({@code score()}), figure for figure.
 *
 * <pre>{@code
 * Report r = Scorer.score(EventFiles.load(gold), EventFiles.load(pred));
 * System.out.print(r.text(false));      // what `python3 score.py GOLD PRED` prints
 * System.out.println(r.json(false));    // what `... --json` prints
 * }</pre>
 *
 * Every gold article is scored; one missing from the predictions predicts nothing, and predicted
 * articles missing from gold are ignored. Predicted events whose type is not AGREE, MEET or ATTEND are
 * dropped. Per article: actor-dyad units matched by name (see {@link ArticleScorer#byName}), country
 * dyads as sets of keys, each type on its own; the attributes of every matched unit's event pair are rated
 * ({@link Attributes}).
 */
public final class Scorer {

    /** The event types scored; others are dropped from predictions. */
    public static final Set<String> TYPES = Set.of("AGREE", "MEET", "ATTEND");

    private Scorer() {
    }

    /**
     * @param gold events of each gold article by id, in file order
     * @param pred predicted events by article id
     */
    public static Report score(Map<String, List<JsonNode>> gold, Map<String, List<JsonNode>> pred) {
        List<ArticleResult> articles = new ArrayList<>();
        Counts dyad = Counts.ZERO;
        Counts country = Counts.ZERO;
        SortedMap<String, Counts> byType = new TreeMap<>();
        SortedMap<String, List<Double>> attributes = new TreeMap<>();
        for (Map.Entry<String, List<JsonNode>> article : gold.entrySet()) {
            List<JsonNode> gevents = article.getValue();
            List<JsonNode> pevents = new ArrayList<>();
            for (JsonNode e : pred.getOrDefault(article.getKey(), List.of())) {
                if (TYPES.stream().anyMatch(t -> Unit.isType(e, t))) {
                    pevents.add(e);
                }
            }
            ArticleMatch match = ArticleScorer.byName(gevents, pevents);
            dyad = dyad.plus(match.counts());
            country = country.plus(ArticleScorer.byCountry(gevents, pevents));
            for (String t : TYPES) {
                Counts c = ArticleScorer.byName(ofType(gevents, t), ofType(pevents, t)).counts();
                byType.merge(t, c, Counts::plus);
            }
            for (ArticleMatch.Pair pair : match.matched()) {
                Attributes.rate(pair.pred().event(), pair.gold().event()).forEach((name, value) -> {
                    if (value != null) {
                        attributes.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                    }
                });
            }
            articles.add(new ArticleResult(article.getKey(), gevents, pevents, pred.containsKey(article.getKey()),
                    match));
        }
        return new Report(articles, dyad, country, byType, attributes);
    }

    private static List<JsonNode> ofType(List<JsonNode> events, String type) {
        return events.stream().filter(e -> Unit.isType(e, type)).toList();
    }
}
