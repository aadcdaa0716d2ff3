package org.entente.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.Properties;

/**
 * Test fixture: CoreNLP's tagging of a text in one pass, with the whole gazetteer and SUTime on every sentence,
 * as the engine ran it before it split the work: what every path of the engine must agree with. Its NER is the
 * engine's own, from CoreNLP's annotator pool, so it costs no second load.
 */
final class OnePass {
    private OnePass() {
    }

    static CoreDocument tag(String text, LocalDate published) {
        Properties p = NlpEngine.defaultProperties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        CoreDocument doc = new CoreDocument(text);
        if (published != null) {
            doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        new StanfordCoreNLP(p).annotate(doc);
        return doc;
    }
}
