package org.entente.nlp;

import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * The outcome of the cheap pass over a text: the text, tokenised and split, and the sentences chosen for
 * the full analysis ({@link NlpEngine#analyse}); none when nothing in the text deserves it.
 */
public record SelectedSentences(String text, List<CoreMap> sentences, int total) {

    public SelectedSentences {
        sentences = List.copyOf(sentences);
    }

    public boolean isEmpty() {
        return sentences.isEmpty();
    }
}
