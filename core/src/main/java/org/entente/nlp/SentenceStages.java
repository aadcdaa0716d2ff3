package org.entente.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Properties;

/**
 * The engine's annotators run stage by stage over the sentences a {@link SentenceSelection} keeps:
 * tokens and sentences for the whole text (cheap), POS tags and lemmas for the sentences worth tagging,
 * then NER with SUTime and dependencies for those worth analysing only.
 *
 * <p>The chosen sentences are put in a document of their own (same text, so character offsets and
 * evidence stay those of the article), re-indexed as if they were all there is. Every annotator Entente
 * runs reads a sentence on its own (SUTime anchors on the document date, which is set), so a sentence
 * analysed here gets exactly the tags, entities and dependencies it gets in the whole article.
 */
final class SentenceStages {
    private final StanfordCoreNLP tokenizer;
    private final StanfordCoreNLP lexer;
    private final StanfordCoreNLP recogniser;

    SentenceStages(Properties props) {
        this.tokenizer = stage(props, "tokenize,ssplit");
        this.lexer = stage(props, "pos,lemma");
        // the same annotator signature as the engine's one-pass tagger, so CoreNLP's annotator pool hands
        // back the NER models already loaded rather than a second copy
        this.recogniser = stage(props, "ner");
    }

    private static StanfordCoreNLP stage(Properties props, String annotators) {
        Properties p = (Properties) props.clone();
        p.setProperty("annotators", annotators);
        p.setProperty("enforceRequirements", "false");
        return new StanfordCoreNLP(p);
    }

    SelectedSentences select(String text, SentenceSelection selection) {
        Annotation whole = new Annotation(text);
        tokenizer.annotate(whole);
        List<CoreMap> all = whole.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<CoreLabel>> tokens = all.stream().map(s -> s.get(CoreAnnotations.TokensAnnotation.class)).toList();
        BitSet tag = selection.toTag(tokens);
        if (tag.isEmpty()) {
            return new SelectedSentences(text, List.of(), all.size());
        }
        lexer.annotate(part(text, pick(all, tag)));
        return new SelectedSentences(text, pick(all, selection.toAnalyse(tokens, tag)), all.size());
    }

    /** NER and SUTime over the selected sentences; the caller parses. */
    CoreDocument recognise(SelectedSentences selected, LocalDate published) {
        List<CoreMap> untagged = selected.sentences().stream()
                .filter(s -> s.get(CoreAnnotations.TokensAnnotation.class).get(0).tag() == null).toList();
        if (!untagged.isEmpty()) {
            lexer.annotate(part(selected.text(), untagged));
        }
        Annotation doc = part(selected.text(), selected.sentences());
        if (published != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        CoreDocument wrapped = new CoreDocument(doc);
        recogniser.annotate(wrapped);
        return wrapped;
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
