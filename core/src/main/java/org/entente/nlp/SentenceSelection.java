package org.entente.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.BitSet;
import java.util.List;

/**
 * Which sentences of a text deserve the expensive annotators (NER, SUTime, dependencies): asked twice by
 * {@link NlpEngine#select}, first over bare tokens, then over the survivors with their POS tags and lemmas.
 * The sentences left out are never analysed, so whatever needs them must be selected.
 */
public interface SentenceSelection {

    /** The sentences worth tagging (POS and lemmas), from their tokens alone; by index. */
    BitSet toTag(List<List<CoreLabel>> sentences);

    /**
     * The sentences worth the full analysis, a subset of any sentences; {@code tagged} are those that
     * {@link #toTag} chose and now carry POS tags and lemmas (the others carry neither).
     */
    BitSet toAnalyse(List<List<CoreLabel>> sentences, BitSet tagged);
}
