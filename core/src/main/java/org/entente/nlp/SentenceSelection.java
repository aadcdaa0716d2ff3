package org.entente.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.BitSet;
import java.util.List;

/**
 * Which sentences of a text deserve the expensive annotators (NER, SUTime, dependencies), decided by
 * {@link NlpEngine#select} in three questions: first over bare tokens, then over the survivors with their POS
 * tags and lemmas, and last which other sentences they need as context. The sentences left out are never
 * analysed, so whatever needs them must be selected.
 */
public interface SentenceSelection {

    /** The sentences worth tagging (POS and lemmas), from their tokens alone; by index. */
    BitSet toTag(List<List<CoreLabel>> sentences);

    /**
     * The sentences that can state what is looked for; {@code tagged} are those that {@link #toTag} chose
     * and now carry POS tags and lemmas (the others carry neither).
     */
    BitSet toAnalyse(List<List<CoreLabel>> sentences, BitSet tagged);

    /**
     * The other sentences to analyse when the chosen ones turn out to state something (not tagged yet:
     * bare tokens); never called when none was chosen.
     */
    BitSet context(List<List<CoreLabel>> sentences, BitSet chosen);

    /**
     * The sentences to analyse after all when the chosen ones turn out to state nothing (say, every sentence
     * of an article dense in what was looked for); empty for none.
     */
    BitSet whenSilent(List<List<CoreLabel>> sentences, BitSet chosen);
}
