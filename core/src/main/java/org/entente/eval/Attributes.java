package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The attributes of a matched event pair, as score.py rates them. Each rating is null when the gold
 * event gives nothing to compare with (the attribute is then not counted), else a value in [0, 1].
 */
public final class Attributes {

    /** The rated attributes, in the order score.py rates them. */
    public static final List<String> NAMES = List.of("date", "location", "instrument", "people", "spheres");

    private Attributes() {
    }

    /** Every rating of a pair of events, by attribute name; null where not rated. */
    static Map<String, Double> rate(JsonNode pred, JsonNode gold) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("date", bool(dateOk(Py.get(pred, "date"), Py.get(gold, "date"))));
        out.put("location", bool(locationOk(Py.get(pred, "location"), Py.get(gold, "location"))));
        out.put("instrument", bool(instrumentOk(pred, gold)));
        out.put("people", peopleF1(Py.get(pred, "people"), Py.get(gold, "people")));
        out.put("spheres", setF1(Py.get(pred, "spheres"), Py.get(gold, "spheres")));
        return out;
    }

    private static Double bool(Boolean b) {
        return b == null ? null : b ? 1.0 : 0.0;
    }

    /**
     * {@code date_ok}: a gold range accepts a predicted range inside it, or a date within it at least as
     * precise as a month (or as its start); a gold date accepts a date or range that starts with it.
     */
    static Boolean dateOk(JsonNode pred, JsonNode gold) {
        if (!Py.truthy(gold)) {
            return null;
        }
        if (!Py.truthy(pred)) {
            return false;
        }
        return dateOk(Py.str(pred), Py.str(gold));
    }

    static boolean dateOk(String pred, String gold) {
        if (gold.contains("/")) {
            String lo = before(gold);
            String hi = after(gold);
            if (pred.contains("/")) {
                String plo = before(pred);
                String phi = after(pred);
                return Py.compare(lo, plo) <= 0 && Py.compare(Py.head(phi, Py.len(hi)), hi) <= 0;
            }
            return Py.compare(Py.head(lo, Py.len(pred)), pred) <= 0 && Py.compare(pred, hi + "~") <= 0
                    && Py.len(pred) >= Math.min(Py.len(lo), 7);
        }
        if (pred.contains("/")) {
            return before(pred).startsWith(gold) && after(pred).startsWith(gold);
        }
        return pred.startsWith(gold);
    }

    private static String before(String range) {
        return range.substring(0, range.indexOf('/'));
    }

    private static String after(String range) {
        return range.substring(range.indexOf('/') + 1);
    }

    /** {@code location_ok}: the normalised place names are equal. */
    static Boolean locationOk(JsonNode pred, JsonNode gold) {
        if (!Py.truthy(gold)) {
            return null;
        }
        if (!Py.truthy(pred)) {
            return false;
        }
        String p = NameMatcher.norm(Py.get(pred, "name"));
        return !p.isEmpty() && p.equals(NameMatcher.norm(Py.get(gold, "name")));
    }

    /** The instrument kinds are equal; rated for a gold {@code AGREE} with an instrument. */
    static Boolean instrumentOk(JsonNode pred, JsonNode gold) {
        if (!Unit.isType(gold, "AGREE") || !Py.truthy(Py.get(gold, "instrument"))) {
            return null;
        }
        return Py.eq(Py.get(Py.get(pred, "instrument"), "kind"), Py.get(Py.get(gold, "instrument"), "kind"));
    }

    /**
     * {@code people_f1}: F1 of named people, a gold person found when a predicted name equals theirs or
     * ends with the same word; precision is capped at 1.
     */
    static Double peopleF1(JsonNode pred, JsonNode gold) {
        List<String> goldNames = new ArrayList<>();
        for (JsonNode p : Py.items(gold)) {
            JsonNode n = Py.get(p, "name");
            if (Py.truthy(n)) {
                goldNames.add(NameMatcher.norm(n));
            }
        }
        if (goldNames.isEmpty()) {
            return null;
        }
        List<String> pn = new ArrayList<>();
        for (JsonNode p : Py.items(pred)) {
            JsonNode n = Py.get(p, "name");
            if (Py.truthy(n)) {
                pn.add(NameMatcher.norm(n));
            }
        }
        int hit = 0;
        for (String gn : goldNames) {
            String last = lastToken(gn);
            if (pn.stream().anyMatch(p -> p.equals(gn) || !last.isEmpty() && last.equals(lastToken(p)))) {
                hit++;
            }
        }
        if (pn.isEmpty()) {
            return 0.0;
        }
        double prec = Math.min(1.0, (double) hit / pn.size());
        double rec = (double) hit / goldNames.size();
        return hit == 0 ? 0.0 : 2 * prec * rec / (prec + rec);
    }

    private static String lastToken(String normalised) {
        List<String> t = NameMatcher.tokens(normalised);
        return t.isEmpty() ? "" : t.get(t.size() - 1);
    }

    /** {@code set_f1}: F1 of two sets of values (spheres). */
    static Double setF1(JsonNode pred, JsonNode gold) {
        Set<Object> g = keys(gold);
        if (g.isEmpty()) {
            return null;
        }
        Set<Object> p = keys(pred);
        int tp = (int) p.stream().filter(g::contains).count();
        if (tp == 0) {
            return 0.0;
        }
        double prec = (double) tp / p.size();
        double rec = (double) tp / g.size();
        return 2 * prec * rec / (prec + rec);
    }

    private static Set<Object> keys(JsonNode list) {
        Set<Object> out = new HashSet<>();
        for (JsonNode x : Py.items(list)) {
            out.add(Py.key(x));
        }
        return out;
    }
}
