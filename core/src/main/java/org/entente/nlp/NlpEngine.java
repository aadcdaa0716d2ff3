package org.entente.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * The CoreNLP pipeline Entente runs over article text: tokens, sentences, POS, lemmas, fine-grained NER
 * (with SUTime dates anchored on the publication day) and basic dependencies.
 *
 * <p>Loading the models costs about ten seconds and a gigabyte of heap, so there is one engine per JVM:
 * {@link #shared()}. The engine is thread-safe; CoreNLP annotators are.
 */
public final class NlpEngine {
    private static volatile NlpEngine shared;

    private final StanfordCoreNLP parser;
    private final Properties props;
    private volatile SentenceStages stages;

    private NlpEngine(Properties props) {
        // parsing apart from tagging, so that long organisation names can be shielded in between
        Properties parsing = (Properties) props.clone();
        parsing.setProperty("annotators", "depparse");
        parsing.setProperty("enforceRequirements", "false");
        this.parser = new StanfordCoreNLP(parsing);
        this.props = props;
    }

    /** The engine of this JVM, loaded on first use. */
    public static NlpEngine shared() {
        NlpEngine e = shared;
        if (e == null) {
            synchronized (NlpEngine.class) {
                e = shared;
                if (e == null) {
                    shared = e = new NlpEngine(defaultProperties());
                }
            }
        }
        return e;
    }

    static Properties defaultProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // paragraphs of news text are separated by newlines, and a headline has no final period
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("tokenize.options", "untokenizable=noneDelete");
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("sutime.includeRange", "true");
        p.setProperty("depparse.extradependencies", "MAXIMAL");
        p.setProperty("threads", "1");
        return p;
    }

    /**
     * Annotates a text.
     *
     * @param published the day relative dates are resolved against, or null when unknown
     */
    public CoreDocument annotate(String text, LocalDate published) {
        return stages().annotate(text, published);
    }

    /**
     * Tokens, sentences, POS tags and lemmas of a text, and NER with SUTime only when {@code recognise}, shown
     * the tagged sentences, asks for it; never dependencies. For a look at a few lines (a dateline) that needs
     * entities only in some texts: {@link #annotate} gives the same tokens, tags and entities.
     *
     * @param published the day relative dates are resolved against, or null when unknown
     */
    public CoreDocument tag(String text, LocalDate published, Predicate<List<CoreSentence>> recognise) {
        return stages().tag(text, published, recognise);
    }

    /**
     * The cheap pass of the cascade: tokens and sentences for the whole text, POS tags and lemmas where
     * the selection asks, and the sentences it keeps for {@link #analyse}.
     */
    public SelectedSentences select(String text, SentenceSelection selection) {
        return stages().select(text, selection);
    }

    /**
     * The full analysis of the selected sentences of a scope only, as {@link #annotate} gives it for a whole
     * text: a document whose sentences are those, in order. Sentences analysed by an earlier call against
     * the same day are reused.
     */
    public CoreDocument analyse(SelectedSentences selected, SelectedSentences.Scope scope, LocalDate published) {
        return stages().analyse(selected, scope, published);
    }

    /**
     * Tokens this engine has given the full analysis since it was loaded, by {@link #annotate} or {@link #analyse}:
     * what a cascade saves is what it keeps out of this count.
     */
    public long tokensAnalysed() {
        SentenceStages s = stages;   // none analysed before the stages are loaded: no load just to count
        return s == null ? 0 : s.tokensAnalysed();
    }

    private SentenceStages stages() {
        SentenceStages s = stages;
        if (s == null) {
            synchronized (this) {
                s = stages;
                if (s == null) {
                    stages = s = new SentenceStages(props, parser);
                }
            }
        }
        return s;
    }
}
