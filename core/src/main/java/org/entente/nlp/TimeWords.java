package org.entente.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.lexicon.Plurals;
import org.entente.lexicon.WordList;

/**
 * Whether SUTime can find a time expression in a sentence. SUTime builds every expression from a number or
 * a word of its rules (a month, a unit, a time of day, "now", "annual", a holiday), listed in
 * {@code time-words.tsv}; a sentence with neither gets the same NER tags without it. SUTime costs about a
 * fifth of the analysis of a sentence, so the analysis skips it in such sentences.
 *
 * <p>The test is deliberately wide: any digit, and any part of a hyphenated word ("bi-monthly", "year-end"),
 * counts. A word too many costs only the time saved; a word missing would lose a date.
 */
public final class TimeWords {
    private static final Set<String> WORDS = WordList.load("time-words.tsv").firstColumn();
    /** What joins the parts of a compound word: "bi-monthly", "2023/24", "year–end". */
    private static final Pattern JOINER = Pattern.compile("[-/–]");

    private TimeWords() {
    }

    /** Whether a time expression may be found in the sentence: a digit or a time word in one of its tokens. */
    public static boolean mayDate(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            if (mayDate(t.word())) {
                return true;
            }
        }
        return false;
    }

    static boolean mayDate(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (isTimeWord(w)) {
            return true;
        }
        if (!JOINER.matcher(w).find()) {
            return false;   // one part, looked up already; this test runs on every token analysed
        }
        for (String part : JOINER.split(w)) {
            if (!part.isEmpty() && isTimeWord(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTimeWord(String w) {
        return Plurals.anyForm(w, WORDS::contains) || WORDS.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }
}
