package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Scores the events of one article: {@code score_article} of score.py, at name and at country level. */
final class ArticleScorer {

    private ArticleScorer() {
    }

    /**
     * Name level. Gold units are deduplicated by (type, status, normalised names), a required unit
     * replacing an optional one. Each predicted unit, in order, takes the first gold unit of its type and
     * status that it matches and that is still free and required; failing that it is absorbed by the last
     * one it matches (a duplicate, or an optional unit), and counts nothing. A unit that matches none is
     * a false positive, unless an earlier false unit of the same type and status had the same names.
     */
    static ArticleMatch byName(List<JsonNode> goldEvents, List<JsonNode> predEvents) {
        UnitMatcher matcher = new UnitMatcher();
        List<Unit> gunits = new ArrayList<>();
        Map<List<Object>, Integer> index = new HashMap<>();
        for (JsonNode ge : goldEvents) {
            for (Unit gu : Unit.gold(ge)) {
                List<Object> key = Arrays.asList(gu.type(), gu.status(), gu.labels());
                Integer i = index.get(key);
                if (i != null) {
                    if (gunits.get(i).optional() && !gu.optional()) {
                        gunits.set(i, gu);
                    }
                    continue;
                }
                index.put(key, gunits.size());
                gunits.add(gu);
            }
        }
        Set<Integer> matchedGold = new LinkedHashSet<>();
        List<ArticleMatch.Pair> pairs = new ArrayList<>();
        List<Unit> falseHits = new ArrayList<>();
        for (JsonNode pe : predEvents) {
            for (Unit pu : Unit.pred(pe)) {
                int hit = -1;
                for (int gi = 0; gi < gunits.size(); gi++) {
                    Unit gu = gunits.get(gi);
                    if (!sameTypeAndStatus(gu, pu)) {
                        continue;
                    }
                    if (matcher.matches(pu, gu)) {
                        hit = gi;
                        if (!matchedGold.contains(gi) && !gu.optional()) {
                            break;
                        }
                    }
                }
                if (hit < 0) {
                    boolean dup = falseHits.stream()
                            .anyMatch(q -> sameTypeAndStatus(q, pu) && q.labels().equals(pu.labels()));
                    if (!dup) {
                        falseHits.add(pu);
                    }
                    continue;
                }
                Unit gu = gunits.get(hit);
                if (!gu.optional() && matchedGold.add(hit)) {
                    pairs.add(new ArticleMatch.Pair(gu, pu));
                }
            }
        }
        List<Unit> missed = new ArrayList<>();
        for (int i = 0; i < gunits.size(); i++) {
            if (!gunits.get(i).optional() && !matchedGold.contains(i)) {
                missed.add(gunits.get(i));
            }
        }
        Counts counts = new Counts(matchedGold.size(), falseHits.size(), missed.size());
        return new ArticleMatch(counts, pairs, missed, falseHits);
    }

    /**
     * Country level: units become (type, status, sorted country codes) keys, a unit with an actor
     * without country being left out; sets of keys are compared, optional gold keys excusing predictions.
     */
    static Counts byCountry(List<JsonNode> goldEvents, List<JsonNode> predEvents) {
        Set<List<Object>> gold = new LinkedHashSet<>();
        Set<List<Object>> goldOptional = new HashSet<>();
        for (JsonNode ge : goldEvents) {
            for (Unit gu : Unit.gold(ge)) {
                List<Object> k = gu.countryKey();
                if (k == null) {
                    continue;
                }
                if (gu.optional()) {
                    goldOptional.add(k);
                } else {
                    gold.add(k);
                }
            }
        }
        Set<List<Object>> pred = new LinkedHashSet<>();
        for (JsonNode pe : predEvents) {
            for (Unit pu : Unit.pred(pe)) {
                List<Object> k = pu.countryKey();
                if (k != null) {
                    pred.add(k);
                }
            }
        }
        int tp = 0;
        int fp = 0;
        for (List<Object> k : pred) {
            if (gold.contains(k)) {
                tp++;
            } else if (!goldOptional.contains(k)) {
                fp++;
            }
        }
        int fn = (int) gold.stream().filter(k -> !pred.contains(k)).count();
        return new Counts(tp, fp, fn);
    }

    static boolean sameTypeAndStatus(Unit a, Unit b) {
        return Objects.equals(a.type(), b.type()) && Objects.equals(a.status(), b.status());
    }
}
