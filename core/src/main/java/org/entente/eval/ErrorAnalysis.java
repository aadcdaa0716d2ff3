package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Why a {@link Report} is not perfect, article by article: the gold units missed, the predicted units
 * counted as false hits, and the attributes (date, location, instrument) that differ on matched
 * events; each miss and false hit gets a {@link Category} by a simple heuristic.
 *
 * <p>The heuristic looks at the other side of the same article and takes the first category that fits:
 * <ol>
 *   <li>{@link Category#STATUS_FLIPPED}: a unit of the other side names the same pair under the same
 *       type with the other status;</li>
 *   <li>{@link Category#TYPE_CONFUSED}: a unit of the other side names the same pair under another type;</li>
 *   <li>{@link Category#ACTOR_SPAN}: a unit of the other side (any type or status) has one side that
 *       matches and another that does not match but has words in common with it: at least half of the
 *       words (stop words aside) of the shorter name; for one-actor units, just such an actor;</li>
 *   <li>false hits: {@link Category#UNKNOWN_ACTOR}: a predicted actor (or gathering) of the unit names
 *       no actor (gathering) of any gold event of the article;<br>
 *       misses: {@link Category#MISSED_EVENT}: no predicted event of the article names any actor of the
 *       unit;</li>
 *   <li>{@link Category#NOT_PAIRED}: otherwise: both sides are known to the other side, just not as
 *       this pair.</li>
 * </ol>
 * "Names" is the scorer's own name matching ({@link NameMatcher}) throughout.
 */
public final class ErrorAnalysis {

    /** Why a unit was missed or falsely predicted. */
    public enum Category {
        STATUS_FLIPPED("status flipped"),
        TYPE_CONFUSED("type confused"),
        ACTOR_SPAN("actor span"),
        UNKNOWN_ACTOR("unknown actor"),
        MISSED_EVENT("missed event"),
        NOT_PAIRED("not paired");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A missed gold unit or a false predicted unit, with its category.
     *
     * @param detail what the category found ("gold: planned", the unknown name, ...), may be empty
     */
    public record Finding(Unit unit, Category category, String detail) {
    }

    /** An attribute of a matched event pair whose rating is 0: predicted and gold value as text. */
    public record Mismatch(Unit gold, String attribute, String pred, String goldValue) {
    }

    /** What went wrong in one article. */
    public record ArticleErrors(String id, Counts counts, List<Finding> misses, List<Finding> falseHits,
                                List<Mismatch> mismatches) {

        public boolean isEmpty() {
            return misses.isEmpty() && falseHits.isEmpty() && mismatches.isEmpty();
        }
    }

    /** Attributes reported as mismatches. */
    private static final List<String> COMPARED = List.of("date", "location", "instrument");
    private static final int EVIDENCE_CHARS = 110;

    private ErrorAnalysis() {
    }

    /** The errors of every article of a report, in report order (articles without error included). */
    public static List<ArticleErrors> analyse(Report report) {
        List<ArticleErrors> out = new ArrayList<>();
        for (ArticleResult a : report.articles()) {
            out.add(analyse(a));
        }
        return out;
    }

    /** The errors of one article. */
    public static ArticleErrors analyse(ArticleResult article) {
        UnitMatcher matcher = new UnitMatcher();
        List<Unit> gold = new ArrayList<>();
        article.gold().forEach(e -> gold.addAll(Unit.gold(e)));
        List<Unit> pred = new ArrayList<>();
        article.pred().forEach(e -> pred.addAll(Unit.pred(e)));
        List<Finding> misses = new ArrayList<>();
        for (Unit g : article.match().missed()) {
            misses.add(categoriseMiss(g, pred, article.pred(), matcher));
        }
        List<Finding> falseHits = new ArrayList<>();
        for (Unit p : article.match().falseHits()) {
            falseHits.add(categoriseFalseHit(p, gold, article.gold(), matcher));
        }
        return new ArticleErrors(article.id(), article.match().counts(), misses, falseHits,
                mismatches(article.match().matched()));
    }

    static Finding categoriseMiss(Unit g, List<Unit> predUnits, List<JsonNode> predEvents, UnitMatcher m) {
        Finding common = common(g, predUnits, m, true);
        if (common != null) {
            return common;
        }
        return namedInPred(g, predEvents, m) ? new Finding(g, Category.NOT_PAIRED, "")
                : new Finding(g, Category.MISSED_EVENT, "");
    }

    /** Whether some predicted event names an actor of the gold unit. */
    private static boolean namedInPred(Unit g, List<JsonNode> predEvents, UnitMatcher m) {
        for (JsonNode pe : predEvents) {
            Unit probe = new Unit(pe, List.of(), false);
            for (int i = 0; i < Unit.actors(pe).size(); i++) {
                for (Unit.Node gn : g.nodes()) {
                    if (!gn.isGathering() && m.nodeMatches(probe, new Unit.Node(i), g, gn)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static Finding categoriseFalseHit(Unit p, List<Unit> goldUnits, List<JsonNode> goldEvents, UnitMatcher m) {
        Finding common = common(p, goldUnits, m, false);
        if (common != null) {
            return common;
        }
        for (Unit.Node pn : p.nodes()) {
            if (!namedInGold(p, pn, goldEvents, m)) {
                String name = p.name(pn).isEmpty() ? "(none given)" : "'" + p.name(pn) + "'";
                return new Finding(p, Category.UNKNOWN_ACTOR, (pn.isGathering() ? "gathering " : "") + name);
            }
        }
        return new Finding(p, Category.NOT_PAIRED, "");
    }

    /**
     * The categories misses and false hits share: status flipped, type confused, actor span, looked for
     * among {@code others}, the units of the other side.
     */
    private static Finding common(Unit u, List<Unit> others, UnitMatcher m, boolean uIsGold) {
        String side = uIsGold ? "predicted " : "gold ";
        for (Unit o : others) {
            if (Objects.equals(o.type(), u.type()) && !Objects.equals(o.status(), u.status())
                    && matches(u, o, m, uIsGold)) {
                return new Finding(u, Category.STATUS_FLIPPED, side + text(o.status()));
            }
        }
        for (Unit o : others) {
            if (!Objects.equals(o.type(), u.type()) && matches(u, o, m, uIsGold)) {
                return new Finding(u, Category.TYPE_CONFUSED, side + text(o.type()));
            }
        }
        for (Unit o : others) {
            String span = uIsGold ? span(o, u, m) : span(u, o, m);
            if (span != null) {
                return new Finding(u, Category.ACTOR_SPAN, span);
            }
        }
        return null;
    }

    /** Whether {@code u} and {@code o} name the same pair, the predicted one being matched against the gold one. */
    private static boolean matches(Unit u, Unit o, UnitMatcher m, boolean uIsGold) {
        return uIsGold ? m.matches(o, u) : m.matches(u, o);
    }

    /**
     * "PRED vs gold GOLD" when the predicted unit names one side of the gold unit and only shares words
     * with the other (or, one-actor units, only shares words), else null.
     */
    static String span(Unit p, Unit g, UnitMatcher m) {
        List<Unit.Node> pn = p.nodes();
        List<Unit.Node> gn = g.nodes();
        if (pn.size() != gn.size()) {
            return null;
        }
        if (pn.size() == 1) {
            return overlapOnly(p, pn.get(0), g, gn.get(0), m);
        }
        for (int flip = 0; flip < 2; flip++) {
            Unit.Node g0 = gn.get(flip);
            Unit.Node g1 = gn.get(1 - flip);
            if (m.nodeMatches(p, pn.get(0), g, g0)) {
                String s = overlapOnly(p, pn.get(1), g, g1, m);
                if (s != null) {
                    return s;
                }
            }
            if (m.nodeMatches(p, pn.get(1), g, g1)) {
                String s = overlapOnly(p, pn.get(0), g, g0, m);
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    /**
     * "PRED vs gold GOLD" when the nodes do not match but have words in common: at least half of the
     * content words of the shorter of the predicted name and some gold form; else null.
     */
    private static String overlapOnly(Unit p, Unit.Node pnode, Unit g, Unit.Node gnode, UnitMatcher m) {
        if (pnode.isGathering() != gnode.isGathering() || m.nodeMatches(p, pnode, g, gnode)) {
            return null;
        }
        Set<String> goldForms = gnode.isGathering() ? NameMatcher.gatheringForms(g.event())
                : m.goldForms(g.event(), gnode.actor());
        Set<String> words = new HashSet<>(NameMatcher.contentTokens(NameMatcher.norm(p.name(pnode))));
        for (String f : goldForms) {
            Set<String> goldWords = new HashSet<>(NameMatcher.contentTokens(f));
            int shorter = Math.min(words.size(), goldWords.size());
            goldWords.retainAll(words);
            if (shorter > 0 && 2 * goldWords.size() >= shorter) {
                return "'" + p.name(pnode) + "' vs gold '" + g.name(gnode) + "'";
            }
        }
        return null;
    }

    /** Whether a predicted node names an actor (or the gathering) of some gold event. */
    private static boolean namedInGold(Unit p, Unit.Node pn, List<JsonNode> goldEvents, UnitMatcher m) {
        for (JsonNode ge : goldEvents) {
            Unit probe = new Unit(ge, List.of(), false);
            if (pn.isGathering()) {
                if (m.nodeMatches(p, pn, probe, Unit.Node.GATHERING)) {
                    return true;
                }
                continue;
            }
            for (int i = 0; i < Unit.actors(ge).size(); i++) {
                if (m.nodeMatches(p, pn, probe, new Unit.Node(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The date, location and instrument mismatches of matched pairs, once per pair of events. */
    private static List<Mismatch> mismatches(List<ArticleMatch.Pair> matched) {
        List<Mismatch> out = new ArrayList<>();
        Map<JsonNode, Set<JsonNode>> seen = new IdentityHashMap<>();
        for (ArticleMatch.Pair pair : matched) {
            JsonNode ge = pair.gold().event();
            JsonNode pe = pair.pred().event();
            if (!seen.computeIfAbsent(ge, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(pe)) {
                continue;
            }
            Map<String, Double> rated = Attributes.rate(pe, ge);
            for (String attr : COMPARED) {
                Double v = rated.get(attr);
                if (v != null && v == 0.0) {
                    out.add(new Mismatch(pair.gold(), attr, value(pe, attr), value(ge, attr)));
                }
            }
        }
        return out;
    }

    /** An attribute as text: the date, "Istanbul (TUR)", "mou: memorandum of understanding", or "-". */
    private static String value(JsonNode event, String attr) {
        JsonNode v = Py.get(event, attr);
        if (!Py.truthy(v)) {
            return "-";
        }
        if (attr.equals("location")) {
            JsonNode country = Py.get(v, "country");
            return text(Py.get(v, "name")) + (country == null ? "" : " (" + text(country) + ")");
        }
        if (attr.equals("instrument")) {
            return text(Py.get(v, "kind")) + ": " + text(Py.get(v, "text"));
        }
        return Py.str(v);
    }

    private static String text(Object keyOrNode) {
        if (keyOrNode instanceof JsonNode n) {
            return Py.truthy(n) ? Py.str(n) : "-";
        }
        return keyOrNode == null ? "-" : keyOrNode.toString();
    }

    // ---------------------------------------------------------------- rendering

    /**
     * The per-article listing of everything that went wrong (articles without error left out), then the
     * counts per category.
     */
    public static String render(List<ArticleErrors> errors) {
        StringBuilder out = new StringBuilder();
        for (ArticleErrors a : errors) {
            if (a.isEmpty()) {
                continue;
            }
            Counts c = a.counts();
            out.append(a.id()).append(": tp ").append(c.tp()).append(" fp ").append(c.fp()).append(" fn ")
                    .append(c.fn()).append('\n');
            for (Finding f : a.misses()) {
                finding(out, "miss", f, "gold");
            }
            for (Finding f : a.falseHits()) {
                finding(out, "false", f, "pred");
            }
            for (Mismatch mm : a.mismatches()) {
                out.append(String.format(Locale.ROOT, "  %-10s ", mm.attribute())).append(head(mm.gold())).append(": predicted ").append(mm.pred())
                        .append(", gold ").append(mm.goldValue()).append('\n');
            }
        }
        out.append(summary(errors));
        return out.toString();
    }

    private static void finding(StringBuilder out, String tag, Finding f, String side) {
        out.append(String.format(Locale.ROOT, "  %-10s ", tag)).append(head(f.unit())).append("  [").append(f.category().label());
        if (!f.detail().isEmpty()) {
            out.append(": ").append(f.detail());
        }
        out.append("]\n");
        String evidence = shorten(text(Py.get(f.unit().event(), "evidence")));
        out.append("             ").append(side).append(": ").append(evidence).append('\n');
    }

    /** "AGREE done    A + B". */
    private static String head(Unit u) {
        return String.format(Locale.ROOT, "%-6s %-7s %s", text(u.type()), text(u.status()), u.pairText());
    }

    /** The counts of misses and false hits per category, and of mismatches per attribute. */
    public static String summary(List<ArticleErrors> errors) {
        Map<Category, Integer> misses = new EnumMap<>(Category.class);
        Map<Category, Integer> falseHits = new EnumMap<>(Category.class);
        Map<String, Integer> attrs = new LinkedHashMap<>();
        COMPARED.forEach(a -> attrs.put(a, 0));
        for (ArticleErrors a : errors) {
            a.misses().forEach(f -> misses.merge(f.category(), 1, Integer::sum));
            a.falseHits().forEach(f -> falseHits.merge(f.category(), 1, Integer::sum));
            a.mismatches().forEach(mm -> attrs.merge(mm.attribute(), 1, Integer::sum));
        }
        StringBuilder out = new StringBuilder();
        out.append("misses ").append(total(misses)).append(categories(misses)).append('\n');
        out.append("false hits ").append(total(falseHits)).append(categories(falseHits)).append('\n');
        List<String> parts = new ArrayList<>();
        attrs.forEach((k, v) -> parts.add(k + " " + v));
        out.append("attribute mismatches: ").append(String.join(", ", parts)).append('\n');
        return out.toString();
    }

    private static int total(Map<Category, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String categories(Map<Category, Integer> counts) {
        if (counts.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((k, v) -> parts.add(k.label() + " " + v));
        return ": " + String.join(", ", parts);
    }

    /** Evidence on one line, cut at a word boundary near {@value #EVIDENCE_CHARS} characters. */
    static String shorten(String evidence) {
        String s = evidence.replaceAll("\\s+", " ").strip();
        if (s.length() <= EVIDENCE_CHARS) {
            return s;
        }
        int cut = s.lastIndexOf(' ', EVIDENCE_CHARS);
        return s.substring(0, cut > EVIDENCE_CHARS / 2 ? cut : EVIDENCE_CHARS) + " ...";
    }
}
