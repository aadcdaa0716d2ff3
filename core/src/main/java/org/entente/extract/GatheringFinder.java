package org.entente.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.entente.actor.MentionFinder;
import org.entente.lexicon.WordList;

/**
 * Names of multi-party gatherings: "MUSIAD Expo 2020", "the 18th World Historical Cities Conference",
 * "Paris Air Show-2019" exhibition; "the exhibition" refers back to the last one named.
 */
final class GatheringFinder {
    private static final Set<String> HEADS = WordList.load("gatherings.tsv").firstColumn();

    private GatheringFinder() {
    }

    /** Words that name a gathering only as part of a proper name: "the 9th Ministerial Meeting", "Joint Commission Session". */
    private static final Set<String> PROPER_ONLY = Set.of("meeting", "commission");

    /** "the TÜYAP exhibition centre": a gathering word before one of these names a place, not a gathering. */
    private static final Set<String> VENUES = Set.of("centre", "center", "hall", "complex", "ground", "venue",
            "palace", "site", "organizer", "organiser", "company");

    static boolean isGatheringHead(CoreLabel t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        // the tagger sometimes reads "fair" at the end of a name as an adjective
        return (t.tag().startsWith("NN") || t.tag().equals("JJ") && t.word().equalsIgnoreCase("fair"))
                && HEADS.contains(lemma)
                || t.tag().startsWith("NNP") && PROPER_ONLY.contains(lemma);
    }

