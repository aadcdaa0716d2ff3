package org.entente.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * The engine's annotators run stage by stage over the sentences a {@link SentenceSelection} keeps:
 * tokens and sentences for the whole text (cheap), POS tags and lemmas for the sentences worth tagging,
 * then NER with SUTime and dependencies for those worth analysing only, and later for their context.
 *
 * <p>The chosen sentences are put in a document of their own (same text, so character offsets and
 * evidence stay those of the article), re-indexed as if they were all there is. Every annotator Entente
 * runs reads a sentence on its own (SUTime anchors on the document date, which is set), so a sentence
 * analysed here gets exactly the tags, entities and dependencies it gets in the whole article.
 *
 * <p>A sentence none of the fine-grained gazetteer's pattern entries can match goes through NER with the
 * gazetteer's word entries alone ({@link GazetteerSplit}): the same tags, without trying a thousand regular
 * expressions at each of its tokens. If no time expression can be in it either ({@link TimeWords}: no digit, no
 * month, unit or other word SUTime builds one from), it goes through NER without SUTime, the same tags without
 * SUTime's few hundred token patterns. Both hold for the cascade and for the pipeline without one.
 */
final class SentenceStages {
    private final StanfordCoreNLP tokenizer;
    private final StanfordCoreNLP lexer;
    private final StanfordCoreNLP recogniser;
    /** NER with the gazetteer's word entries only, for sentences no pattern entry can match. */
    private final StanfordCoreNLP wordRecogniser;
    /** NER with the gazetteer's word entries and without SUTime, for sentences no time expression can be in. */
    private final StanfordCoreNLP untimedRecogniser;
    private final GazetteerSplit gazetteer;
    private final StanfordCoreNLP parser;
    /** Tokens given the full analysis (NER, SUTime, dependencies) so far, for benchmarks of the cascade. */
    private final LongAdder analysed = new LongAdder();

    SentenceStages(Properties props, StanfordCoreNLP parser) {
        this.tokenizer = stage(props, "tokenize,ssplit");
        this.lexer = stage(props, "pos,lemma");
        this.recogniser = stage(props, "ner");
        this.gazetteer = GazetteerSplit.load();
        Properties words = (Properties) props.clone();
        words.setProperty("ner.fine.regexner.mapping", gazetteer.wordMapping());
        this.wordRecogniser = stage(words, "ner");
        Properties untimed = (Properties) words.clone();
        untimed.setProperty("ner.useSUTime", "false");
        this.untimedRecogniser = stage(untimed, "ner");
        this.parser = parser;
    }

    private static StanfordCoreNLP stage(Properties props, String annotators) {
        Properties p = (Properties) props.clone();
        p.setProperty("annotators", annotators);
        p.setProperty("enforceRequirements", "false");
        return new StanfordCoreNLP(p);
    }

    /**
     * Tokens, sentences, POS tags and lemmas of a whole text, then NER with SUTime (no dependencies) only when
     * {@code recognise}, shown the tagged sentences, asks for it.
     */
    CoreDocument tag(String text, LocalDate published, Predicate<List<CoreSentence>> recognise) {
        Annotation doc = dated(new Annotation(text), published);
        tokenizer.annotate(doc);
        lexer.annotate(doc);
        List<CoreSentence> sentences = new CoreDocument(doc).sentences();
        if (recognise.test(sentences)) {
            // a few head lines: one gazetteer for all of them, the word entries when no pattern entry can match
            boolean patterned = sentences.stream().anyMatch(s -> gazetteer.patternsMayMatch(s.tokens()));
            (patterned ? recogniser : wordRecogniser).annotate(doc);
        }
        return new CoreDocument(doc);
    }

    /**
     * The whole analysis of a whole text (the pipeline without a cascade): every sentence tagged, recognised
     * and parsed, as {@link #analyse} does for the sentences it is given.
     */
    CoreDocument annotate(String text, LocalDate published) {
        Annotation whole = dated(new Annotation(text), published);
        tokenizer.annotate(whole);
        lexer.annotate(whole);
        List<CoreMap> all = whole.get(CoreAnnotations.SentencesAnnotation.class);
        analysed.add(whole.get(CoreAnnotations.TokensAnnotation.class).size());
        recognise(text, all, published);
        Annotation doc = dated(part(text, all), published);
        List<NameShield.Saved> shielded = new ArrayList<>();
        all.forEach(s -> shielded.addAll(NameShield.shield(s.get(CoreAnnotations.TokensAnnotation.class))));
        parser.annotate(doc);
        NameShield.restore(shielded);
        doc.set(CoreAnnotations.MentionsAnnotation.class, mentions(all));
        return new CoreDocument(doc);
    }

