package org.entente.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.time.LocalDate;

/**
 * Test fixture: sentences analysed by the one CoreNLP engine of the test JVM (loaded once, ~15 s,
 * then shared by every test class of the module).
 */
public final class Sentences {
    private Sentences() {
    }

    public static CoreSentence parse(String sentence) {
        return parse(sentence, LocalDate.of(2023, 5, 10));
    }

    public static CoreSentence parse(String sentence, LocalDate published) {
        CoreDocument doc = NlpEngine.shared().annotate(sentence, published);
        return doc.sentences().get(0);
    }
}