    /** The gathering a head word at token {@code i} names, resolved against the article so far. */
    static Optional<Discourse.Gathering> at(SentenceView s, int i, Discourse discourse) {
        CoreLabel head = s.token(i);
        if (!isGatheringHead(head) || i + 1 < s.tokens().size()
                && VENUES.contains(s.token(i + 1).lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Span span = span(s, i);
        if (span.proper()) {
            String name = MentionFinder.text(s.tokens(), span.begin(), span.end()).replaceAll("^[\"“”]+|[\"“”]+$", "").strip();
            if (span.end() - span.begin() == 1 && span.begin() == i) {
                // a lone "Summit" names the summit the article spoke of before
                return discourse.gathering(head.lemma().toLowerCase(Locale.ROOT));
            }
            Discourse.Gathering g = new Discourse.Gathering(name, null, null);
            Optional<Discourse.Gathering> known = discourse.gathering(name);
            discourse.gathering(g);
            Optional<Discourse.Gathering> found = discourse.gathering(name).or(() -> known);
            if (span.described() != null && found.isPresent()) {
                discourse.gatheringAlias(span.described(), found.get());
            }
            return found;
        }
        String kind = head.lemma().toLowerCase(Locale.ROOT);
        Optional<Discourse.Gathering> known = discourse.gathering(kind);
        // before the article has named any gathering, "the exhibition" may point to one it names further on
        return known.isPresent() || discourse.lastGathering().isPresent() ? known
                : Optional.of(Discourse.Gathering.unnamed(kind));
    }

    /** Tokens {@code [begin, end)} of a gathering's name; {@code proper} when it has one, not just a common noun. */
    record Span(int begin, int end, boolean proper, String described) {
        Span(int begin, int end, boolean proper) {
            this(begin, end, proper, null);
        }
    }

    /** Where the name of the gathering whose head word is token {@code i} begins and ends. */
    static Span span(SentenceView s, int i) {
        CoreLabel head = s.token(i);
        int b = i;
        int e = i + 1;
        boolean proper = head.tag().startsWith("NNP");
        String described = null;
        if (proper) {
            while (b > 0 && (partOfName(s.token(b - 1)) || joinsNameWords(s, b - 1))) {
                b--;
            }
        } else {
            // "Paris Air Show-2019" exhibition: a quoted or capitalised name right before the common noun
            int k = i;
            while (k > 0 && isQuote(s.token(k - 1))) {
                k--;
            }
            // "the Cultural Tourism international fair": plain adjectives may stand between name and head
            int j = k;
            while (j > 0 && k == i && s.token(j - 1).tag().equals("JJ")
                    && Character.isLowerCase(s.token(j - 1).word().charAt(0))) {
                j--;
            }
            int nb = j;
            while (nb > 0 && partOfName(s.token(nb - 1))) {
                nb--;
            }
            if (nb == j) {
                nb = k;
            }
            if (nb < k) {
                // a quoted name stands alone; an unquoted one keeps its head noun ("Cultural Tourism fair")
                b = nb;
                e = k < i ? k : i + 1;
                proper = true;
            } else {
                int after = nameAfter(s, i);
                int ordinal = ordinalBetween(s, j, i);
                if (after <= i + 1 && ordinal >= 0) {
                    // "the third interregional forum": a numbered edition is one gathering, named by its number
                    b = ordinal;
                    proper = true;
                } else if (after > i + 1) {
                    // "the international exhibition EXPO China-Eurasian": the name in apposition after the noun;
                    // a capitalised head begins it ("EXPO China-Eurasian" itself)
                    boolean headInName = Character.isUpperCase(head.word().charAt(0));
                    described = headInName ? null : MentionFinder.text(s.tokens(), descriptionStart(s, i), i + 1);
                    b = headInName ? i : i + 1;
                    e = after;
                    proper = true;
                }
            }
        }
        if (proper) {
            // "Expo 2020", "Summit Kazakhstan", "IDEF-2023", "Forum Kazakhstan-China"
            while (e < s.tokens().size()) {
                CoreLabel t = s.token(e);
                if (t.tag().equals("CD") || t.tag().startsWith("NNP") && !"PERSON".equals(t.ner()) && e == i + 1) {
                    e++;
                } else if (t.word().equals("-") && e + 1 < s.tokens().size()
                        && (s.token(e + 1).tag().equals("CD") || s.token(e + 1).tag().startsWith("NNP"))) {
                    e += 2;
                } else {
                    break;
                }
            }
            while (b < e && (s.token(b).tag().equals("DT") || isQuote(s.token(b)))) {
                b++;
            }
            Span quoted = quotedNameNextTo(s, b, e);
            if (quoted != null) {
                return new Span(quoted.begin(), quoted.end(), true, MentionFinder.text(s.tokens(), b, e));
            }
        }
        return new Span(b, e, proper, described);
    }

    /**
     * The 16th "IDEF-2023" International Defence Industry Fair, the Fair "IDEF-2023": a quoted name next to the
     * descriptive one is what the gathering is called.
     */
    private static Span quotedNameNextTo(SentenceView s, int b, int e) {
        int n = s.tokens().size();
        if (b >= 3 && isQuote(s.token(b - 1))) {
            int k = b - 2;
            while (k >= 0 && !isQuote(s.token(k)) && b - 1 - k <= 4) {
                k--;
            }
            if (k >= 0 && isQuote(s.token(k)) && k + 1 < b - 1 && isName(s, k + 1, b - 1)) {
                return new Span(k + 1, b - 1, true);
            }
        }
        if (e + 2 < n && isQuote(s.token(e))) {
            int k = e + 1;
            while (k < n && !isQuote(s.token(k)) && k - e <= 4) {
                k++;
            }
            if (k < n && isQuote(s.token(k)) && k > e + 1 && isName(s, e + 1, k)) {
                return new Span(e + 1, k, true);
            }
        }
        return null;
    }

    /**
     * The end of a name written right after a common gathering noun ("exhibition EXPO China-Eurasian"), or
     * {@code i + 1} when none is: not a person, place or date, which follow such nouns too ("the forum
     * President X opened", "the fair Monday").
     */
    private static int nameAfter(SentenceView s, int i) {
        int e = i + 1;
        while (e < s.tokens().size()) {
            CoreLabel t = s.token(e);
            String ner = t.ner() == null ? "O" : t.ner();
            boolean nameWord = (t.tag().startsWith("NNP") || t.word().matches("\\p{Lu}{2,}")
                    || t.tag().equals("JJ") && Character.isUpperCase(t.word().charAt(0)))
                    && !ner.equals("PERSON") && !ner.equals("DATE") && !MentionFinder.isPlace(t) && !ner.equals("TITLE");
            if (nameWord || e > i + 1 && t.word().equals("-") && e + 1 < s.tokens().size()
                    && Character.isUpperCase(s.token(e + 1).word().charAt(0))) {
                e++;
            } else {
                break;
            }
        }
        return e;
    }

    /** The first ordinal ("third", "second") among tokens {@code [from, to)}, or -1. */
    private static int ordinalBetween(SentenceView s, int from, int to) {
        for (int o = from; o < to; o++) {
            if ("ORDINAL".equals(s.token(o).ner()) && Character.isLetter(s.token(o).word().charAt(0))) {
                return o;
            }
        }
        return -1;
    }

    /** Where the description of a gathering noun begins: "the market-oriented international exhibition". */
    private static int descriptionStart(SentenceView s, int i) {
        int b = i;
        while (b > 0 && (s.token(b - 1).tag().startsWith("JJ") || s.token(b - 1).tag().equals("VBN")
                || s.token(b - 1).tag().equals("NN") || s.token(b - 1).word().equals("-"))) {
            b--;
        }
        return b;
    }

    private static boolean isName(SentenceView s, int b, int e) {
        for (int i = b; i < e; i++) {
            String w = s.token(i).word();
            // quotes mark a name, whatever the tagger made of its words ("IDEF/NN")
            if (!partOfName(s.token(i)) && !Character.isUpperCase(w.charAt(0)) && !w.matches("\\d+|-")) {
                return false;
            }
        }
        return true;
    }

    private static boolean partOfName(CoreLabel t) {
        String w = t.word();
        return t.tag().startsWith("NNP") && !"PERSON".equals(t.ner()) || t.tag().equals("CD")
                || w.matches("\\d+(st|nd|rd|th)") || w.equals("-") || w.equals("&")
                || t.tag().equals("JJ") && Character.isUpperCase(w.charAt(0));
    }

    /** "Aviation, Space and Technology Festival": a comma or "and" between the capitalised words of one name. */
    private static boolean joinsNameWords(SentenceView s, int i) {
        String w = s.token(i).word();
        return (w.equals(",") || w.equals("and")) && i > 0 && i + 1 < s.tokens().size()
                && s.token(i - 1).tag().startsWith("NNP") && s.token(i + 1).tag().startsWith("NNP")
                && !"PERSON".equals(s.token(i - 1).ner()) && !MentionFinder.isPlace(s.token(i - 1))
                && !MentionFinder.isPlace(s.token(i + 1));
    }

    static boolean isQuote(CoreLabel t) {
        String w = t.word();
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("``") || w.equals("''");
    }
}
