package org.entente.person;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.lexicon.WordList;

/**
 * Titles of people who act for a body ("Chairman", "Board Chairman", "Minister of Economy",
 * "Chargé d'affaires") and the kind of body a title implies; data in {@code person-titles.tsv}.
 *
 * <p>The spec reads a person as acting for a body: an ambassador for their country, a minister for
 * their ministry, a mayor for their city. {@link #scopeOf} gives that body's scope from the title
 * alone: the title's head ("Deputy Minister of Defense": minister) gives a default, and a word
 * naming a body within the title can change it ("Governor" is a city's, "Governor of the Central
 * Bank" an organisation's, "President of the Digital Transformation Office" too).
 */
public final class TitleLexicon {
    /** The sort of body a title's holder acts for. */
    public enum Scope {
        /** Heads of state and government, ambassadors, envoys, foreign ministers. */
        COUNTRY,
        /** Chairmen, directors, ministers (for their ministry), CEOs, advisers. */
        ORGANISATION,
        /** Mayors, governors of provinces, heads of city administrations. */
        CITY
    }

    private record Title(Scope scope, boolean fixed) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Set<String> PREPOSITIONS =
            Set.of("of", "for", "to", "at", "in", "on", "with", "from", "under");

    private final Map<String, Title> titles = new HashMap<>();
    private final Set<String> titleWords = new HashSet<>();
    private final Set<String> modifiers = new HashSet<>();
    private final Map<String, Scope> context = new HashMap<>();
    private final int longest;

    private TitleLexicon(WordList list) {
        int max = 1;
        for (String[] row : list.rows()) {
            List<String> words = words(row.length > 1 ? row[1] : "");
            if (words.isEmpty()) {
                throw new IllegalStateException("person-titles.tsv: bad row " + String.join("|", row));
            }
            String key = String.join(" ", words);
            switch (row[0]) {
                case "title" -> {
                    titles.put(key, new Title(Scope.valueOf(row[2]), row.length > 3 && row[3].equals("fixed")));
                    if (words.size() == 1) {
                        titleWords.add(key);
                    }
                    max = Math.max(max, words.size());
                }
                case "modifier" -> modifiers.add(key);
                case "context" -> context.put(key, Scope.valueOf(row[2]));
                default -> throw new IllegalStateException("person-titles.tsv: unknown role " + row[0]);
            }
        }
        this.longest = max;
    }

    private static final class Holder {
        static final TitleLexicon INSTANCE = new TitleLexicon(WordList.load("person-titles.tsv"));
    }

    /** The lexicon of {@code /entente/lexicon/person-titles.tsv}, loaded once. */
    public static TitleLexicon shared() {
        return Holder.INSTANCE;
    }

    /**
     * Whether a word by itself names a role: "chairman", "minister", "ambassador", "mayor", "ceo",
     * "deputy", "head". Plurals count ("ministers"); a hyphenated title counts whole
     * ("vice-president", "co-chair"). Words that only extend a title ("vice", "board", "acting")
     * are {@link #isTitleModifier modifiers}.
     */
    public boolean isTitleWord(String lowercaseWord) {
        List<String> w = words(lowercaseWord);
        if (w.size() == 1) {
            String word = w.get(0);
            return titleWords.contains(word) || singulars(word).stream().anyMatch(titleWords::contains);
        }
        return !w.isEmpty() && titles.containsKey(String.join(" ", w));
    }

    /** Whether a word extends a title before its head: deputy, vice, first, acting, former, board... */
    public boolean isTitleModifier(String lowercaseWord) {
        return modifiers.contains(lowercaseWord.toLowerCase(Locale.ROOT).strip());
    }

    /**
     * Whether a phrase is a title: its head (the last word before its first preposition) ends a
     * known title. "Board Chairman", "Minister of Economy", "Director General" are; "Ministry of
     * Economy" and "Chairman Orkhan Mammadov" are not.
     */
    public boolean isTitle(String phrase) {
        List<String> w = firstSegment(phrase);
        return !w.isEmpty() && titleCovering(w, head(w)) != null;
    }

