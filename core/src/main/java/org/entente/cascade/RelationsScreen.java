package org.entente.cascade;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.geo.CountryCounter;
import org.entente.geo.Gazetteer;
import org.entente.lexicon.WordList;

/**
 * Whether an article is news of relations between parties at all: it speaks of them (cooperation, partners, a
 * delegation, a counterpart, foreign affairs, talks, a signed document, an international gathering:
 * {@code lexicon/relations-words.tsv}) or it names two countries, by name or demonym ("the Chilean minister met
 * her Norwegian counterpart" needs no other word). The cascade reads an article with trigger words only when it
 * is: inspectors who "visited" a bakery, a school board's "meeting" or a firm that must "meet" its sales
 * targets are told without either, and their trigger sentences, which the extractor would reject after the full
 * analysis, are not analysed.
 *
 * <p>Unlike the trigger gate this look can lose an event: one stated between a country and a body of the same
 * country, or a party of no named country, in an article without any of these words. None of the dev, seed or
 * stream articles with events is such an article; the word list is broad on purpose (a signing, talks and any
 * "agreement" count), since a word too many only costs the time of reading an article.
 */
public final class RelationsScreen {
    private final Set<String> words;
    private final CountryCounter countries;

    public RelationsScreen(Set<String> words, CountryCounter countries) {
        this.words = Set.copyOf(words);
        this.countries = countries;
    }

    private static final class Holder {
        static final RelationsScreen INSTANCE = new RelationsScreen(
                WordList.load("relations-words.tsv").firstColumn(), new CountryCounter(Gazetteer.shared()));
    }

    public static RelationsScreen shared() {
        return Holder.INSTANCE;
    }

    /** Whether the sentences speak of relations between parties or name two countries. */
    public boolean isRelationsNews(List<List<CoreLabel>> sentences) {
        return speaksOfRelations(sentences) || namesTwoCountries(sentences);
    }

    /** Whether a word of the sentences, in any case, is one of the vocabulary's forms. */
    boolean speaksOfRelations(List<List<CoreLabel>> sentences) {
        for (List<CoreLabel> sentence : sentences) {
            for (CoreLabel t : sentence) {
                if (words.contains(t.word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean namesTwoCountries(List<List<CoreLabel>> sentences) {
        StringBuilder text = new StringBuilder();
        for (List<CoreLabel> sentence : sentences) {
            for (CoreLabel t : sentence) {
                text.append(t.word()).append(' ');
            }
            text.append('\n');
        }
        return countries.counts(text.toString()).size() >= 2;
    }
}
