package org.entente.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.lexicon.Plurals;
import org.entente.lexicon.WordList;

/**
 * Keeps the dependency parser from reading the function words inside long organisation names as
 * grammar: in "Azerbaijan's Agency for Small and Medium Business Development has signed", "for" opens a
 * purpose clause and "Small and ... Development" becomes the subject, so the agency signs nothing.
 *
 * <p>Before parsing, "of", "for", "on", "&amp;" and "and" that join the capitalised words of one name
 * headed by an organisation word ("Agency", "Ministry", "Chamber"...) are tagged as proper nouns, which the
 * parser attaches inside the name; after parsing the tags are put back. "and" stays a conjunction when
 * what follows it is another organisation ("the Ministry of Economy and the Ministry of Trade") or a
 * place ("the Chambers of Azerbaijan and Turkey").
 */
final class NameShield {
    private static final Set<String> HEADS = WordList.load("organisation-heads.tsv").firstColumn();
    /** Words the parser misreads inside names; "of" it reads well ("Ministry of Economy" is nmod:of). */
    private static final Set<String> JOINERS = Set.of("for", "on", "&");
    private static final String SHIELD_TAG = "NNP";

    private NameShield() {
    }

    /** Retags the joiners inside names; returns what to hand to {@link #restore} after parsing. */
    static List<Saved> shield(List<CoreLabel> tokens) {
        List<Saved> saved = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!capitalised(tokens.get(i))) {
                i++;
                continue;
            }
            int end = i;
            boolean headSeen = false;
            boolean complement = false;   // after "of"/"for": the name's field, where "and" joins words
            List<Integer> joiners = new ArrayList<>();
            while (end < tokens.size()) {
                CoreLabel t = tokens.get(end);
                if (capitalised(t)) {
                    headSeen |= isHead(t);
                    end++;
                    continue;
                }
                String w = t.word();
                boolean next = end + 1 < tokens.size() && capitalised(tokens.get(end + 1));
                if (next && headSeen && (JOINERS.contains(w) || w.equals("of"))) {
                    if (!w.equals("of")) {
                        joiners.add(end);
                    }
                    complement = true;
                    end++;
                    continue;
                }
                if (next && complement && w.equals("and") && !startsOtherName(tokens, end + 1)) {
                    joiners.add(end);
                    end++;
                    continue;
                }
                break;
            }
            for (int j : joiners) {
                CoreLabel t = tokens.get(j);
                saved.add(new Saved(t, t.tag()));
                t.setTag(SHIELD_TAG);
            }
            i = Math.max(end, i + 1);
        }
        return saved;
    }

    static void restore(List<Saved> saved) {
        saved.forEach(s -> s.token().setTag(s.tag()));
    }

    /** A token's tag before it was shielded. */
    record Saved(CoreLabel token, String tag) {
    }

    /** The words after "and" begin another organisation or a place, so "and" coordinates two names. */
    private static boolean startsOtherName(List<CoreLabel> tokens, int from) {
        for (int k = from; k < tokens.size() && capitalised(tokens.get(k)); k++) {
            if (isHead(tokens.get(k)) || isPlace(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalised(CoreLabel t) {
        String w = t.word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && t.tag() != null && t.tag().startsWith("NNP");
    }

    private static boolean isHead(CoreLabel t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return Plurals.anyForm(w, HEADS::contains);
    }

    private static boolean isPlace(CoreLabel t) {
        String n = t.ner();
        return "COUNTRY".equals(n) || "CITY".equals(n) || "STATE_OR_PROVINCE".equals(n) || "LOCATION".equals(n)
                || "NATIONALITY".equals(n);
    }
}