    /**
     * The sort of body a title's holder acts for: "Ambassador" and "Prime Minister" a country,
     * "Chairman" and "Minister of Energy" an organisation, "Mayor" and "Governor" a city. Words
     * naming a body within the title decide when the title allows (a city word beats an
     * organisation word, which beats a country word): "President of the Digital Transformation
     * Office" is an organisation's. Only the title's first part counts ("Secretary, East").
     *
     * @return empty when the phrase holds no known title
     */
    public Optional<Scope> scopeOf(String title) {
        List<String> w = firstSegment(title);
        if (w.isEmpty()) {
            return Optional.empty();
        }
        Match match = titleCovering(w, head(w));
        if (match == null) {
            match = firstTitle(w);
        }
        if (match == null) {
            return Optional.empty();
        }
        Title t = titles.get(match.key());
        if (t.fixed()) {
            return Optional.of(t.scope());
        }
        Scope named = null;
        for (int i = 0; i < w.size(); i++) {
            if (i >= match.start() && i < match.end()) {
                continue;
            }
            Scope s = context.get(w.get(i));
            if (s == null) {
                s = singulars(w.get(i)).stream().map(context::get).filter(x -> x != null).findFirst().orElse(null);
            }
            if (s != null && (named == null || rank(s) > rank(named))) {
                named = s;
            }
        }
        return Optional.of(named != null ? named : t.scope());
    }

    private static int rank(Scope s) {
        return switch (s) {
            case CITY -> 3;
            case ORGANISATION -> 2;
            case COUNTRY -> 1;
        };
    }

    /** The index of a title's head word: the last word before the first preposition. */
    private static int head(List<String> w) {
        int i = 0;
        while (i < w.size() && !PREPOSITIONS.contains(w.get(i))) {
            i++;
        }
        return Math.max(0, i - 1);
    }

    /** A known title found at words [start, end), under its key in the lexicon. */
    private record Match(int start, int end, String key) {
    }

    /** The title that covers word h, starting leftmost and longest; or null. */
    private Match titleCovering(List<String> w, int h) {
        for (int s = Math.max(0, h - longest + 1); s <= h; s++) {
            for (int e = Math.min(w.size(), s + longest); e > h; e--) {
                String key = known(w, s, e);
                if (key != null) {
                    return new Match(s, e, key);
                }
            }
        }
        return null;
    }

    /** The leftmost, longest title anywhere in the words; or null. */
    private Match firstTitle(List<String> w) {
        for (int s = 0; s < w.size(); s++) {
            for (int e = Math.min(w.size(), s + longest); e > s; e--) {
                String key = known(w, s, e);
                if (key != null) {
                    return new Match(s, e, key);
                }
            }
        }
        return null;
    }

    /** The lexicon's key for words [s, e), also with a plural last word made singular; or null. */
    private String known(List<String> w, int s, int e) {
        String key = String.join(" ", w.subList(s, e));
        if (titles.containsKey(key)) {
            return key;
        }
        String prefix = String.join(" ", w.subList(s, e - 1));
        for (String singular : singulars(w.get(e - 1))) {
            String k = prefix.isEmpty() ? singular : prefix + " " + singular;
            if (titles.containsKey(k)) {
                return k;
            }
        }
        return null;
    }

    private static List<String> singulars(String w) {
        // short words ("bus", "gas") are not plurals of a title
        return w.length() < 4 ? new ArrayList<>() : org.entente.lexicon.Plurals.singulars(w);
    }

    /** The words of a title up to its first comma, slash, semicolon or parenthesis. */
    private static List<String> firstSegment(String title) {
        String t = title == null ? "" : title;
        int cut = t.length();
        for (char c : new char[] {',', '/', ';', '(', '|'}) {
            int i = t.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return words(t.substring(0, cut));
    }

    /** Lower-case words, accents dropped, hyphens as spaces, possessive "'s" and "the" dropped. */
    private static List<String> words(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replace("&", " and ");
        s = DIACRITICS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            if (!m.group().equals("the")) {
                out.add(m.group());
            }
        }
        return out;
    }
}
