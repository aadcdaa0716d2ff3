package org.entente.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** English plural nouns back to their possible singulars, for lexicon look-ups keyed on the singular. */
public final class Plurals {
    private Plurals() {
    }

    /** "agencies" gives "agency"; "offices" gives "offic" and "office"; "ministers" gives "minister". */
    public static List<String> singulars(String w) {
        List<String> out = new ArrayList<>(3);
        if (w.endsWith("ies")) {
            out.add(w.substring(0, w.length() - 3) + "y");
        }
        if (w.endsWith("es")) {
            out.add(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("s") && !w.endsWith("ss")) {
            out.add(w.substring(0, w.length() - 1));
        }
        return out;
    }

    /** Whether a word, or one of its possible singulars, is {@code known}: "exhibitions" for a lexicon of "exhibition". */
    public static boolean anyForm(String w, Predicate<String> known) {
        return known.test(w) || singulars(w).stream().anyMatch(known);
    }
}
