package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a predicted name names a gold actor or gathering ({@code norm}, {@code strip_possessive},
 * {@code forms}, {@code same_name} of score.py).
 *
 * <p>Both sides are normalised: NFKD with combining marks dropped (so accents go), lower-cased,
 * {@code 's} split off, every run of characters other than {@code [a-z0-9 ]} turned into one space,
 * a leading {@code "the "} dropped. A country possessive ({@code "turkey s ministry ..."}, one or two
 * words before {@code " s "}) may be stripped. A name matches when a form of it equals a gold form, or
 * when, without stop words, the shorter token list (at least two tokens) is a contiguous run of the
 * longer one and has at least three quarters of its length.
 */
public final class NameMatcher {

    /** Words not counted by the containment rule. */
    static final Set<String> STOP = Set.of("the", "of", "and", "for", "a", "an", "in", "on", "to", "de", "la");

    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9 ]+");
    private static final Pattern SPACES = Pattern.compile(" +");
    private static final Pattern POSSESSIVE = Pattern.compile("^(\\w+(?: \\w+)?) s (.+)$");

    private NameMatcher() {
    }

    /** {@code norm(name)}: "" for a falsy value, else the normal form of {@code str(name)}. */
    static String norm(JsonNode name) {
        return Py.truthy(name) ? norm(Py.str(name)) : "";
    }

    /** The normal form of a name: {@code "Türkiye’s  Ministry of Trade"} → {@code "turkiye s ministry of trade"}. */
    public static String norm(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(cp -> !isCombining(cp)).forEach(kept::appendCodePoint);
        String s = kept.toString().toLowerCase(Locale.ROOT);
        s = s.replace('\u2019', '\'').replace("'s ", " s ");
        s = NOT_ALNUM.matcher(s).replaceAll(" ");
        // only [a-z0-9 ] is left, so Python's \s+ and strip() concern spaces alone
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /** {@code strip_possessive}: a normal form without its leading possessive ("turkey s x" → "x"). */
    public static String stripPossessive(String s) {
        Matcher m = POSSESSIVE.matcher(s);
        return m.matches() ? m.group(2) : s;
    }

    /** {@code forms(actor)}: the normal forms of its name and aliases, each also without possessive. */
    static Set<String> forms(JsonNode actor) {
        List<JsonNode> names = new ArrayList<>();
        names.add(Py.get(actor, "name"));
        names.addAll(Py.items(Py.get(actor, "aliases")));
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode n : names) {
            String s = norm(n);
            if (!s.isEmpty()) {
                out.add(s);
                out.add(stripPossessive(s));
            }
        }
        return out;
    }

    /** The normal forms of a gold event's gathering: {@code event_name} and {@code event_aliases}. */
    static Set<String> gatheringForms(JsonNode event) {
        List<JsonNode> names = new ArrayList<>();
        names.add(Py.get(event, "event_name"));
        names.addAll(Py.items(Py.get(event, "event_aliases")));
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode n : names) {
            if (Py.truthy(n)) {
                out.add(norm(n));
            }
        }
        return out;
    }

    /** {@code same_name(pred, gold_forms)}. */
    static boolean sameName(JsonNode pred, Set<String> goldForms) {
        return sameName(norm(pred), goldForms);
    }

    /** {@code same_name} of an already normalised predicted name. */
    public static boolean sameName(String normalisedPred, Set<String> goldForms) {
        String p = normalisedPred;
        if (p.isEmpty()) {
            return false;
        }
        Set<String> cands = new LinkedHashSet<>(List.of(p, stripPossessive(p)));
        for (String c : cands) {
            if (goldForms.contains(c)) {
                return true;
            }
        }
        for (String c : cands) {
            List<String> ct = contentTokens(c);
            for (String g : goldForms) {
                List<String> gt = contentTokens(g);
                if (ct.isEmpty() || gt.isEmpty()) {
                    continue;
                }
                List<String> shortT = ct.size() <= gt.size() ? ct : gt;
                List<String> longT = ct.size() <= gt.size() ? gt : ct;
                if (shortT.size() < 2) {
                    continue;
                }
                if (containsRun(longT, shortT) && (double) shortT.size() / longT.size() >= 0.75) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The tokens of a normal form that are not {@link #STOP} words. */
    static List<String> contentTokens(String normalised) {
        List<String> out = new ArrayList<>();
        for (String t : tokens(normalised)) {
            if (!STOP.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** {@code s.split()} of a normal form. */
    static List<String> tokens(String normalised) {
        return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
    }

    /** Whether {@code shortT} occurs in {@code longT} as a contiguous run. */
    static boolean containsRun(List<String> longT, List<String> shortT) {
        int n = shortT.size();
        for (int i = 0; i + n <= longT.size(); i++) {
            if (longT.subList(i, i + n).equals(shortT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Python's {@code unicodedata.combining(c) != 0}: whether a character (one that NFD leaves as it is)
     * has a non-zero canonical combining class. The JDK does not expose the class, so it is probed by
     * canonical reordering: a mark of class k > 1 moves before U+0334 (class 1), and a mark of class
     * 1..229 moves before U+0301 (class 230); a starter (class 0) never moves.
     */
    static boolean isCombining(int cp) {
        if (cp < 0x300) {
            return false;
        }
        String c = Character.toString(cp);
        String overlay = "a" + c + "\u0334";
        String acute = "a\u0301" + c;
        return !Normalizer.normalize(overlay, Normalizer.Form.NFD).equals(overlay)
                || !Normalizer.normalize(acute, Normalizer.Form.NFD).equals(acute);
    }
}
