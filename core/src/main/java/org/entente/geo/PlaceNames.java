package org.entente.geo;

import java.text.Normalizer;

/**
 * How place names are compared: case, accents, dots, apostrophes and hyphens do not count.
 * "Türkiye" = "turkiye", "U.S." = "us", "Côte d'Ivoire" = "cote divoire", "Nur-Sultan" = "nur sultan",
 * "St. Petersburg" = "saint petersburg".
 */
final class PlaceNames {
    private PlaceNames() {
    }

    /** The comparison key of a name: lower case, accents folded, words separated by one space. */
    static String key(String s) {
        String t = fold(s);
        StringBuilder out = new StringBuilder(t.length());
        boolean space = true;   // no leading space
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.' || c == '\'') {
                continue;   // "U.S." -> "us", "Sana'a" -> "sanaa"
            }
            if (c == '&') {
                if (!space) {
                    out.append(' ');
                }
                out.append("and ");
                space = true;
            } else if (Character.isLetterOrDigit(c)) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) == ' ') {
            out.setLength(n - 1);
        }
        String k = out.toString();
        if (k.startsWith("st ") || k.contains(" st ")) {
            k = (" " + k).replace(" st ", " saint ").substring(1);
        }
        return k;
    }

    /** Lower case with accents and special Latin letters folded to ASCII; apostrophe variants become "'". */
    static String fold(String s) {
        String t = s;
        if (!isAscii(t)) {
            t = Normalizer.normalize(t, Normalizer.Form.NFD);
            StringBuilder b = new StringBuilder(t.length());
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (Character.getType(c) == Character.NON_SPACING_MARK) {
                    continue;
                }
                switch (c) {
                    case 'ı' -> b.append('i');
                    case 'ə', 'Ə' -> b.append('e');
                    case 'ø', 'Ø' -> b.append('o');
                    case 'æ', 'Æ' -> b.append("ae");
                    case 'œ', 'Œ' -> b.append("oe");
                    case 'ß' -> b.append("ss");
                    case 'đ', 'Đ', 'ð', 'Ð' -> b.append('d');
                    case 'ł', 'Ł' -> b.append('l');
                    case 'þ', 'Þ' -> b.append("th");
                    case 'ħ', 'Ħ' -> b.append('h');
                    case '’', '‘', 'ʼ', 'ʻ', 'ʾ', 'ʿ', '`', '´', '′' -> b.append('\'');
                    default -> b.append(c);
                }
            }
            t = b.toString();
        }
        return t.toLowerCase(java.util.Locale.ROOT);
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text as a name: trimmed, without a possessive ("Azerbaijan's", "Philippines'") and without
     * surrounding quotes or final punctuation.
     */
    static String trim(String s) {
        String t = s.strip();
        while (!t.isEmpty() && "\"“”«»,;:!?".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        while (!t.isEmpty() && "\"“”«»".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).strip();
        }
        if (t.endsWith("'s") || t.endsWith("’s") || t.endsWith("'S") || t.endsWith("’S")) {
            t = t.substring(0, t.length() - 2);
        } else if (t.length() > 2 && (t.endsWith("s'") || t.endsWith("s’"))) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip();
    }

    /** Without a leading "the " (any case). */
    static String withoutThe(String s) {
        return s.length() > 4 && s.regionMatches(true, 0, "the ", 0, 4) ? s.substring(4).strip() : s;
    }

    /** True when every letter is a capital and there are at least two: "US", "U.S.", "UAE". */
    static boolean allCapitals(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** An acronym as written in a list: at most five capitals, dots aside ("US", "U.S.", "UAE", "DPRK"). */
    static boolean isAcronym(String s) {
        String t = s.replace(".", "");
        return !t.isEmpty() && t.length() <= 5 && t.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
