package org.entente.sphere;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.lexicon.WordList;

/**
 * The spheres of cooperation (spec: field {@code spheres}) that the words of a sentence or phrase name,
 * from {@code spheres.tsv}: "cooperation in trade and investment" gives {@code [trade, investment]}.
 *
 * <p>Words are matched as phrases of up to a few lemmas, longest first, and a matched phrase
 * consumes its words: "cyber security" names ict and security once, "road map" names nothing and
 * "social security" blocks "security". Punctuation other than hyphens and slashes ends a phrase.
 * A plural finds its singular when the lexicon has only the singular ("investors", "SMBs").
 */
public final class SphereLexicon {
    /** The spec's closed list of spheres, in the spec's order (the order of every answer). */
    public static final List<String> SPHERES = List.of("trade", "investment", "industry", "economy", "energy",
            "transport", "ict", "agriculture", "tourism", "culture", "education", "science", "health", "defense",
            "security", "finance", "entrepreneurship", "urban", "environment", "sports", "youth", "media",
            "humanitarian");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern TEXT_TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    /** A boundary marker among words; never part of a phrase. */
    private static final String BREAK = "";

    /** Phrase (words joined by single spaces) to sphere indexes; an empty array blocks. */
    private final Map<String, int[]> phrases = new HashMap<>();
    /** Every word of every phrase, for the plural fallback. */
    private final Set<String> vocabulary = new HashSet<>();
    private final int longest;

    private SphereLexicon(WordList list) {
        int max = 1;
        for (String[] row : list.rows()) {
            if (row.length < 2) {
                throw new IllegalStateException("spheres.tsv: no sphere for '" + row[0] + "'");
            }
            List<String> words = words(row[0]);
            int[] spheres = row[1].equals("-") ? new int[0]
                    : java.util.Arrays.stream(row[1].split(",")).mapToInt(s -> index(row[0], s.strip())).toArray();
            if (phrases.put(String.join(" ", words), spheres) != null) {
                throw new IllegalStateException("spheres.tsv: '" + row[0] + "' twice");
            }
            vocabulary.addAll(words);
            max = Math.max(max, words.size());
        }
        this.longest = max;
    }

    private static final class Holder {
        static final SphereLexicon INSTANCE = new SphereLexicon(WordList.load("spheres.tsv"));
    }

    /** The lexicon of {@code /entente/lexicon/spheres.tsv}, loaded once. */
    public static SphereLexicon shared() {
        return Holder.INSTANCE;
    }

    /**
     * The spheres that the lemmas name, in the spec's order, without duplicates.
     *
     * @param lowercaseLemmas the lemmas of a sentence's tokens, punctuation tokens included
     *        (they end phrases; hyphens and slashes do not)
     */
    public List<String> spheresOf(List<String> lowercaseLemmas) {
        List<String> words = new ArrayList<>(lowercaseLemmas.size() + 4);
        for (String lemma : lowercaseLemmas) {
            String l = fold(lemma).replace("&", " and ");
            if (l.startsWith("'") || l.startsWith("’")) {
                continue; // the possessive "'s"
            }
            Matcher m = WORD.matcher(l);
            boolean any = false;
            while (m.find()) {
                words.add(normal(m.group()));
                any = true;
            }
            if (!any && !isJoiner(l)) {
                words.add(BREAK);
            }
        }
        boolean[] found = new boolean[SPHERES.size()];
        for (int i = 0; i < words.size(); ) {
            int matched = 0;
            for (int n = Math.min(longest, words.size() - i); n >= 1 && matched == 0; n--) {
                int[] spheres = lookup(words, i, n);
                if (spheres != null) {
                    matched = n;
                    for (int s : spheres) {
                        found[s] = true;
                    }
                }
            }
            i += Math.max(matched, 1);
        }
        List<String> out = new ArrayList<>();
        for (int s = 0; s < found.length; s++) {
            if (found[s]) {
                out.add(SPHERES.get(s));
            }
        }
        return out;
    }

    /**
     * The spheres a plain text names: lower-cased, split into words and punctuation, plurals
     * reduced where the lexicon knows the singular ("investors" finds "investor").
     */
    public List<String> spheresOf(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TEXT_TOKEN.matcher(text.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", ""));
        while (m.find()) {
            tokens.add(m.group());
        }
        return spheresOf(tokens);
    }

    private int[] lookup(List<String> words, int from, int n) {
        if (n == 1) {
            return words.get(from).isEmpty() ? null : phrases.get(words.get(from));
        }
        StringBuilder key = new StringBuilder();
        for (int k = from; k < from + n; k++) {
            if (words.get(k).isEmpty()) {
                return null;
            }
            if (k > from) {
                key.append(' ');
            }
            key.append(words.get(k));
        }
        return phrases.get(key.toString());
    }

    /** The word as the lexicon has it: itself if known, else a known singular, else itself. */
    private String normal(String w) {
        if (vocabulary.contains(w) || w.length() < 4) {
            return w;
        }
        if (w.endsWith("ies") && vocabulary.contains(w.substring(0, w.length() - 3) + "y")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("es") && vocabulary.contains(w.substring(0, w.length() - 2))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && vocabulary.contains(w.substring(0, w.length() - 1))) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static boolean isJoiner(String token) {
        return token.equals("-") || token.equals("–") || token.equals("/") || token.equals("--")
                || token.equals("‐");
    }

    private static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return DIACRITICS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    private static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(fold(phrase));
        while (m.find()) {
            out.add(m.group());
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("spheres.tsv: empty phrase '" + phrase + "'");
        }
        return out;
    }

    private static int index(String phrase, String sphere) {
        int i = SPHERES.indexOf(sphere);
        if (i < 0) {
            throw new IllegalStateException("spheres.tsv: '" + phrase + "' names unknown sphere '" + sphere + "'");
        }
        return i;
    }
}
