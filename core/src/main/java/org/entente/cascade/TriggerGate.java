package org.entente.cascade;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.event.EventType;
import org.entente.instrument.InstrumentClassifier;
import org.entente.lexicon.Plurals;
import org.entente.lexicon.WordList;
import org.entente.nlp.SentenceSelection;
import org.entente.time.Dateline;
import org.entente.trigger.TriggerLexicon;

/**
 * The cascade's gate: a sentence deserves the full analysis when it can state an event, that is when it
 * has a trigger word of the lexicon ("signed", "talks"), a document named between parties ("the agreement
 * between A and B") or twinned places ("sister cities"), the three ways the extractor finds an event, in an
 * article that is news of relations between parties at all ({@link RelationsScreen}).
 *
 * <p>Two looks, both cheap: first over raw word forms, whose possible lemmas ({@link Inflections}) are looked
 * up in the trigger lexicon, which keeps every sentence the extractor could use and most it could not
 * ("the present", "a call to"); then, once those few sentences carry POS tags and lemmas, the lexicon's own
 * test ({@link TriggerLexicon#typeOf}), the one the extractor applies. An article with no such sentence
 * yields no event and is done; so is one that neither speaks of relations between parties (no partner,
 * delegation, talks, document...) nor names two countries, the one look that can lose an event the extractor
 * would find. When the chosen sentences do state an event, some context comes too, what the
 * extractor reads across sentences: the article's first sentences (by default the {@link Dateline#HEAD_SENTENCES}
 * where datelines are looked for), which name the bodies in full and set the scene ("the Agency" later), and, when
 * a chosen sentence may tell of one, the sentences naming a gathering ("exhibition", "air show"), whose dates and
 * places the events held there take. An article with {@link #DENSE} trigger sentences or more whose triggers alone
 * state nothing is read whole.
 */
public final class TriggerGate implements SentenceSelection {
    /**
     * Sentences with a trigger from which an article is read whole when they state no event alone: so many
     * triggers mean cooperation news whose parties or gathering other sentences name (a fifth of the dev and
     * stream articles have five or more, none of the stream's unrelated ones).
     */
    public static final int DENSE = 5;
    /** Leading sentences analysed with the triggers: where the dateline and the scene are found. */
    public static final int LEAD = Dateline.HEAD_SENTENCES;
    /** Tokens a line under the headline has at most to be a byline or dateline rather than the story's start. */
    static final int HEADING_LINE_TOKENS = 8;
    /** How far before a trigger noun its needed verb may be ("took an active part"), in words. */
    static final int NEEDED_VERB_BEFORE = 4;
    /** How far after a trigger verb its needed word may be ("called again on"), in words. */
    static final int NEEDED_WORD_AFTER = 3;

    private static final WordList CUES = WordList.load("cascade-cues.tsv");

    private final TriggerLexicon lexicon;
    private final InstrumentClassifier instruments;
    private final RelationsScreen relations;
    private final int lead;
    private final Set<String> documents = cues("document");
    private final Set<String> between = cues("between");
    private final Set<String> twinning = cues("twinning");
    private final Set<String> settlements = cues("settlement");
    /** Words that make a meeting of a verb that names none: "presented his credentials". */
    private final Set<String> ceremonies = cues("ceremony");
    private final Set<String> gatherings = WordList.load("gatherings.tsv").firstColumn();
    /**
     * Trigger nouns that state an event only as the object of a verb written just before them ("took part",
     * "taking an active part"; not "as part of", nor "part" with "took control" far before it).
     */
    private final Map<String, String> needs = CUES.rows().stream().filter(r -> r[1].equals("needs"))
            .collect(Collectors.toUnmodifiableMap(r -> r[0], r -> r[2]));
    /**
     * Trigger verbs that state an event only with a word right after them: "called on the President" (the
     * extractor takes the verb "call" only with its "on" object), not "so-called", "called off", "called for".
     */
    private final Map<String, String> verbNeeds = CUES.rows().stream().filter(r -> r[1].equals("verb-needs"))
            .collect(Collectors.toUnmodifiableMap(r -> r[0], r -> r[2]));

