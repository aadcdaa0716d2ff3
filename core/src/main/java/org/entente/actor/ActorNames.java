package org.entente.actor;

import java.text.Normalizer;
import java.util.Locale;

/** How actor names compare: the same loose equality the scorer and the spec describe. */
public final class ActorNames {
    private ActorNames() {
    }

    /** Lower-case, accents and punctuation dropped, a leading "the" removed. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'').replace("'s ", " s ");
        s = s.replaceAll("[^a-z0-9 ]+", " ").replaceAll("\\s+", " ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /** Whether the shorter name's words appear, in order and together, inside the longer one. */
    public static boolean contains(String longer, String shorter) {
        String l = " " + key(longer) + " ";
        String s = key(shorter);
        return !s.isEmpty() && l.contains(" " + s + " ");
    }

    /** Initials of the capitalised words: "Central Bank of Azerbaijan" gives "CBA". */
    public static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s\\-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }
}
