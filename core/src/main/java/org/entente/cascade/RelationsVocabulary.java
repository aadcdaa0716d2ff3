package org.entente.cascade;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.lexicon.WordList;

/**
 * Whether an article speaks of relations between parties at all: cooperation, partners, a delegation, a
 * counterpart, foreign affairs, talks, a signed document, an international gathering
 * ({@code lexicon/relations-words.tsv}). The cascade reads an article with trigger words only when it does:
 * the police who "visited an address", a central bank's board "meeting" or a government that must "meet"
 * demands are told without any such word, and their trigger sentences, which the extractor would reject
 * after the full analysis, are not analysed.
 *
 * <p>Unlike the trigger gate this look can lose an event: an article that states one with none of these words.
 * None of the dev, seed or stream articles with events is such an article; the word list is broad on purpose
 * (a signing, talks and any "agreement" count), since each word only costs the time of reading an article.
 */
public final class RelationsVocabulary {
    private final Set<String> words;

    public RelationsVocabulary(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    private static final class Holder {
        static final RelationsVocabulary INSTANCE = new RelationsVocabulary(
                WordList.load("relations-words.tsv").firstColumn());
    }

    public static RelationsVocabulary shared() {
        return Holder.INSTANCE;
    }

    /** Whether a word of the sentences, in any case, is one of the vocabulary's forms. */
    public boolean spokenIn(List<List<CoreLabel>> sentences) {
        for (List<CoreLabel> sentence : sentences) {
            for (CoreLabel t : sentence) {
                if (words.contains(t.word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }
}
