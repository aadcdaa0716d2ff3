package org.entente.nlp;

import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of the cheap pass over a text ({@link NlpEngine#select}): the text, tokenised and split, the
 * sentences chosen for the full analysis and the context they would need. It also remembers which sentences
 * were analysed and against which publication day, so that adding the context later
 * ({@link NlpEngine#analyse}) analyses only what is new. Confined to the thread that analyses one article.
 */
public final class SelectedSentences {

    /** Which sentences an analysis covers. */
    public enum Scope {
        /** the chosen sentences alone */
        CHOSEN,
        /** the chosen sentences and their context */
        CONTEXT,
        /** the chosen sentences and what the selection reads when they state nothing */
        SILENT
    }

    private final String text;
    private final List<CoreMap> sentences;
    private final BitSet chosen;
    private final BitSet context;
    private final BitSet silent;
    private final Map<Integer, LocalDate> analysedAgainst = new HashMap<>();

    SelectedSentences(String text, List<CoreMap> sentences, BitSet chosen, BitSet context, BitSet silent) {
        this.text = text;
        this.sentences = List.copyOf(sentences);
        this.chosen = (BitSet) chosen.clone();
        this.context = (BitSet) context.clone();
        this.silent = (BitSet) silent.clone();
    }

    /** Whether no sentence was chosen: nothing in the text deserves the analysis. */
    public boolean isEmpty() {
        return chosen.isEmpty();
    }

    /** Sentences in the text. */
    public int total() {
        return sentences.size();
    }

    /** Sentences chosen, without their context. */
    public int chosen() {
        return chosen.cardinality();
    }

    /** Sentences chosen or brought in as context. */
    public int withContext() {
        return indices(Scope.CONTEXT).size();
    }

    /** Whether more is to be read when the chosen sentences state nothing. */
    public boolean readsOnWhenSilent() {
        BitSet more = (BitSet) silent.clone();
        more.andNot(chosen);
        return !more.isEmpty();
    }

    /** Whether a scope covers sentences beyond the chosen ones, so that reading it may tell more than they did. */
    public boolean widens(Scope scope) {
        return indices(scope).size() > chosen.cardinality();
    }

    String text() {
        return text;
    }

    /** The sentences a scope covers, in text order. */
    List<Integer> indices(Scope scope) {
        BitSet all = (BitSet) chosen.clone();
        if (scope == Scope.CONTEXT) {
            all.or(context);
        } else if (scope == Scope.SILENT) {
            all.or(silent);
        }
        List<Integer> out = new ArrayList<>();
        all.stream().forEach(out::add);
        return out;
    }

    CoreMap sentence(int index) {
        return sentences.get(index);
    }

    /** Whether a sentence was analysed already against this day (null: no day). */
    boolean analysed(int index, LocalDate published) {
        return analysedAgainst.containsKey(index) && java.util.Objects.equals(analysedAgainst.get(index), published);
    }

    void markAnalysed(int index, LocalDate published) {
        analysedAgainst.put(index, published);
    }
}