    public TriggerGate(TriggerLexicon lexicon, InstrumentClassifier instruments, int lead) {
        this(lexicon, instruments, RelationsScreen.shared(), lead);
    }

    public TriggerGate(TriggerLexicon lexicon, InstrumentClassifier instruments, RelationsScreen relations,
            int lead) {
        this.lexicon = lexicon;
        this.instruments = instruments;
        this.relations = relations;
        this.lead = lead;
    }

    private static final class Holder {
        static final TriggerGate INSTANCE = new TriggerGate(TriggerLexicon.shared(), InstrumentClassifier.shared(),
                Integer.getInteger("entente.cascade.lead", LEAD));
    }

    public static TriggerGate shared() {
        return Holder.INSTANCE;
    }

    private static Set<String> cues(String role) {
        Set<String> out = new HashSet<>();
        CUES.rows().stream().filter(r -> r[1].equals(role)).forEach(r -> out.add(r[0]));
        return Set.copyOf(out);
    }

    /** From word forms alone: whether the sentence may state an event (never false when it does). */
    public boolean mayState(List<CoreLabel> tokens) {
        boolean document = false;
        boolean linked = false;
        boolean twin = false;
        boolean settlement = false;
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (ceremonies.contains(w)) {
                return true;
            }
            for (String lemma : Inflections.lemmas(w)) {
                if (lexicon.mayTrigger(lemma) && (!needs.containsKey(lemma) || hasFormBefore(tokens, i, needs.get(lemma)))) {
                    return true;
                }
            }
            document |= isDocument(w);
            linked |= between.contains(w);
            twin |= twinning.contains(w);
            settlement |= Plurals.anyForm(w, settlements::contains);
        }
        return document && linked || twin && settlement || reachedNoun(tokens) && hasForm(tokens, "reach");
    }

    /** "agreement", "consensus" in any form: stated as reached only with a form of "reach" in the sentence. */
    private boolean reachedNoun(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (Plurals.anyForm(w, lexicon::isReachedNoun)) {
                return true;
            }
        }
        return false;
    }

    /** From POS tags and lemmas: whether a word of the sentence is one the extractor takes for a trigger. */
    public boolean states(List<CoreLabel> tokens) {
        boolean document = false;
        boolean linked = false;
        boolean twin = false;
        boolean settlement = false;
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            String lemma = t.lemma() == null ? t.word() : t.lemma();
            String tag = t.tag() == null ? "" : t.tag();
            String needed = needs.get(lemma.toLowerCase(Locale.ROOT));
            String word = tag.startsWith("VB") ? verbNeeds.get(lemma.toLowerCase(Locale.ROOT)) : null;
            if (lexicon.typeOf(lemma, tag).isPresent() && (needed == null || hasFormBefore(tokens, i, needed))
                    && (word == null || hasWordAfter(tokens, i, word))
                    && (!tag.startsWith("VB") || !lexicon.isPassiveOnly(lemma) || isParticiple(tokens, i))) {
                return true;
            }
            String w = t.word().toLowerCase(Locale.ROOT);
            if (ceremonies.contains(w)) {
                return true;
            }
            boolean noun = tag.startsWith("NN");
            document |= noun && (isDocument(w) || isDocument(lemma.toLowerCase(Locale.ROOT)));
            linked |= between.contains(w);
            twin |= twinning.contains(w) || twinning.contains(lemma.toLowerCase(Locale.ROOT));
            settlement |= noun && settlements.contains(lemma.toLowerCase(Locale.ROOT));
        }
        return document && linked || twin && settlement || reachedNoun(tokens) && hasForm(tokens, "reach");
    }

    private static boolean hasWordAfter(List<CoreLabel> tokens, int i, String word) {
        for (int k = i + 1; k < Math.min(tokens.size(), i + 1 + NEEDED_WORD_AFTER); k++) {
            if (tokens.get(k).word().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFormBefore(List<CoreLabel> tokens, int i, String lemma) {
        for (int k = Math.max(0, i - NEEDED_VERB_BEFORE); k < i; k++) {
            if (Inflections.lemmas(tokens.get(k).word()).contains(lemma)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb is a past participle, the form of the passive: the extractor takes a passive-only verb only
     * with a passive subject, which "represents", "presented his plan" and "presenting" lack. The auxiliary is not
     * asked for: a parser may read a headline's "X represented at the fair" as passive without one.
     */
    private static boolean isParticiple(List<CoreLabel> tokens, int i) {
        return "VBN".equals(tokens.get(i).tag());
    }

    private static boolean hasForm(List<CoreLabel> tokens, String lemma) {
        return tokens.stream().anyMatch(t -> Inflections.lemmas(t.word()).contains(lemma));
    }

    private boolean isDocument(String w) {
        return Plurals.anyForm(w, s -> documents.contains(s) || instruments.isInstrumentHead(s));
    }

    /**
     * The sentences whose word forms may state an event, none when the article is no news of relations between
     * parties ({@link RelationsScreen}): a trigger word alone ("visited", "meeting") is then no cooperation news.
     */
    @Override
    public BitSet toTag(List<List<CoreLabel>> sentences) {
        BitSet out = new BitSet();
        for (int i = 0; i < sentences.size(); i++) {
            if (mayState(sentences.get(i))) {
                out.set(i);
            }
        }
        return out.isEmpty() || relations.isRelationsNews(sentences) ? out : new BitSet();
    }

    @Override
    public BitSet toAnalyse(List<List<CoreLabel>> sentences, BitSet tagged) {
        BitSet out = new BitSet();
        tagged.stream().filter(i -> states(sentences.get(i))).forEach(out::set);
        return out;
    }

    @Override
    public BitSet context(List<List<CoreLabel>> sentences, BitSet chosen) {
        BitSet out = new BitSet();
        out.or(opening(sentences));
        if (chosen.stream().anyMatch(i -> i < sentences.size() && mayBeAtGathering(sentences.get(i)))) {
            for (int i = 0; i < sentences.size(); i++) {
                if (namesGathering(sentences.get(i))) {
                    out.set(i);
                }
            }
        }
        return out;
    }

    /**
     * The article's opening within its first {@code lead} sentences: the headline, the short lines under it (a
     * byline, a dateline: "BAKU, Azerbaijan, July 26."), and the story's first sentence, which names the parties
     * in full. The story's second sentence goes on with the story, and comes only when it states an event itself.
     */
    BitSet opening(List<List<CoreLabel>> sentences) {
        BitSet out = new BitSet();
        for (int i = 0; i < Math.min(lead, sentences.size()); i++) {
            out.set(i);
            if (i > 0 && sentences.get(i).size() > HEADING_LINE_TOKENS) {
                break;
            }
        }
        return out;
    }

    /**
     * Whether a chosen sentence can tie its event to a gathering another sentence describes: it names one ("at
     * the exhibition"), refers to one ("the event"), or tells of attending, whose object may be a bare name ("took
     * part in IDEF"). Otherwise no event of the sentence takes a gathering's date or place.
     */
    boolean mayBeAtGathering(List<CoreLabel> tokens) {
        if (namesGathering(tokens)) {
            return true;
        }
        for (CoreLabel t : tokens) {
            String w = t.word().toLowerCase(Locale.ROOT);
            String lemma = t.lemma() == null ? w : t.lemma();
            if (w.equals("event") || w.equals("events")
                    || lexicon.typeOf(lemma, t.tag() == null ? "" : t.tag()).filter(EventType.ATTEND::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public BitSet whenSilent(List<List<CoreLabel>> sentences, BitSet chosen) {
        BitSet out = new BitSet();
        if (chosen.cardinality() >= DENSE) {
            out.set(0, sentences.size());
        }
        return out;
    }

    /** Whether a sentence has a gathering's head noun ("the exhibition", "IDEF fairs"). */
    public boolean namesGathering(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (Plurals.anyForm(w, gatherings::contains)) {
                return true;
            }
        }
        return false;
    }
}
