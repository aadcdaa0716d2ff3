package org.entente.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * The figures of one scoring run, rendered exactly as score.py prints them ({@link #text}) or as its
 * {@code --json} object ({@link #json}).
 *
 * @param articles        every gold article, in gold file order
 * @param dyad            actor-dyad counts over all articles
 * @param countryDyad     country-dyad counts
 * @param byType          name-level counts per event type, types sorted (empty when there is no article)
 * @param attributeValues the ratings of each attribute over matched pairs, names sorted, none empty
 */
public record Report(List<ArticleResult> articles, Counts dyad, Counts countryDyad,
                     SortedMap<String, Counts> byType, SortedMap<String, List<Double>> attributeValues) {

    /** How many gold articles had a line in the predictions. */
    public long articlesPredicted() {
        return articles.stream().filter(ArticleResult::predicted).count();
    }

    /** The mean rating of an attribute, or null when it was never rated. */
    public Double attribute(String name) {
        List<Double> v = attributeValues.get(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        double sum = 0; // left to right, as Python 3.11's sum()
        for (double x : v) {
            sum += x;
        }
        return sum / v.size();
    }

    /** The result object of score.py's {@code score()}, with Python's {@code round(x, 4)} as exact decimals. */
    public Map<String, Object> toMap(boolean perArticle) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articles", articles.size());
        out.put("articles_predicted", (int) articlesPredicted());
        out.put("dyad", figures(dyad));
        out.put("country_dyad", figures(countryDyad));
        Map<String, Object> types = new LinkedHashMap<>();
        byType.forEach((t, c) -> types.put(t, figures(c)));
        out.put("by_type", types);
        Map<String, Object> attrs = new LinkedHashMap<>();
        Map<String, Object> counts = new LinkedHashMap<>();
        attributeValues.forEach((k, v) -> {
            attrs.put(k, round4(attribute(k)));
            counts.put(k, v.size());
        });
        out.put("attributes", attrs);
        out.put("attribute_counts", counts);
        if (perArticle) {
            List<Object> rows = new ArrayList<>();
            for (ArticleResult a : articles) {
                Counts c = a.match().counts();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", a.id());
                row.put("tp", c.tp());
                row.put("fp", c.fp());
                row.put("fn", c.fn());
                rows.add(row);
            }
            out.put("per_article", rows);
        }
        return out;
    }

    private Map<String, Object> figures(Counts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p", round4(c.precision()));
        m.put("r", round4(c.recall()));
        m.put("f1", round4(c.f1()));
        if (!articles.isEmpty()) { // score.py's counters get their keys from the first article
            m.put("tp", c.tp());
            m.put("fp", c.fp());
            m.put("fn", c.fn());
        }
        return m;
    }

    /** {@code json.dumps(result, indent=1)} of score.py {@code --json}, without the final newline. */
    public String json(boolean perArticle) {
        return PyJson.dumps(toMap(perArticle));
    }

    /** The lines score.py prints without {@code --json}, each ending in a newline. */
    public String text(boolean perArticle) {
        StringBuilder out = new StringBuilder();
        out.append("articles ").append(articles.size()).append(" (predicted for ").append(articlesPredicted())
                .append(")\n");
        byType.forEach((t, c) -> out.append(String.format(Locale.ROOT, "  %-6s P %s R %s F1 %s  (tp %d fp %d fn %d)\n",
                t, f3(c.precision()), f3(c.recall()), f3(c.f1()), c.tp(), c.fp(), c.fn())));
        List<String> attrs = new ArrayList<>();
        attributeValues.forEach((k, v) -> attrs.add(k + " " + f3(attribute(k)) + " (n=" + v.size() + ")"));
        out.append("attributes on matched events: ").append(String.join(", ", attrs)).append('\n');
        if (perArticle) {
            for (ArticleResult a : articles) {
                Counts c = a.match().counts();
                out.append(String.format(Locale.ROOT, "  %s: tp %d fp %d fn %d\n", a.id(), c.tp(), c.fp(), c.fn()));
            }
        }
        Counts c = countryDyad;
        out.append(String.format(Locale.ROOT, "country-dyad P %s R %s F1 %s\n", f3(c.precision()), f3(c.recall()), f3(c.f1())));
        Counts d = dyad;
        out.append(String.format(Locale.ROOT, "actor-dyad P %s R %s F1 %s  (tp %d fp %d fn %d)\n",
                f3(d.precision()), f3(d.recall()), f3(d.f1()), d.tp(), d.fp(), d.fn()));
        return out.toString();
    }

    /** Python's {@code round(x, 4)}, as the exact decimal it prints. */
    static BigDecimal round4(double x) {
        return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN);
    }

    /** Python's {@code f"{round(x, 4):.3f}"}: both roundings half-even on the exact binary value. */
    static String f3(double x) {
        double rounded = round4(x).doubleValue();
        return new BigDecimal(rounded).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