    SelectedSentences select(String text, SentenceSelection selection) {
        Annotation whole = new Annotation(text);
        tokenizer.annotate(whole);
        List<CoreMap> all = whole.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<CoreLabel>> tokens = all.stream().map(s -> s.get(CoreAnnotations.TokensAnnotation.class)).toList();
        BitSet tag = selection.toTag(tokens);
        if (tag.isEmpty()) {
            return new SelectedSentences(text, all, tag, tag, tag);
        }
        lexer.annotate(part(text, pick(all, tag)));
        BitSet chosen = selection.toAnalyse(tokens, tag);
        BitSet context = chosen.isEmpty() ? new BitSet() : selection.context(tokens, chosen);
        BitSet silent = chosen.isEmpty() ? new BitSet() : selection.whenSilent(tokens, chosen);
        return new SelectedSentences(text, all, chosen, context, silent);
    }

    /**
     * The sentences of a scope fully analysed against {@code published}; those analysed against that day
     * before are not analysed again.
     */
    CoreDocument analyse(SelectedSentences selected, SelectedSentences.Scope scope, LocalDate published) {
        List<Integer> indices = selected.indices(scope);
        List<Integer> freshIndices = indices.stream().filter(i -> !selected.analysed(i, published)).toList();
        List<CoreMap> fresh = freshIndices.stream().map(selected::sentence).toList();
        if (!fresh.isEmpty()) {
            List<CoreMap> untagged = fresh.stream()
                    .filter(s -> s.get(CoreAnnotations.TokensAnnotation.class).get(0).tag() == null).toList();
            if (!untagged.isEmpty()) {
                lexer.annotate(part(selected.text(), untagged));
            }
            fresh.forEach(f -> analysed.add(f.get(CoreAnnotations.TokensAnnotation.class).size()));
            recognise(selected.text(), fresh, published);
            Annotation doc = dated(part(selected.text(), fresh), published);
            List<NameShield.Saved> shielded = new ArrayList<>();
            fresh.forEach(s -> shielded.addAll(NameShield.shield(s.get(CoreAnnotations.TokensAnnotation.class))));
            parser.annotate(doc);
            NameShield.restore(shielded);
            freshIndices.forEach(i -> selected.markAnalysed(i, published));
        }
        List<CoreMap> sentences = indices.stream().map(selected::sentence).toList();
        Annotation doc = dated(part(selected.text(), sentences), published);
        doc.set(CoreAnnotations.MentionsAnnotation.class, mentions(sentences));
        return new CoreDocument(doc);
    }

    /** Tokens given the full analysis by this engine since it was loaded. */
    long tokensAnalysed() {
        return analysed.sum();
    }

    /** The entity mentions of the sentences, in order: NER sets them on each sentence and on the part it ran on. */
    private static List<CoreMap> mentions(List<CoreMap> sentences) {
        List<CoreMap> mentions = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreMap> own = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (own != null) {
                mentions.addAll(own);
            }
        }
        return mentions;
    }

    /**
     * NER over the sentences, each through the whole gazetteer only when a pattern entry may match in it, and
     * with SUTime only when a time expression may be in it.
     */
    private void recognise(String text, List<CoreMap> sentences, LocalDate published) {
        List<CoreMap> patterned = new ArrayList<>();
        List<CoreMap> plain = new ArrayList<>();
        List<CoreMap> untimed = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            (gazetteer.patternsMayMatch(tokens) ? patterned : TimeWords.mayDate(tokens) ? plain : untimed).add(s);
        }
        if (!untimed.isEmpty()) {
            untimedRecogniser.annotate(dated(part(text, untimed), published));
        }
        if (!patterned.isEmpty()) {
            recogniser.annotate(dated(part(text, patterned), published));
        }
        if (!plain.isEmpty()) {
            wordRecogniser.annotate(dated(part(text, plain), published));
        }
    }

    private static Annotation dated(Annotation doc, LocalDate published) {
        if (published != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        return doc;
    }

    private static List<CoreMap> pick(List<CoreMap> all, BitSet chosen) {
        List<CoreMap> out = new ArrayList<>(chosen.cardinality());
        chosen.stream().filter(i -> i < all.size()).forEach(i -> out.add(all.get(i)));
        return out;
    }

    /** A document of the given sentences only, indexed as CoreNLP's sentence splitter would have. */
    private static Annotation part(String text, List<CoreMap> sentences) {
        Annotation doc = new Annotation(text);
        List<CoreLabel> tokens = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            List<CoreLabel> own = s.get(CoreAnnotations.TokensAnnotation.class);
            s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            s.set(CoreAnnotations.TokenBeginAnnotation.class, tokens.size());
            s.set(CoreAnnotations.TokenEndAnnotation.class, tokens.size() + own.size());
            for (CoreLabel t : own) {
                t.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
                t.set(CoreAnnotations.TokenBeginAnnotation.class, tokens.size());
                t.set(CoreAnnotations.TokenEndAnnotation.class, tokens.size() + 1);
                tokens.add(t);
            }
        }
        doc.set(CoreAnnotations.TokensAnnotation.class, tokens);
        doc.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(sentences));
        return doc;
    }
}
