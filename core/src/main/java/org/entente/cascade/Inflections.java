package org.entente.cascade;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.lexicon.Plurals;
import org.entente.lexicon.WordList;

/**
 * The lemmas an English word form may have, guessed without a tagger: "signed" may be "sign" or "signe",
 * "ratified" "ratify", "conferring" "confer", "met" "meet" (irregular forms from {@code irregular-verbs.tsv}).
 * The guesses are a superset: most are not words, which costs nothing when they are only looked up.
 */
public final class Inflections {
    private static final Map<String, String> IRREGULAR = WordList.load("irregular-verbs.tsv").rows().stream()
            .collect(Collectors.toUnmodifiableMap(r -> r[0], r -> r[1]));

    private Inflections() {
    }

    /** The word itself (lower-cased) and every lemma its endings allow. */
    public static Set<String> lemmas(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            out.add(irregular);
        }
        out.addAll(Plurals.singulars(w));
        if (w.endsWith("ied") && w.length() > 4) {
            out.add(w.substring(0, w.length() - 3) + "y");   // ratified
        }
        if (w.endsWith("ed") && w.length() > 3) {
            addStem(out, w.substring(0, w.length() - 2));    // signed, conferred, concluded (via "conclud" + e)
        }
        if (w.endsWith("ing") && w.length() > 4) {
            addStem(out, w.substring(0, w.length() - 3));    // signing, conferring, concluding
        }
        return out;
    }

    /** A stem left by "-ed" or "-ing": as is, with its silent "e" back, and with a doubled consonant undone. */
    private static void addStem(Set<String> out, String stem) {
        out.add(stem);
        out.add(stem + "e");
        int n = stem.length();
        if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && !isVowel(stem.charAt(n - 1))) {
            out.add(stem.substring(0, n - 1));
        }
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
